import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';

const DURABLE_ACK = 100;

/** Records the relay's durable acknowledgements on a stock provider: client id → highest durable clock. */
export function listenForAcks(provider: WebsocketProvider) {
  const durable = new Map<number, number>();
  const waiters: { client: number; clock: number; resolve: () => void }[] = [];
  provider.messageHandlers[DURABLE_ACK] = (_encoder, decoder) => {
    const count = decoding.readVarUint(decoder);
    for (let index = 0; index < count; index++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      durable.set(client, Math.max(durable.get(client) ?? 0, clock));
    }
    for (const waiter of waiters.splice(0)) {
      if ((durable.get(waiter.client) ?? 0) >= waiter.clock) waiter.resolve();
      else waiters.push(waiter);
    }
  };
  return {
    durable,
    until(client: number, clock: number) {
      return new Promise<void>((resolve) => {
        if ((durable.get(client) ?? 0) >= clock) resolve();
        else waiters.push({ client, clock, resolve });
      });
    },
  };
}
