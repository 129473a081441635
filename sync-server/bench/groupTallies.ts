/** What a bench member counts: keystrokes received from each other member, by position in its group. */
interface CountingMember {
  received: number[];
}

/** A bench member's three sockets, each counting the closes it saw after it had synced. */
interface SocketsOfMember {
  control: { closesAfterSync(): Record<string, number> };
  room: { closesAfterSync(): Record<string, number> };
  group: { closesAfterSync(): Record<string, number> };
}

/** Keystrokes of the other members missing from each member's received counts (`typed` by position). */
export function missingKeystrokes(typed: readonly number[], members: readonly CountingMember[]): number {
  let lost = 0;
  for (const [position, member] of members.entries()) {
    for (const [sender, count] of typed.entries()) {
      if (sender !== position) lost += Math.max(0, count - (member.received[sender] ?? 0));
    }
  }
  return lost;
}

/** The closes after sync of every socket of every member, three per member. */
export function closesAfterSyncOf(members: readonly SocketsOfMember[]): Record<string, number>[] {
  return members.flatMap((member) => [
    member.control.closesAfterSync(),
    member.room.closesAfterSync(),
    member.group.closesAfterSync(),
  ]);
}
