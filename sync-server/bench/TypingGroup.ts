import * as Y from 'yjs';
import { monotonicMs, sleep } from './benchClock.ts';
import { caretAtEnd } from './caretAtEnd.ts';
import { CREATE_FIELD, type GroupSpec } from './createProtocol.ts';
import { closesAfterSyncOf, missingKeystrokes } from './groupTallies.ts';
import type { KeystrokeReceipts } from './KeystrokeReceipts.ts';
import { openSyncedProvider, type SyncedProvider } from './openSyncedProvider.ts';
import type { LatencyHistogram } from './percentiles.ts';
import type { TrafficMeter } from './trafficMeter.ts';

const MEMBER_ATTRIBUTE = 'data-member';

interface TypingMember {
  position: number;
  control: SyncedProvider;
  room: SyncedProvider;
  group: SyncedProvider;
  /** Each member's paragraph text in this member's copy, by member position, once all are there. */
  paragraphs: Y.XmlText[];
  /** Keystrokes of each member seen so far in this member's copy. */
  received: number[];
}

/**
 * One group of the create bench, all its members in one process: each member opens the session's
 * control and room documents and the group's production, writes its own paragraph of a template
 * field (a Y.XmlElement `paragraph` holding a Y.XmlText, as Tiptap stores it) and types into it,
 * moving its caret in the awareness state as Tiptap's collaboration caret does. Every member records
 * when each other member's keystroke reaches its copy.
 */
export class TypingGroup {
  private readonly members: TypingMember[];
  /** monotonicMs() of each keystroke, by member position: the members share this process. */
  private readonly sentAt: number[][];
  /** The typist's clock in the production after each keystroke: with its client id, the keystroke's key in the relay's trace. */
  private readonly endClocks: number[][];

  constructor(
    readonly spec: GroupSpec,
    meter: TrafficMeter,
    private readonly latencies: LatencyHistogram,
    private readonly receipts: KeystrokeReceipts,
    timeoutMs: number,
    onExtensionMessage: () => void,
  ) {
    this.sentAt = spec.members.map(() => []);
    this.endClocks = spec.members.map(() => []);
    this.members = spec.members.map((member, position) => {
      const open = (room: string, presence: Record<string, unknown> | null) =>
        openSyncedProvider(
          {
            serverUrl: spec.serverUrl,
            room,
            params: member.params,
            userId: `${spec.groupIndex}-${position}`,
            userName: member.name,
            presence,
            ownPresenceOnly: true,
          },
          meter,
          onExtensionMessage,
          timeoutMs,
        );
      return {
        position,
        control: open(spec.controlPath, null),
        room: open(spec.roomPath, { participantId: `${spec.groupIndex}-${position}` }),
        group: open(spec.groupPath, { user: { name: member.name, color: member.color } }),
        paragraphs: [],
        received: spec.members.map(() => 0),
      };
    });
  }

  get sockets(): number {
    return this.members.length * 3;
  }

  /** Resolves once every member is synced and sees every member's paragraph. */
  async connect(): Promise<void> {
    await Promise.all(
      this.members.flatMap((member) => [member.control.synced, member.room.synced, member.group.synced]),
    );
    this.members.forEach((member, position) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.setAttribute(MEMBER_ATTRIBUTE, String(position));
      paragraph.insert(0, [new Y.XmlText()]);
      member.group.doc.getXmlFragment(CREATE_FIELD).push([paragraph]);
    });
    await Promise.all(this.members.map((member) => this.findParagraphs(member)));
    for (const member of this.members) member.group.doc.on('update', this.onUpdate(member));
  }

  /** Every member types `keysPerSecond` characters a second for `durationSeconds`, on a drift-free schedule. */
  async type(durationSeconds: number, keysPerSecond: number): Promise<void> {
    const count = Math.round(durationSeconds * keysPerSecond);
    const interval = 1000 / keysPerSecond;
    await Promise.all(
      this.members.map(async (member, position) => {
        const text = member.paragraphs[position];
        if (!text) return;
        const doc = member.group.doc;
        const start = performance.now() + Math.random() * interval;
        for (let sequence = 0; sequence < count; sequence++) {
          const wait = start + sequence * interval - performance.now();
          if (wait > 0) await sleep(wait);
          this.sentAt[position]?.push(monotonicMs());
          text.insert(text.length, String.fromCharCode(97 + (sequence % 26)));
          this.endClocks[position]?.push(Y.getState(doc.store, doc.clientID));
          member.group.provider.awareness.setLocalStateField('cursor', caretAtEnd(text));
        }
      }),
    );
  }

  typed(): number[] {
    return this.sentAt.map((times) => times.length);
  }

  /** Keystrokes of the other members missing from each member's copy. */
  lost(): number {
    for (const member of this.members) this.receive(member);
    return missingKeystrokes(this.typed(), this.members);
  }

  closesAfterSync(): Record<string, number>[] {
    return closesAfterSyncOf(this.members);
  }

  destroy(): void {
    for (const member of this.members) {
      member.control.destroy();
      member.room.destroy();
      member.group.destroy();
    }
  }

  private onUpdate(member: TypingMember) {
    return (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (!transaction.local) this.receive(member);
    };
  }

  private receive(member: TypingMember): void {
    const now = monotonicMs();
    member.paragraphs.forEach((text, sender) => {
      const sentAt = this.sentAt[sender];
      const endClocks = this.endClocks[sender];
      const client = this.members[sender]?.group.doc.clientID ?? 0;
      if (!sentAt || !endClocks || sender === member.position) return;
      let seen = member.received[sender] ?? 0;
      const length = Math.min(text.length, sentAt.length);
      for (; seen < length; seen++) {
        const sent = sentAt[seen] ?? now;
        this.latencies.record(now - sent);
        this.receipts.record(client, endClocks[seen] ?? 0, sent, now);
      }
      member.received[sender] = Math.max(seen, member.received[sender] ?? 0);
    });
  }

  private findParagraphs(member: TypingMember): Promise<void> {
    const fragment = member.group.doc.getXmlFragment(CREATE_FIELD);
    const look = () => {
      const found: Y.XmlText[] = [];
      for (const node of fragment.toArray()) {
        if (!(node instanceof Y.XmlElement)) continue;
        const position = Number(node.getAttribute(MEMBER_ATTRIBUTE));
        const text = node.get(0);
        if (text instanceof Y.XmlText) found[position] = text;
      }
      if (found.filter(Boolean).length < this.members.length) return false;
      member.paragraphs = found;
      return true;
    };
    return new Promise((resolve) => {
      if (look()) return resolve();
      const check = () => {
        if (!look()) return;
        member.group.doc.off('update', check);
        resolve();
      };
      member.group.doc.on('update', check);
    });
  }
}
