import type { MatchingRequest, MatchingResponse } from '../workers/matchingProtocol.ts';

type Pending = (response: MatchingResponse) => void;
type Lane = 'thematic' | 'diversity';

const workers: Partial<Record<Lane, Worker>> = {};
let nextId = 1;
const pending = new Map<number, Pending>();

type Request = MatchingRequest extends infer R ? (R extends MatchingRequest ? Omit<R, 'id'> : never) : never;

/**
 * Starts the thematic worker, which loads the NLP model in the background, before "Match by answers" needs it
 * (and caches the model while online). Nothing waits for it: profile grouping runs in a worker of its own.
 */
export function prepareMatching(): void {
  startWorker('thematic');
}

/**
 * Runs grouping in the facilitator's Web Workers, created on first use, so the page stays responsive.
 * Thematic grouping goes to the worker holding the NLP model; diverse grouping and the diversity figures to
 * one that holds none, so they never queue behind the model's load.
 */
export function runMatching(request: Request): Promise<MatchingResponse> {
  const worker = startWorker(request.kind === 'thematic' ? 'thematic' : 'diversity');
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ ...request, id });
  });
}

function startWorker(lane: Lane): Worker {
  const existing = workers[lane];
  if (existing) return existing;
  // Each constructor is written out in full: Vite bundles a worker only from this literal form.
  const worker =
    lane === 'thematic'
      ? new Worker(new URL('../workers/matchingWorker.ts', import.meta.url), { type: 'module' })
      : new Worker(new URL('../workers/diversityWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<MatchingResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  workers[lane] = worker;
  return worker;
}
