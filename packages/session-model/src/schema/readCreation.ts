import type * as Y from 'yjs';
import { creationLayout, ROLE_NAMES, type StoredProduction } from './creationLayout.ts';
import type { CreationState, Production, TemplateField, Timer } from './creationTypes.ts';
import { asParticipantId } from './ids.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Every template field, removed ones included, in the facilitator's order. */
export function readTemplateFields(control: Y.Doc): TemplateField[] {
  return [...creationLayout.templateFields(control).entries()]
    .filter(([, stored]) => !!stored && typeof stored === 'object')
    .map(([id, stored]) => ({ id, stored, order: finite(stored.order) ?? 0 }))
    .sort((left, right) => left.order - right.order || left.id.localeCompare(right.id))
    .map(({ id, stored }) =>
      Object.freeze({
        id,
        title: text(stored.title),
        hint: text(stored.hint),
        example: text(stored.example),
        removedAt: finite(stored.removedAt),
      }),
    );
}

function readProduction(id: string, stored: StoredProduction): Production {
  const roles = stored.roles && typeof stored.roles === 'object' ? stored.roles : {};
  const seed = stored.seed && typeof stored.seed === 'object' ? stored.seed : null;
  return Object.freeze({
    id,
    number: Number.isInteger(stored.number) ? stored.number : 0,
    name: text(stored.name),
    place: text(stored.place),
    label: Object.freeze(strings(stored.label)),
    groupingKind: stored.groupingKind === 'diverse' ? 'diverse' : 'thematic',
    groupId: text(stored.groupId),
    members: Object.freeze(strings(stored.members).map(asParticipantId)),
    formerMembers: Object.freeze(strings(stored.formerMembers).map(asParticipantId)),
    roles: Object.freeze(
      Object.fromEntries(
        ROLE_NAMES.map((role) => [
          role,
          typeof roles[role] === 'string' ? asParticipantId(roles[role]) : null,
        ]),
      ) as Production['roles'],
    ),
    seed: seed
      ? Object.freeze({
          quotes: Object.freeze(
            (Array.isArray(seed.quotes) ? seed.quotes : [])
              .filter((quote) => quote && typeof quote.text === 'string')
              .map((quote) =>
                Object.freeze({
                  participantId: asParticipantId(text(quote.participantId)),
                  name: text(quote.name),
                  text: quote.text,
                }),
              ),
          ),
          terms: Object.freeze(strings(seed.terms)),
        })
      : null,
    createdAt: finite(stored.createdAt) ?? 0,
    retired: finite(stored.retiredAt) !== null,
  });
}

/** Every production, active ones first, each kind by group number. */
export function readProductions(control: Y.Doc): Production[] {
  return [...creationLayout.productions(control).entries()]
    .filter(([, stored]) => !!stored && typeof stored === 'object')
    .map(([id, stored]) => readProduction(id, stored))
    .sort(
      (left, right) =>
        Number(left.retired) - Number(right.retired) ||
        left.number - right.number ||
        left.createdAt - right.createdAt ||
        left.id.localeCompare(right.id),
    );
}

export function readTimers(control: Y.Doc): Readonly<Record<string, Timer>> {
  const timers: Record<string, Timer> = {};
  for (const [scope, stored] of creationLayout.timers(control).entries()) {
    if (!stored || typeof stored !== 'object') continue;
    const endsAt = finite(stored.endsAt);
    timers[scope] = Object.freeze({
      scope,
      durationMs: finite(stored.durationMs) ?? 0,
      endsAt,
      remainingMs: finite(stored.remainingMs),
      running: endsAt !== null,
    });
  }
  return Object.freeze(timers);
}

export function readCreationState(control: Y.Doc): CreationState {
  const creation = creationLayout.creation(control);
  const message = creation.get('message') as { text?: unknown; sentAt?: unknown } | undefined;
  const focus = creation.get('focus') as { fieldId?: unknown; setAt?: unknown } | undefined;
  return Object.freeze({
    startFromAnswers: creation.get('startFromAnswers') !== false,
    message:
      message && typeof message.text === 'string' && message.text !== ''
        ? Object.freeze({ text: message.text, sentAt: finite(message.sentAt) ?? 0 })
        : null,
    focus:
      focus && typeof focus.fieldId === 'string'
        ? Object.freeze({ fieldId: focus.fieldId, setAt: finite(focus.setAt) ?? 0 })
        : null,
  });
}

/** Milliseconds left on `timer` at server time `now` (never below 0); null when no timer is set. */
export function timerRemaining(timer: Timer | null | undefined, now: number): number | null {
  if (!timer) return null;
  if (timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
  return Math.max(0, timer.remainingMs ?? 0);
}
