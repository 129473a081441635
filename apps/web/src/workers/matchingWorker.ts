import { createMatcher, describeDiversity, diverseGroups, type Matcher } from '@peerloom/matching';
import type { MatchingRequest, MatchingResponse } from './matchingProtocol.ts';

// The NLP model loads once, here, on the facilitator's device only, from the bundle (no network).
let matcher: Matcher | null = null;
// Load at start, while the facilitator is still on earlier steps, so "Match by answers" answers at once.
setTimeout(() => {
  matcher ??= createMatcher();
}, 0);

self.onmessage = (event: MessageEvent<MatchingRequest>) => {
  const request = event.data;
  const started = performance.now();
  let response: MatchingResponse;
  try {
    if (request.kind === 'thematic') {
      matcher ??= createMatcher();
      const result = matcher.thematicGroups(request.inputs, {
        seed: request.seed,
        sizes: request.sizes,
        locked: request.locked,
        weights: request.weights,
        language: request.language,
      });
      response = { id: request.id, ok: true, kind: 'thematic', result, ms: performance.now() - started };
    } else if (request.kind === 'describeDiversity') {
      const report = describeDiversity(request.participants, request.fields, request.groups, {
        seed: request.seed,
        locked: request.locked,
      });
      response = {
        id: request.id,
        ok: true,
        kind: 'describeDiversity',
        report,
        ms: performance.now() - started,
      };
    } else {
      const result = diverseGroups(request.participants, request.fields, {
        seed: request.seed,
        sizes: request.sizes,
        locked: request.locked,
      });
      response = { id: request.id, ok: true, kind: 'diverse', result, ms: performance.now() - started };
    }
  } catch (error) {
    response = { id: request.id, ok: false, error: String(error) };
  }
  self.postMessage(response);
};
