import type { Group, GroupingKind, ParticipantId, SessionSnapshot } from '@peerloom/session-model';

export interface LatestOwnGroup {
  kind: GroupingKind;
  group: Group;
}

/** The participant's group in the grouping published last (Mix or Match), whatever the current step. */
export function selectLatestOwnGroup(
  snapshot: SessionSnapshot,
  participantId: ParticipantId,
): LatestOwnGroup | null {
  let latest: (LatestOwnGroup & { at: number }) | null = null;
  for (const kind of ['diverse', 'thematic'] as const) {
    const grouping = snapshot.groupings[kind];
    const published = grouping?.published ?? [];
    const group = published.find((candidate) => candidate.members.includes(participantId));
    if (!group) continue;
    const at = grouping?.publishedAt ?? 0;
    if (!latest || at >= latest.at) latest = { kind, group, at };
  }
  return latest ? { kind: latest.kind, group: latest.group } : null;
}
