import type * as Y from 'yjs';
import {
  asParticipantId,
  asQuestionId,
  asSessionId,
  asWarmupItemId,
  type ParticipantId,
} from './schema/ids.ts';
import { controlLayout, parseAnswerKey, roomLayout } from './schema/layout.ts';
import { LANGUAGES, type Language } from './schema/limits.ts';
import { isNewerThanThisBuild } from './schema/migrations.ts';
import { isPhase } from './schema/phases.ts';
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
    .map((item) =>
      Object.freeze({
        id: asQuestionId(text(item.get('id'))),
        text: text(item.get('text')),
        createdAt: number(item.get('createdAt')),
      }),
    )
    .filter((question) => question.id !== '');
}

function readRoster(room: Y.Doc): RosterEntry[] {
  const entries: RosterEntry[] = [];
  for (const [participantId, stored] of roomLayout.roster(room).entries()) {
    if (!stored || typeof stored !== 'object') continue;
    entries.push(
      Object.freeze({
        participantId: asParticipantId(participantId),
        name: text(stored.name),
        joinedAt: number(stored.joinedAt),
        profile: Object.freeze(
          Object.fromEntries(
            Object.entries(stored.profile && typeof stored.profile === 'object' ? stored.profile : {}).filter(
              ([, value]) => typeof value === 'string' || typeof value === 'number',
            ),
          ),
        ),
      }),
    );
  }
  return entries.sort((a, b) => a.joinedAt - b.joinedAt || a.participantId.localeCompare(b.participantId));
}

function readAnswers(room: Y.Doc, names: ReadonlyMap<ParticipantId, string>): Answer[] {
  const answers: Answer[] = [];
  for (const [key, stored] of roomLayout.answers(room).entries()) {
    const parsed = parseAnswerKey(key);
    if (!parsed || !stored || typeof stored !== 'object') continue;
    const participantId = asParticipantId(parsed.participantId);
    const tags = Array.isArray(stored.tags) ? stored.tags.filter((tag) => typeof tag === 'string') : [];
    answers.push(
      Object.freeze({
        questionId: asQuestionId(parsed.questionId),
        participantId,
        authorName: names.get(participantId) ?? '',
        text: text(stored.text),
        tags: Object.freeze(tags),
        createdAt: number(stored.createdAt),
        updatedAt: number(stored.updatedAt),
      }),
    );
  }
  return answers.sort((a, b) => a.createdAt - b.createdAt || a.participantId.localeCompare(b.participantId));
}

/** Reads both documents into one frozen snapshot; tolerant of missing or foreign-shaped values. */
export function readSnapshot(control: Y.Doc, room: Y.Doc): SessionSnapshot {
  const session = controlLayout.session(control);
  const language = session.get('language');
  const phase = session.get('phase');
  const activeQuestionId = session.get('activeQuestionId');
  const roster = readRoster(room);
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
    answers: Object.freeze(readAnswers(room, names)),
    profileFields: Object.freeze(readProfileFields(control)),
    groupings: Object.freeze({
      diverse: readGrouping(control, 'diverse'),
      thematic: readGrouping(control, 'thematic'),
    }),
    matchingSettings: Object.freeze({
      diverse: readMatchingSettings(control, 'diverse'),
      thematic: readMatchingSettings(control, 'thematic'),
    }),
  });
}
