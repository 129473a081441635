import type * as Y from 'yjs';
import { asQuestionId, asSessionId, asWarmupItemId } from './schema/ids.ts';
import { controlLayout } from './schema/layout.ts';
import { LANGUAGES, type Language } from './schema/limits.ts';
import { isNewerThanThisBuild } from './schema/migrations.ts';
import { isPhase } from './schema/phases.ts';
import { readCreationState, readProductions, readTemplateFields, readTimers } from './schema/readCreation.ts';
import { readGrouping } from './schema/readGroupings.ts';
import { readMatchingSettings } from './schema/readMatchingSettings.ts';
import { readProfileFields } from './schema/readProfileFields.ts';
import type { Question, SessionSnapshot, WarmupItem } from './schema/types.ts';

/** The fields of a snapshot that do not come from the people in the room (roster, removed, answers). */
export type ControlParts = Omit<SessionSnapshot, 'roster' | 'removed' | 'answers'>;

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

/** Reads every control-side field of the snapshot (and `unsupported`, which also looks at room's schema). */
export function readControlParts(control: Y.Doc, room: Y.Doc): ControlParts {
  const session = controlLayout.session(control);
  const language = session.get('language');
  const phase = session.get('phase');
  const activeQuestionId = session.get('activeQuestionId');
  return {
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
  };
}
