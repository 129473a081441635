import { asParticipantId, DEFAULT_MATCHING_SETTINGS, type SessionSnapshot } from '@peerloom/session-model';

/** Test data for participant selectors: two people, nothing published, in warm-up. */
export const me = asParticipantId('p-me');
export const other = asParticipantId('p-other');

export const sampleSnapshot: SessionSnapshot = {
  ready: true,
  unsupported: false,
  sessionId: null,
  title: 'Session',
  language: 'en',
  joinCode: 'ABCDEF',
  phase: 'warmup',
  activeQuestionId: null,
  warmup: [],
  questions: [],
  roster: [
    { participantId: me, name: 'Me', ownName: 'Me', joinedAt: 1, profile: {} },
    { participantId: other, name: 'Other', ownName: 'Other', joinedAt: 2, profile: {} },
  ],
  removed: [],
  answers: [],
  profileFields: [],
  groupings: { diverse: null, thematic: null },
  matchingSettings: { diverse: DEFAULT_MATCHING_SETTINGS, thematic: DEFAULT_MATCHING_SETTINGS },
  template: [],
  productions: [],
  timers: {},
  creation: { startFromAnswers: true, message: null, focus: null },
};

/** A published grouping of two groups; `members` form the second one. */
export const publishedGrouping = (
  kind: 'diverse' | 'thematic',
  publishedAt: number,
  members = [other, me],
) => ({
  kind,
  questionId: null,
  groups: [],
  locked: [],
  published: [
    {
      id: `${kind}-a`,
      number: 1,
      name: '',
      place: '',
      label: [],
      members: [asParticipantId('p-x')],
      sharedTerms: {},
    },
    {
      id: `${kind}-b`,
      number: 2,
      name: '',
      place: '',
      label: kind === 'thematic' ? ['bikes'] : [],
      members,
      sharedTerms: {},
    },
  ],
  publishedAt,
});
