/** A member of the group with this production open on another device. */
export interface GroupPeer {
  readonly participantId: string;
  readonly name: string;
  readonly color: string;
}

/**
 * The people present in a group document, from the presence states other devices sent (untrusted: anything
 * malformed is left out), once per person even on two devices, leaving out this participant.
 */
export function readGroupPeers(
  states: readonly Readonly<Record<string, unknown>>[],
  ownParticipantId: string,
): GroupPeer[] {
  const peers = new Map<string, GroupPeer>();
  for (const state of states) {
    const user = state.user;
    if (!user || typeof user !== 'object') continue;
    const { participantId, name, color } = user as Record<string, unknown>;
    if (typeof participantId !== 'string' || participantId === ownParticipantId) continue;
    if (typeof name !== 'string' || peers.has(participantId)) continue;
    const safeColor = typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : '#4a5568';
    peers.set(participantId, { participantId, name: name.slice(0, 60), color: safeColor });
  }
  return [...peers.values()].sort((a, b) => a.name.localeCompare(b.name));
}
