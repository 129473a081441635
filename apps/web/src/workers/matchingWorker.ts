import { createMatcher, type Matcher } from '@peerloom/matching';
import type { MatchingResponse, ThematicRequest } from './matchingProtocol.ts';

// The NLP model loads here only, on the facilitator's device, from the bundle (no network). Diverse grouping
// and the diversity figures run in diversityWorker.ts, so they never queue behind this load.
let matcher: Matcher | null = null;
// Load at start, while the facilitator is still on earlier steps, so "Match by answers" answers at once.
setTimeout(() => {
  matcher ??= createMatcher();
}, 0);

self.onmessage = (event: MessageEvent<ThematicRequest>) => {
  const request = event.data;
  const started = performance.now();
  let response: MatchingResponse;
  try {
    matcher ??= createMatcher();
    const result = matcher.thematicGroups(request.inputs, {
      seed: request.seed,
      sizes: request.sizes,
      locked: request.locked,
      weights: request.weights,
      language: request.language,
    });
    response = { id: request.id, ok: true, kind: 'thematic', result, ms: performance.now() - started };
  } catch (error) {
    response = { id: request.id, ok: false, error: String(error) };
  }
  self.postMessage(response);
};
