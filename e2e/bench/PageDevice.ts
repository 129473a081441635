import {
  asParticipantId,
  createPageStore,
  createParticipantStore,
  createProductionStore,
  type FieldBlock,
  openFeedbackCommands,
  type PageStore,
  type ProductionStore,
  readFeedbackFor,
  type SessionStore,
  selectPageProductions,
} from '@peerloom/session-model';
import {
  type DocumentHub,
  openDocumentHub,
  openSessionDocuments,
  type SessionDocuments,
} from '@peerloom/sync-client';
import WebSocket from 'ws';
import { epochNow, type GalleryPage, type PageDeviceSpec } from './galleryProtocol.ts';

/** Characters of text in a field's blocks, as the page would render them. */
function countCharacters(blocks: readonly FieldBlock[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') {
      for (const run of block.runs) if (run.kind === 'text') total += run.text.length;
    } else if (block.kind === 'list') {
      for (const item of block.items) total += countCharacters(item.blocks);
    } else {
      total += countCharacters(block.blocks);
    }
  }
  return total;
}

/**
 * A participant's device with the session page (`/g/:id`) open, over the network exactly as the page opens it:
 * the session's control and room documents (sync-client openSessionDocuments, presence announced), the page's
 * model over them, and every listed production on ONE hub socket (openDocumentHub), read through the
 * production model's `getPage()` as the page renders it. No IndexedDB: nothing on the device beforehand.
 */
export class PageDevice {
  /** Sockets this device opened (each reconnect counts again), and the most it held open at once. */
  sockets = 0;
  peakSockets = 0;
  private openSockets = 0;
  /** Epoch ms when the device started opening the page, and when every production was whole in its copy. */
  startedAt = Number.NaN;
  shownAt: number | null = null;
  /** Comment text → epoch ms when this device first had it. */
  readonly commentsSeen = new Map<string, number>();
  private documents: SessionDocuments | null = null;
  private store: SessionStore<unknown> | null = null;
  private pageStore: PageStore | null = null;
  private hub: DocumentHub | null = null;
  private readonly productions = new Map<string, { store: ProductionStore; whole: boolean }>();
  private whole = 0;
  private readonly expected: ReadonlyMap<string, number>;
  private onShown: (() => void) | null = null;

  constructor(
    readonly spec: PageDeviceSpec,
    private readonly page: GalleryPage,
  ) {
    this.expected = new Map(Object.entries(page.characters));
  }

  /** Opens the page; resolves once every production's fields are in this device's copy. */
  open(): Promise<void> {
    const device = this;
    class CountingWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols);
        device.sockets++;
        device.openSockets++;
        device.peakSockets = Math.max(device.peakSockets, device.openSockets);
        this.once('close', () => this.release());
      }

      // A socket given up (closed by the client, its closing handshake still going) is no longer held.
      override close(code?: number, reason?: string | Buffer) {
        this.release();
        super.close(code, reason);
      }

      private released = false;
      private release() {
        if (this.released) return;
        this.released = true;
        device.openSockets--;
      }
    }
    const WebSocketImpl = CountingWebSocket as unknown as typeof globalThis.WebSocket;
    const shown = new Promise<void>((resolve) => {
      this.onShown = resolve;
    });
    this.startedAt = epochNow();
    const { serverUrl, sessionId } = this.page;
    const auth = { token: this.spec.token };
    const actor = { role: 'participant' as const, participantId: asParticipantId(this.spec.participantId) };
    const documents = openSessionDocuments({ serverUrl, sessionId, auth, persist: false, WebSocketImpl });
    this.documents = documents;
    this.store = createParticipantStore({ control: documents.control, room: documents.room, actor });
    documents.announceParticipant(this.spec.participantId);
    this.pageStore = createPageStore({ control: documents.control, room: documents.room, actor });
    this.hub = openDocumentHub({ serverUrl, sessionId, auth, persist: false, WebSocketImpl });
    this.store.subscribe(this.onSessionChange);
    this.pageStore.subscribe(this.onSessionChange);
    this.onSessionChange();
    return shown;
  }

  /** Posts a comment on a production through the model's feedback commands, as the page's comment form does. */
  comment(productionId: string, text: string): void {
    if (!this.documents) throw new Error('the page is not open');
    openFeedbackCommands({
      control: this.documents.control,
      room: this.documents.room,
      actor: { role: 'participant', participantId: asParticipantId(this.spec.participantId) },
    }).addComment(productionId, text);
  }

  destroy(): void {
    for (const { store } of this.productions.values()) store.destroy();
    this.pageStore?.destroy();
    this.store?.destroy();
    void this.hub?.destroy();
    void this.documents?.destroy();
  }

  private readonly onSessionChange = () => {
    if (!this.store || !this.pageStore || !this.hub || !this.documents) return;
    const snapshot = this.store.getSnapshot();
    const entries = selectPageProductions(snapshot, this.pageStore.getState().settings, {
      includeHidden: false,
    });
    for (const { production } of entries) {
      if (this.productions.has(production.id)) continue;
      const document = this.hub.open(`group/${production.id}`);
      const store = createProductionStore({
        doc: document.doc,
        production,
        actor: this.store.actor,
        // Node paints no frames: told as soon as the message that completed it was applied, not after the 100 ms
        // fallback timer (a browser: at its next frame), which a worker busy reading 100 devices' sockets runs late.
        scheduleNotify: queueMicrotask,
      });
      const tracked = { store, whole: false };
      this.productions.set(production.id, tracked);
      store.subscribe(() => this.checkProduction(production.id, tracked));
      this.checkProduction(production.id, tracked);
    }
    const feedback = readFeedbackFor(this.documents, snapshot);
    for (const production of Object.values(feedback.byProduction)) {
      for (const comment of production.comments) {
        if (!this.commentsSeen.has(comment.text)) this.commentsSeen.set(comment.text, epochNow());
      }
    }
  };

  private checkProduction(id: string, tracked: { store: ProductionStore; whole: boolean }): void {
    if (tracked.whole) return;
    const expected = this.expected.get(id);
    if (expected === undefined) return;
    const { fields } = tracked.store.getPage();
    let characters = 0;
    for (const blocks of Object.values(fields)) characters += countCharacters(blocks);
    if (characters < expected) return;
    tracked.whole = true;
    this.whole++;
    if (this.whole === this.expected.size && this.shownAt === null) {
      this.shownAt = epochNow();
      this.onShown?.();
    }
  }
}
