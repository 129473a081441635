import { describe, expect, it } from 'vitest';
import { asParticipantId } from '../schema/ids.ts';
import { controlLayout } from '../schema/layout.ts';
import { selectOwnGroups } from '../selectors.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';

function setup() {
  const { control, facilitator, participant } = createTestSession();
  return { control, facilitator, participant: (id: string) => participant(id) };
}

describe('grouping commands', () => {
  it('drafts, adjusts by hand, locks and publishes groups that participants then see', () => {
    const { control, facilitator, participant } = setup();
    facilitator.commands.saveGrouping('thematic', 'q1', [
      { label: ['bikes'], members: ['a', 'b', 'c'], sharedTerms: { a: ['bike'] } },
      { label: ['trees'], members: ['d', 'e', 'f'] },
    ]);
    const draft = facilitator.getSnapshot().groupings.thematic;
    const [bikes, trees] = draft?.groups ?? [];
    expect(bikes?.sharedTerms.a).toEqual(['bike']);
    expect(draft?.published).toBeNull();
    expect(selectOwnGroups(participant('a').getSnapshot(), asParticipantId('a'))).toEqual([]);

    facilitator.commands.moveMember('thematic', 'c', trees?.id ?? '');
    facilitator.commands.setLocked('thematic', 'c', true);
    facilitator.commands.publishGrouping('thematic');
    const published = facilitator.getSnapshot().groupings.thematic;
    expect(published?.groups.map((group) => group.members)).toEqual([
      ['a', 'b'],
      ['d', 'e', 'f', 'c'],
    ]);
    expect(published?.locked).toEqual(['c']);
    // Group documents belong to productions (step 4), not to groups: nobody writes one yet.
    expect(controlLayout.groupMembers(control).size).toBe(0);
    expect(selectOwnGroups(participant('c').getSnapshot(), asParticipantId('c'))[0]?.group.label).toEqual([
      'trees',
    ]);

    facilitator.commands.saveGrouping('thematic', 'q1', [
      { label: ['all'], members: ['a', 'b', 'c', 'd', 'e', 'f'] },
    ]);
    expect(facilitator.getSnapshot().groupings.thematic?.locked).toEqual(['c']);
    facilitator.commands.publishGrouping('thematic');
    expect(facilitator.getSnapshot().groupings.thematic?.published).toHaveLength(1);
  });

  it('lets participants fill the facilitator’s profile fields, and only with fitting values', () => {
    const { facilitator, participant } = setup();
    facilitator.commands.setProfileFields([
      { id: 'role', label: 'Role', kind: 'choice', options: ['Teacher', 'Student'] },
      { id: 'years', label: 'Years', kind: 'number', options: [] },
    ]);
    const ada = participant('ada');
    ada.commands.joinRoster('Ada');
    ada.commands.setProfile({ role: 'Teacher', years: 12 });
    ada.commands.joinRoster('Ada L.');
    expect(ada.getSnapshot().roster[0]).toMatchObject({
      name: 'Ada L.',
      profile: { role: 'Teacher', years: 12 },
    });
    expect(refusalOf(() => ada.commands.setProfile({ role: 'Pilot' }))).toBe('profile_invalid');
    expect(refusalOf(() => ada.commands.setProfile({ unknown: 'x' }))).toBe('profile_invalid');
    expect(refusalOf(() => ada.commands.saveGrouping('diverse', null, []))).toBe('not_allowed');
  });
});
