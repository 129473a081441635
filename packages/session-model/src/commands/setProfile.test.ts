import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSessionStore } from '../createSessionStore.ts';
import { CommandError } from '../schema/CommandError.ts';
import { asParticipantId, asSessionId } from '../schema/ids.ts';
import { controlLayout } from '../schema/layout.ts';
import { getProfileFieldPresets } from '../schema/profileFields.ts';

function setup() {
  const control = new Y.Doc();
  const room = new Y.Doc();
  const facilitator = createSessionStore({ control, room, actor: { role: 'facilitator' } });
  facilitator.commands.seedSession({
    sessionId: asSessionId('s'),
    title: 'T',
    language: 'fr',
    joinCode: 'ABCDEF',
  });
  const ada = createSessionStore({
    control,
    room,
    actor: { role: 'participant', participantId: asParticipantId('ada') },
  });
  ada.commands.joinRoster('Ada');
  return { control, facilitator, ada };
}

const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof CommandError ? error.code : String(error);
  }
};

describe('profile commands', () => {
  it('refuse a number outside the field’s bounds with profile_out_of_range, and keep the last good profile', () => {
    const { facilitator, ada } = setup();
    facilitator.commands.setProfileFields(
      getProfileFieldPresets('fr').filter((field) => field.id === 'experience'),
    );
    ada.commands.setProfile({ experience: 0 });
    ada.commands.setProfile({ experience: 60 });
    expect(codeOf(() => ada.commands.setProfile({ experience: -3 }))).toBe('profile_out_of_range');
    expect(codeOf(() => ada.commands.setProfile({ experience: 61 }))).toBe('profile_out_of_range');
    expect(codeOf(() => ada.commands.setProfile({ experience: Number.NaN }))).toBe('profile_invalid');
    expect(codeOf(() => ada.commands.setProfile({ experience: '12' }))).toBe('profile_invalid');
    expect(ada.getSnapshot().roster[0]?.profile).toEqual({ experience: 60 });
  });

  it('store the presets in the session’s language, so participants read them in it', () => {
    const { facilitator, ada } = setup();
    facilitator.commands.setProfileFields(getProfileFieldPresets('fr'));
    const gender = ada.getSnapshot().profileFields.find((field) => field.id === 'gender');
    expect(gender).toMatchObject({ label: 'Genre', options: ['Femme', 'Homme', 'Non binaire'] });
    ada.commands.setProfile({ gender: 'Femme' });
    expect(codeOf(() => ada.commands.setProfile({ gender: 'Woman' }))).toBe('profile_invalid');
  });

  it('refuse a field whose option is given twice or whose bounds cross', () => {
    const { facilitator } = setup();
    const twice = {
      id: 'team',
      label: 'Équipe',
      kind: 'choice' as const,
      options: ['Rouge', 'Bleu', 'Rouge'],
    };
    expect(codeOf(() => facilitator.commands.setProfileFields([twice]))).not.toBeNull();
    const crossed = { id: 'age', label: 'Âge', kind: 'number' as const, options: [], min: 99, max: 18 };
    expect(codeOf(() => facilitator.commands.setProfileFields([crossed]))).not.toBeNull();
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
