/**
 * How many documents each participant has open now, over all its sockets (a hub socket counts each
 * document it carries): one token must not hold the relay's rooms, whatever number of sockets it opens.
 */
export class ParticipantDocuments {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts one more open document for `participantId`; false (nothing counted) past the bound. */
  take(participantId: string): boolean {
    const count = this.open.get(participantId) ?? 0;
    if (count >= this.max) return false;
    this.open.set(participantId, count + 1);
    return true;
  }

  give(participantId: string): void {
    const count = (this.open.get(participantId) ?? 0) - 1;
    if (count > 0) this.open.set(participantId, count);
    else this.open.delete(participantId);
  }
}
