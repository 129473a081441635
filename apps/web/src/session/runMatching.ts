import DiversityWorker from '../workers/diversityWorker.ts?worker&inline';
import type { MatchingRequest, MatchingResponse } from '../workers/matchingProtocol.ts';

type Pending = (response: MatchingResponse) => void;
type Lane = 'thematic' | 'diversity';

const workers: Partial<Record<Lane, Worker>> = {};
let nextId = 1;
const pending = new Map<number, Pending>();

type Request = MatchingRequest extends infer R ? (R extends MatchingRequest ? Omit<R, 'id'> : never) : never;

/**
 * Starts both workers before they are needed: the profile one (small, inside this bundle, so it needs no
 * request) and the thematic one, which loads the NLP model in the background (and caches it while online).
 * Nothing waits for the model: profile grouping and its figures run in the other worker.
 */
export function prepareMatching(): void {
  startWorker('diversity');
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
  // The model's worker is a file of its own (megabytes, cached apart); the profile worker is inlined, so that
  // after a reload no fetch, cache or service worker stands between the board and its figures.
  const worker =
    lane === 'thematic'
      ? new Worker(new URL('../workers/matchingWorker.ts', import.meta.url), { type: 'module' })
      : new DiversityWorker();
  worker.onmessage = (event: MessageEvent<MatchingResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  workers[lane] = worker;
  return worker;
}
