import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { type ConfirmedClockMemory, createDurabilityTracker } from './createDurabilityTracker.ts';
import type { OutboundSchedule } from './sendOwnUpdates.ts';

/** The relay's extra y-websocket message type: the clocks of this client's writes now durable on disk. */
export const DURABLE_ACK_MESSAGE = 100;
const SYNC_MESSAGE = 0;

type MessageHandler = WebsocketProvider['messageHandlers'][number];

/** Counts what the relay has not yet confirmed of `doc`, from the messages a y-websocket provider receives. */
export function trackDurability(
  provider: WebsocketProvider,
  doc: Y.Doc,
  onChange: (pending: number) => void,
  memory?: ConfirmedClockMemory,
  scheduleRecount?: OutboundSchedule,
) {
  const tracker = createDurabilityTracker(doc, onChange, memory, scheduleRecount);
  const handleSync = provider.messageHandlers[SYNC_MESSAGE] as MessageHandler;
  provider.messageHandlers[SYNC_MESSAGE] = (encoder, decoder, messageProvider, emitSynced, messageType) => {
    tracker.observeSync(decoder);
    handleSync(encoder, decoder, messageProvider, emitSynced, messageType);
  };
  provider.messageHandlers[DURABLE_ACK_MESSAGE] = (_encoder, decoder) => tracker.acknowledge(decoder);
  return () => tracker.stop();
}
