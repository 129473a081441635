import { ROOM_MAPS } from '@peerloom/protocol';
import type * as Y from 'yjs';
import { parseAnswer } from './records/parseAnswer.ts';
import { parseRosterEntry } from './records/parseRosterEntry.ts';
import {
  asParticipantId,
  asQuestionId,
  asSessionId,
  asWarmupItemId,
  type ParticipantId,
} from './schema/ids.ts';
import { controlLayout, parseAnswerKey, roomLayout, type StoredParticipantAdmin } from './schema/layout.ts';
import { LANGUAGES, type Language } from './schema/limits.ts';
import { isNewerThanThisBuild } from './schema/migrations.ts';
import { isPhase } from './schema/phases.ts';
import { readCreationState, readProductions, readTemplateFields, readTimers } from './schema/readCreation.ts';
import { readGrouping } from './schema/readGroupings.ts';
import { readMatchingSettings } from './schema/readMatchingSettings.ts';
import { readProfileFields } from './schema/readProfileFields.ts';
import type { Answer, Question, RosterEntry, SessionSnapshot, WarmupItem } from './schema/types.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function readWarmup(control: Y.Doc): WarmupItem[] {
  return controlLayout
    .warmup(control)
    .toArray()
    .map((item) =>
      Object.freeze({
        id: asWarmupItemId(text(item.get('id'))),
        title: text(item.get('title')),
        url: text(item.get('url')),
        note: text(item.get('note')),
      }),
    )
    .filter((item) => item.id !== '');
}

function readQuestions(control: Y.Doc): Question[] {
  return controlLayout
    .questions(control)
    .toArray()
    .map((item) => {
      const history = item.get('previousTexts');
      const previousTexts = Array.isArray(history) ? history.map(text) : [];
      return Object.freeze({
        id: asQuestionId(text(item.get('id'))),
        text: text(item.get('text')),
        createdAt: number(item.get('createdAt')),
        version: previousTexts.length + 1,
        previousTexts: Object.freeze(previousTexts),
      });
    })
    .filter((question) => question.id !== '');
}

function readRoster(room: Y.Doc, admin: Y.Map<StoredParticipantAdmin>): RosterEntry[] {
  const entries: RosterEntry[] = [];
  for (const [participantId, stored] of roomLayout.roster(room).entries()) {
    const record = parseRosterEntry(stored);
    if (!record) continue;
    const override = text(admin.get(participantId)?.name);
    entries.push(
      Object.freeze({
        participantId: asParticipantId(participantId),
        name: override || record.name,
        ownName: record.name,
        joinedAt: record.joinedAt,
        profile: record.profile,
      }),
    );
  }
  return entries.sort((a, b) => a.joinedAt - b.joinedAt || a.participantId.localeCompare(b.participantId));
}

function readAnswers(
  control: Y.Doc,
  room: Y.Doc,
  names: ReadonlyMap<ParticipantId, string>,
  removed: ReadonlySet<string>,
): Answer[] {
  const hidden = controlLayout.hiddenAnswers(control);
  const answers: Answer[] = [];
  for (const [key, stored] of roomLayout.answers(room).entries()) {
    const parsed = parseAnswerKey(key);
    const record = parseAnswer(stored);
    if (!parsed || !record || removed.has(parsed.participantId)) continue;
    const participantId = asParticipantId(parsed.participantId);
    answers.push(
      Object.freeze({
        questionId: asQuestionId(parsed.questionId),
        participantId,
        authorName: names.get(participantId) ?? '',
        ...record,
        hidden: hidden.has(key),
      }),
    );
  }
  return answers.sort((a, b) => a.createdAt - b.createdAt || a.participantId.localeCompare(b.participantId));
}

/**
 * The root maps of `room` that `readSnapshot` reads. A change to any other (a comment, a reaction) leaves every
 * field of the snapshot as it was: the store then only renews the snapshot's identity, without reading the
 * roster and the answers again (300 devices, one comment). A test writes to every other root and checks.
 */
export const ROOM_ROOTS_IN_SNAPSHOT: ReadonlySet<string> = new Set([
  ROOM_MAPS.meta,
  ROOM_MAPS.roster,
  ROOM_MAPS.answers,
]);

/** Reads both documents into one frozen snapshot; tolerant of missing or foreign-shaped values. */
export function readSnapshot(control: Y.Doc, room: Y.Doc): SessionSnapshot {
  const session = controlLayout.session(control);
  const language = session.get('language');
  const phase = session.get('phase');
  const activeQuestionId = session.get('activeQuestionId');
  const admin = controlLayout.participantAdmin(control);
  const everyone = readRoster(room, admin);
  const isRemoved = (entry: RosterEntry) => typeof admin.get(entry.participantId)?.removedAt === 'number';
  const roster = everyone.filter((entry) => !isRemoved(entry));
  const removed = everyone.filter(isRemoved);
  const names = new Map(roster.map((entry) => [entry.participantId, entry.name]));
  return Object.freeze({
    ready: typeof session.get('schemaVersion') === 'number',
    unsupported: isNewerThanThisBuild(control, 'control') || isNewerThanThisBuild(room, 'room'),
    sessionId: typeof session.get('id') === 'string' ? asSessionId(text(session.get('id'))) : null,
    title: text(session.get('title')),
    language: (LANGUAGES as readonly unknown[]).includes(language) ? (language as Language) : 'en',
    joinCode: text(session.get('joinCode')),
    phase: isPhase(phase) ? phase : 'warmup',
    activeQuestionId: typeof activeQuestionId === 'string' ? asQuestionId(activeQuestionId) : null,
    warmup: Object.freeze(readWarmup(control)),
    questions: Object.freeze(readQuestions(control)),
    roster: Object.freeze(roster),
    removed: Object.freeze(removed),
    answers: Object.freeze(
      readAnswers(control, room, names, new Set(removed.map((entry) => entry.participantId))),
    ),
    profileFields: Object.freeze(readProfileFields(control)),
    groupings: Object.freeze({
      diverse: readGrouping(control, 'diverse'),
      thematic: readGrouping(control, 'thematic'),
    }),
    matchingSettings: Object.freeze({
      diverse: readMatchingSettings(control, 'diverse'),
      thematic: readMatchingSettings(control, 'thematic'),
    }),
    template: Object.freeze(readTemplateFields(control)),
    productions: Object.freeze(readProductions(control)),
    timers: readTimers(control),
    creation: readCreationState(control),
  });
}
