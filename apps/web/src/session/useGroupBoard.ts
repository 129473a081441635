import {
  countUnpublishedChanges,
  type Grouping,
  type GroupingKind,
  type SessionSnapshot,
  type SessionStore,
} from '@peerloom/session-model';
import { useMemo } from 'react';
import type { BoardGroup } from '../components/GroupBoard.tsx';
import { numberLockedGroups } from './numberLockedGroups.ts';

/** The draft groups of one kind, with names and shared terms, and the board's commands. */
export function useGroupBoard(snapshot: SessionSnapshot, store: SessionStore, kind: GroupingKind) {
  const grouping: Grouping | null = snapshot.groupings[kind];
  const names = useMemo(
    () => new Map(snapshot.roster.map((entry) => [entry.participantId as string, entry.name])),
    [snapshot.roster],
  );
  const groups: BoardGroup[] = useMemo(
    () =>
      (grouping?.groups ?? []).map((group) => ({
        id: group.id,
        label: group.label,
        members: group.members.map((member) => ({
          id: member,
          name: names.get(member) || member,
          sharedTerms: group.sharedTerms[member] ?? [],
        })),
      })),
    [grouping, names],
  );
  /** People on the roster in no draft group: they joined after grouping, and wait to be placed by hand. */
  const unplaced: BoardGroup['members'] = useMemo(() => {
    if (!grouping) return [];
    const placed = new Set<string>(grouping.groups.flatMap((group) => group.members));
    return snapshot.roster
      .filter((entry) => !placed.has(entry.participantId))
      .map((entry) => ({
        id: entry.participantId,
        name: entry.name || entry.participantId,
        sharedTerms: [],
      }));
  }, [grouping, snapshot.roster]);
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
    publish: () => store.commands.publishGrouping(kind),
  };
}
