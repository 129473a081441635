import type { MatchingRequest, MatchingResponse } from '../workers/matchingProtocol.ts';

type Pending = (response: MatchingResponse) => void;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

type Request = MatchingRequest extends infer R ? (R extends MatchingRequest ? Omit<R, 'id'> : never) : never;

/** Starts the worker (and so fetches and caches the model) before it is needed, e.g. while online. */
export function prepareMatching(): void {
  startWorker();
}

/** Runs grouping in the facilitator's Web Worker, created on first use, so the page stays responsive. */
export function runMatching(request: Request): Promise<MatchingResponse> {
  startWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker?.postMessage({ ...request, id });
  });
}

function startWorker() {
  if (!worker) {
    worker = new Worker(new URL('../workers/matchingWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<MatchingResponse>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    };
  }
}
