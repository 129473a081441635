import { MessageType } from '@peerloom/protocol';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { type ConfirmedClockMemory, createDurabilityTracker } from './createDurabilityTracker.ts';
import type { OutboundSchedule } from './sendOwnUpdates.ts';

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
  const handleSync = provider.messageHandlers[MessageType.sync] as MessageHandler;
  provider.messageHandlers[MessageType.sync] = (
    encoder,
    decoder,
    messageProvider,
    emitSynced,
    messageType,
  ) => {
    tracker.observeSync(decoder);
    handleSync(encoder, decoder, messageProvider, emitSynced, messageType);
  };
  provider.messageHandlers[MessageType.durableAck] = (_encoder, decoder) => tracker.acknowledge(decoder);
  return () => tracker.stop();
}
