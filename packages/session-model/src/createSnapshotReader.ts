import { ROOM_MAPS } from '@peerloom/protocol';
import type * as Y from 'yjs';
import { keysChanged } from './keysChanged.ts';
import { type ControlParts, readControlParts } from './readControlParts.ts';
import { parseAnswer } from './records/parseAnswer.ts';
import { parseRosterEntry } from './records/parseRosterEntry.ts';
import { asParticipantId, asQuestionId } from './schema/ids.ts';
import { controlLayout, parseAnswerKey, roomLayout } from './schema/layout.ts';
import type { Answer, RosterEntry, SessionSnapshot } from './schema/types.ts';

/** Reads a session's snapshot once, then again only where transactions changed something (see `note`). */
export interface SnapshotReader {
  /** Records what a transaction of `control` or `room` changed; nothing is read until `read`. */
  note(doc: 'control' | 'room', transaction: Y.Transaction): void;
  /**
   * The snapshot with every change noted so far. Whatever no noted change touched keeps its identity: the
   * other answers, the roster, the questions… (structural sharing); a new snapshot object whenever anything
   * was noted.
   */
  read(): SessionSnapshot;
}

interface Person {
  entry: RosterEntry;
  removed: boolean;
}

const CONTROL_ROOTS_PER_PERSON = new Set(['participantAdmin', 'hiddenAnswers']);
const byJoin = (a: RosterEntry, b: RosterEntry) =>
  a.joinedAt - b.joinedAt || a.participantId.localeCompare(b.participantId);
const byCreation = (a: Answer, b: Answer) =>
  a.createdAt - b.createdAt || a.participantId.localeCompare(b.participantId);
/** The previous list when it holds the same objects in the same order, else the fresh one, frozen. */
const keepSame = <T>(fresh: T[], previous: readonly T[]): readonly T[] =>
  fresh.length === previous.length && fresh.every((item, index) => item === previous[index])
    ? previous
    : Object.freeze(fresh);
/** Same JSON: answers and roster entries are small, and compared only when a transaction touched them. */
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Incremental snapshot reading over a session's two documents (the session store's engine). */
export function createSnapshotReader(control: Y.Doc, room: Y.Doc): SnapshotReader {
  const admin = controlLayout.participantAdmin(control);
  const hidden = controlLayout.hiddenAnswers(control);
  const people = new Map<string, Person>();
  const answers = new Map<string, Answer>();
  const answerKeysOf = new Map<string, Set<string>>();
  let parts: ControlParts | null = null;
  let roster: readonly RosterEntry[] = [];
  let removed: readonly RosterEntry[] = [];
  let answerList: readonly Answer[] = [];
  let positions = new Map<string, number>();
  let snapshot: SessionSnapshot | null = null;
  // What changed since the last read.
  let everything = true;
  let controlChanged = false;
  let noted = false;
  const peopleChanged = new Set<string>();
  const answersChanged = new Set<string>();

  const readPerson = (participantId: string): boolean => {
    const record = parseRosterEntry(roomLayout.roster(room).get(participantId));
    const before = people.get(participantId);
    if (!record) {
      people.delete(participantId);
      return before !== undefined;
    }
    const stored = admin.get(participantId);
    const fresh: RosterEntry = {
      participantId: asParticipantId(participantId),
      name: (typeof stored?.name === 'string' && stored.name) || record.name,
      ownName: record.name,
      joinedAt: record.joinedAt,
      profile: record.profile,
    };
    const isRemoved = typeof stored?.removedAt === 'number';
    if (before && before.removed === isRemoved && sameJson(before.entry, fresh)) return false;
    people.set(participantId, { entry: Object.freeze(fresh), removed: isRemoved });
    return true;
  };

  /** Reads one answer again; true when what the snapshot shows of it changed. */
  const readAnswer = (key: string): boolean => {
    const parsed = parseAnswerKey(key);
    const record = parseAnswer(roomLayout.answers(room).get(key));
    const before = answers.get(key);
    const person = parsed ? people.get(parsed.participantId) : undefined;
    if (parsed) {
      const keys = answerKeysOf.get(parsed.participantId) ?? new Set<string>();
      answerKeysOf.set(parsed.participantId, keys.add(key));
    }
    if (!parsed || !record || person?.removed) {
      answers.delete(key);
      return before !== undefined;
    }
    const fresh: Answer = {
      questionId: asQuestionId(parsed.questionId),
      participantId: asParticipantId(parsed.participantId),
      authorName: person?.entry.name ?? '',
      ...record,
      hidden: hidden.has(key),
    };
    if (before && sameJson(before, fresh)) return false;
    answers.set(key, Object.freeze(fresh));
    return true;
  };

  const sortAnswers = () => {
    answerList = Object.freeze([...answers.values()].sort(byCreation));
    positions = new Map(
      answerList.map((answer, index) => [`${answer.questionId}/${answer.participantId}`, index]),
    );
  };

  /** Puts changed answers in place when none came, went or moved in the order; else sorts again. */
  const placeAnswers = (keys: readonly string[]) => {
    const next = [...answerList];
    for (const key of keys) {
      const answer = answers.get(key);
      const position = positions.get(key);
      const previous = position === undefined ? undefined : next[position];
      if (!answer || position === undefined || !previous || byCreation(answer, previous) !== 0) {
        return sortAnswers();
      }
      next[position] = answer;
    }
    answerList = Object.freeze(next);
  };

  const readAll = () => {
    parts = readControlParts(control, room);
    people.clear();
    answers.clear();
    answerKeysOf.clear();
    for (const participantId of roomLayout.roster(room).keys()) readPerson(participantId);
    for (const key of roomLayout.answers(room).keys()) readAnswer(key);
    const everyone = [...people.values()];
    roster = Object.freeze(
      everyone
        .filter((person) => !person.removed)
        .map((person) => person.entry)
        .sort(byJoin),
    );
    removed = Object.freeze(
      everyone
        .filter((person) => person.removed)
        .map((person) => person.entry)
        .sort(byJoin),
    );
    sortAnswers();
  };

  const keepEqual = (fresh: ControlParts, previous: ControlParts): ControlParts => {
    const kept: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fresh)) {
      const old = previous[name as keyof ControlParts];
      kept[name] = old === value || sameJson(old, value) ? old : value;
    }
    return kept as unknown as ControlParts;
  };

  const readChanges = () => {
    if (controlChanged && parts) parts = keepEqual(readControlParts(control, room), parts);
    const changedPeople = [...peopleChanged].filter(readPerson);
    for (const participantId of changedPeople) {
      for (const key of answerKeysOf.get(participantId) ?? []) answersChanged.add(key);
    }
    if (changedPeople.length > 0) {
      const everyone = [...people.values()];
      const current = everyone.filter((person) => !person.removed).map((person) => person.entry);
      const gone = everyone.filter((person) => person.removed).map((person) => person.entry);
      roster = keepSame(current.sort(byJoin), roster);
      removed = keepSame(gone.sort(byJoin), removed);
    }
    const changedAnswers = [...answersChanged].filter(readAnswer);
    if (changedAnswers.length > 0) placeAnswers(changedAnswers);
  };

  return {
    note(doc, transaction) {
      if (transaction.changed.size === 0 || everything) return;
      noted = true;
      const changes = keysChanged(doc === 'control' ? control : room, transaction);
      if (!changes) {
        everything = true;
        return;
      }
      for (const [name, keys] of changes) {
        const target =
          doc === 'room'
            ? name === ROOM_MAPS.roster
              ? peopleChanged
              : name === ROOM_MAPS.answers
                ? answersChanged
                : null
            : name === 'participantAdmin'
              ? peopleChanged
              : name === 'hiddenAnswers'
                ? answersChanged
                : null;
        if (doc === 'control' && !CONTROL_ROOTS_PER_PERSON.has(name)) controlChanged = true;
        if (doc === 'room' && name === ROOM_MAPS.meta) controlChanged = true;
        if (!target) continue;
        if (keys === 'all') everything = true;
        else for (const key of keys) target.add(key);
      }
    },
    read() {
      if (snapshot && !noted && !everything) return snapshot;
      if (everything) readAll();
      else readChanges();
      everything = false;
      controlChanged = false;
      noted = false;
      peopleChanged.clear();
      answersChanged.clear();
      snapshot = Object.freeze({ ...(parts as ControlParts), roster, removed, answers: answerList });
      return snapshot;
    },
  };
}
