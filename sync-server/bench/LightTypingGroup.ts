import * as Y from 'yjs';
import { monotonicMs, sleep } from './benchClock.ts';
import { caretAtEnd } from './caretAtEnd.ts';
import { CREATE_FIELD, type GroupSpec } from './createProtocol.ts';
import { closesAfterSyncOf, missingKeystrokes } from './groupTallies.ts';
import type { KeystrokeReceipts } from './KeystrokeReceipts.ts';
import { LightSocket } from './LightSocket.ts';
import type { LatencyHistogram } from './percentiles.ts';
import type { TrafficMeter } from './trafficMeter.ts';

/** The app's devices send their own presence at most this often (sync-client's sendOwnPresence). */
const PRESENCE_INTERVAL_MS = 200;

interface LightMember {
  position: number;
  /** Only this member's own writes: it never applies what it receives, it reads clocks from it. */
  doc: Y.Doc;
  text: Y.XmlText;
  control: LightSocket;
  room: LightSocket;
  group: LightSocket;
  /** Highest clock seen of each other member's client in this member's incoming updates, by position. */
  seenClock: number[];
  /** Keystrokes of each other member received so far, by position. */
  received: number[];
  presenceClock: number;
  presenceTimer: ReturnType<typeof setTimeout> | null;
  presencePending: boolean;
}

/**
 * The create bench's group with lightweight devices (`--light`): the same three documents per member, the
 * same keystrokes and carets on the wire as TypingGroup, but no Y.Doc per received document. Each member
 * keeps a Y.Doc of its own writes only and reads the end clocks of what it receives (`Y.parseUpdateMeta`),
 * so 300 members cost the bench's workers a fraction of the CPU full Yjs clients take, and the relay gets
 * the machine's cores. A keystroke counts as received when an update reaches the sender's clock after it.
 */
export class LightTypingGroup {
  private readonly members: LightMember[];
  private readonly sentAt: number[][];
  private readonly endClocks: number[][];
  private readonly positionOfClient = new Map<number, number>();
  private readonly paragraphClock: number[];
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly spec: GroupSpec,
    meter: TrafficMeter,
    private readonly latencies: LatencyHistogram,
    private readonly receipts: KeystrokeReceipts,
    timeoutMs: number,
  ) {
    this.sentAt = spec.members.map(() => []);
    this.endClocks = spec.members.map(() => []);
    this.paragraphClock = spec.members.map(() => Number.POSITIVE_INFINITY);
    this.members = spec.members.map((member, position) => {
      const doc = new Y.Doc();
      this.positionOfClient.set(doc.clientID, position);
      const socket = (path: string, own?: Y.Doc, onUpdate?: (update: Uint8Array) => void) =>
        new LightSocket(
          {
            serverUrl: spec.serverUrl,
            path,
            params: member.params,
            stateVector: own ? () => Y.encodeStateVector(own) : undefined,
            missing: own ? (vector) => Y.encodeStateAsUpdate(own, vector) : undefined,
            onUpdate,
          },
          meter,
          timeoutMs,
        );
      const light: LightMember = {
        position,
        doc,
        text: new Y.XmlText(),
        control: socket(spec.controlPath),
        room: socket(spec.roomPath),
        group: socket(spec.groupPath, doc, (update) => this.receive(light, update)),
        seenClock: spec.members.map(() => 0),
        received: spec.members.map(() => 0),
        presenceClock: 0,
        presenceTimer: null,
        presencePending: false,
      };
      doc.on('update', (update: Uint8Array) => light.group.sendUpdate(update));
      return light;
    });
  }

  get sockets(): number {
    return this.members.length * 3;
  }

  /** Resolves once every member is synced and has seen every member's paragraph. */
  async connect(): Promise<void> {
    await Promise.all(
      this.members.flatMap((member) => [member.control.synced, member.room.synced, member.group.synced]),
    );
    for (const member of this.members) {
      member.room.sendPresence(member.doc.clientID, 0, {
        participantId: `${this.spec.groupIndex}-${member.position}`,
      });
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [member.text]);
      member.doc.getXmlFragment(CREATE_FIELD).push([paragraph]);
      this.sendCaret(member);
      this.paragraphClock[member.position] = Y.getState(member.doc.store, member.doc.clientID) - 1;
    }
    await new Promise<void>((resolve) => {
      const check = () => {
        if (!this.members.every((member) => this.seesAllParagraphs(member))) return;
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Every member types `keysPerSecond` characters a second for `durationSeconds`, on a drift-free schedule. */
  async type(durationSeconds: number, keysPerSecond: number): Promise<void> {
    const count = Math.round(durationSeconds * keysPerSecond);
    const interval = 1000 / keysPerSecond;
    await Promise.all(
      this.members.map(async (member) => {
        const start = performance.now() + Math.random() * interval;
        for (let sequence = 0; sequence < count; sequence++) {
          const wait = start + sequence * interval - performance.now();
          if (wait > 0) await sleep(wait);
          this.sentAt[member.position]?.push(monotonicMs());
          member.text.insert(member.text.length, String.fromCharCode(97 + (sequence % 26)));
          this.endClocks[member.position]?.push(Y.getState(member.doc.store, member.doc.clientID));
          this.sendCaret(member);
        }
      }),
    );
  }

  typed(): number[] {
    return this.sentAt.map((times) => times.length);
  }

  /** Keystrokes of the other members missing from each member's received updates. */
  lost(): number {
    return missingKeystrokes(this.typed(), this.members);
  }

  closesAfterSync(): Record<string, number>[] {
    return closesAfterSyncOf(this.members);
  }

  destroy(): void {
    for (const member of this.members) {
      if (member.presenceTimer) clearTimeout(member.presenceTimer);
      member.control.destroy();
      member.room.destroy();
      member.group.destroy();
      member.doc.destroy();
    }
  }

  private seesAllParagraphs(member: LightMember): boolean {
    return this.paragraphClock.every(
      (clock, sender) => sender === member.position || (member.seenClock[sender] ?? 0) > clock,
    );
  }

  /** The caret after this member's last character, sent at most every PRESENCE_INTERVAL_MS, latest state last. */
  private sendCaret(member: LightMember): void {
    if (member.presenceTimer) {
      member.presencePending = true;
      return;
    }
    const user = this.spec.members[member.position];
    member.group.sendPresence(member.doc.clientID, member.presenceClock++, {
      user: { name: user?.name, color: user?.color },
      cursor: caretAtEnd(member.text),
    });
    member.presenceTimer = setTimeout(() => {
      member.presenceTimer = null;
      if (!member.presencePending) return;
      member.presencePending = false;
      this.sendCaret(member);
    }, PRESENCE_INTERVAL_MS);
  }

  private receive(member: LightMember, update: Uint8Array): void {
    const now = monotonicMs();
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      const sender = this.positionOfClient.get(client);
      if (sender === undefined || sender === member.position) continue;
      member.seenClock[sender] = Math.max(member.seenClock[sender] ?? 0, clock);
      const sentAt = this.sentAt[sender] ?? [];
      const endClocks = this.endClocks[sender] ?? [];
      let seen = member.received[sender] ?? 0;
      while (seen < sentAt.length && (endClocks[seen] ?? Number.POSITIVE_INFINITY) <= clock) {
        const sent = sentAt[seen] ?? now;
        this.latencies.record(now - sent);
        this.receipts.record(client, endClocks[seen] ?? 0, sent, now);
        seen++;
      }
      member.received[sender] = seen;
    }
    for (const waiter of this.waiters) waiter();
  }
}
