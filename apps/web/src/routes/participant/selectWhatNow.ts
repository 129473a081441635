import {
  type ParticipantId,
  type SessionSnapshot,
  selectActiveQuestion,
  selectOwnAnswer,
  selectOwnGroups,
} from '@peerloom/session-model';
import { selectOwnProduction } from './selectOwnProduction.ts';

/** Catalog keys under `whatNow.` for the line a waiting participant reads. */
export type WhatNowKey =
  | 'warmupEmpty'
  | 'warmupItems'
  | 'mixWaiting'
  | 'mixGrouped'
  | 'shareWaiting'
  | 'shareAnswered'
  | 'matchWaiting'
  | 'matchGrouped'
  | 'createWaiting'
  | 'later';

/**
 * What a participant should do now, when the screen asks nothing of them; null while the step's own action
 * (a profile to fill, an answer to write) is what they should do.
 */
export function selectWhatNow(snapshot: SessionSnapshot, participantId: ParticipantId): WhatNowKey | null {
  const ownGroup = (kind: 'diverse' | 'thematic') =>
    selectOwnGroups(snapshot, participantId).some((entry) => entry.kind === kind);
  switch (snapshot.phase) {
    case 'warmup':
      return snapshot.warmup.length === 0 ? 'warmupEmpty' : 'warmupItems';
    case 'mix': {
      if (ownGroup('diverse')) return 'mixGrouped';
      const profile = snapshot.roster.find((entry) => entry.participantId === participantId)?.profile ?? {};
      const profileToFill = snapshot.profileFields.length > 0 && Object.keys(profile).length === 0;
      return profileToFill ? null : 'mixWaiting';
    }
    case 'share': {
      const question = selectActiveQuestion(snapshot);
      if (!question) return 'shareWaiting';
      return selectOwnAnswer(snapshot, question.id, participantId) ? 'shareAnswered' : null;
    }
    case 'match':
      return ownGroup('thematic') ? 'matchGrouped' : 'matchWaiting';
    case 'create':
      return selectOwnProduction(snapshot, participantId).production ? null : 'createWaiting';
    case 'end':
      return null;
    default:
      return 'later';
  }
}
