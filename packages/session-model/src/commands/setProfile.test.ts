import { describe, expect, it } from 'vitest';
import { controlLayout } from '../schema/layout.ts';
import { getProfileFieldPresets } from '../schema/profileFieldPresets.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';

function setup() {
  const { control, facilitator, participant } = createTestSession('fr');
  return { control, facilitator, ada: participant('ada', 'Ada') };
}

describe('profile commands', () => {
  it('refuse a number outside the field’s bounds with profile_out_of_range, and keep the last good profile', () => {
    const { facilitator, ada } = setup();
    facilitator.commands.setProfileFields(
      getProfileFieldPresets('fr').filter((field) => field.id === 'experience'),
    );
    ada.commands.setProfile({ experience: 0 });
    ada.commands.setProfile({ experience: 60 });
    expect(refusalOf(() => ada.commands.setProfile({ experience: -3 }))).toBe('profile_out_of_range');
    expect(refusalOf(() => ada.commands.setProfile({ experience: 61 }))).toBe('profile_out_of_range');
    expect(refusalOf(() => ada.commands.setProfile({ experience: Number.NaN }))).toBe('profile_invalid');
    expect(refusalOf(() => ada.commands.setProfile({ experience: '12' }))).toBe('profile_invalid');
    expect(ada.getSnapshot().roster[0]?.profile).toEqual({ experience: 60 });
  });

  it('store the presets in the session’s language, so participants read them in it', () => {
    const { facilitator, ada } = setup();
    facilitator.commands.setProfileFields(getProfileFieldPresets('fr'));
    const gender = ada.getSnapshot().profileFields.find((field) => field.id === 'gender');
    expect(gender).toMatchObject({ label: 'Genre', options: ['Femme', 'Homme', 'Non binaire'] });
    ada.commands.setProfile({ gender: 'Femme' });
    expect(refusalOf(() => ada.commands.setProfile({ gender: 'Woman' }))).toBe('profile_invalid');
  });

  it('refuse a field whose option is given twice or whose bounds cross', () => {
    const { facilitator } = setup();
    const twice = {
      id: 'team',
      label: 'Équipe',
      kind: 'choice' as const,
      options: ['Rouge', 'Bleu', 'Rouge'],
    };
    expect(refusalOf(() => facilitator.commands.setProfileFields([twice]))).not.toBeNull();
    const crossed = { id: 'age', label: 'Âge', kind: 'number' as const, options: [], min: 99, max: 18 };
    expect(refusalOf(() => facilitator.commands.setProfileFields([crossed]))).not.toBeNull();
  });

  it('show an option stored twice by an older version once', () => {
    const { control, ada } = setup();
    controlLayout
      .session(control)
      .set('profileFields', [
        { id: 'gender', label: 'Gender', kind: 'choice', options: ['Woman', 'Man', 'Man'] },
      ]);
    expect(ada.getSnapshot().profileFields[0]?.options).toEqual(['Woman', 'Man']);
  });
});
