import {
  countUnpublishedChanges,
  type Grouping,
  type GroupingKind,
  type RegroupChoice,
  type SessionSnapshot,
  type SessionStore,
} from '@peerloom/session-model';
import { useMemo } from 'react';
import type { BoardGroup, BoardMember } from '../components/GroupBoard.tsx';
import { describeMembers } from './describeMembers.ts';
import { numberLockedGroups } from './numberLockedGroups.ts';

const toMember = (
  details: ReturnType<typeof describeMembers>,
  id: string,
  sharedTerms: readonly string[] = [],
): BoardMember => ({
  id,
  name: details.get(id)?.name || id,
  sharedTerms,
  detail: details.get(id)?.detail ?? '',
});

/** The draft groups of one kind, with names, what each person wrote, and the board's commands. */
export function useGroupBoard(snapshot: SessionSnapshot, store: SessionStore, kind: GroupingKind) {
  const grouping: Grouping | null = snapshot.groupings[kind];
  const details = useMemo(() => describeMembers(snapshot, kind), [snapshot, kind]);
  const groups: BoardGroup[] = useMemo(
    () =>
      (grouping?.groups ?? []).map((group) => ({
        id: group.id,
        number: group.number,
        name: group.name,
        place: group.place,
        label: group.label,
        members: group.members.map((id) => toMember(details, id, group.sharedTerms[id] ?? [])),
      })),
    [grouping, details],
  );
  /** People on the roster in no draft group: they joined after grouping, and wait to be placed by hand. */
  const unplaced: BoardMember[] = useMemo(() => {
    if (!grouping) return [];
    const placed = new Set<string>(grouping.groups.flatMap((group) => group.members));
    return snapshot.roster
      .filter((entry) => !placed.has(entry.participantId))
      .map((entry) => toMember(details, entry.participantId));
  }, [grouping, snapshot.roster, details]);
  const locked = useMemo(() => new Set<string>(grouping?.locked ?? []), [grouping]);
  /** Locked people stay together, in groups numbered from 0, when grouping again. */
  const lockedIndexes = useMemo(() => numberLockedGroups(grouping?.groups ?? [], locked), [grouping, locked]);
  /** Moves, placements and regroupings the phones do not show yet. */
  const unpublished = useMemo(() => countUnpublishedChanges(grouping), [grouping]);
  return {
    grouping,
    unpublished,
    unplaced,
    groups,
    locked,
    lockedIndexes,
    move: (participantId: string, groupId: string) => store.commands.moveMember(kind, participantId, groupId),
    toggleLock: (participantId: string) =>
      store.commands.setLocked(kind, participantId, !locked.has(participantId)),
    rename: (groupId: string, details: { name: string; place: string }) =>
      store.commands.setGroupDetails(kind, groupId, details),
    /** Groups are writing productions: publishing asks whether productions follow their members or start fresh. */
    productionsStarted: snapshot.productions.some((production) => !production.retired),
    publish: (choice: RegroupChoice = 'keep') => store.commands.publishGrouping(kind, choice),
  };
}
