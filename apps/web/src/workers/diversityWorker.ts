import { describeDiversity, diverseGroups } from '@peerloom/matching';
import type { DiversityRequest, MatchingResponse } from './matchingProtocol.ts';

// Profile-based grouping needs no NLP model: this worker's bundle holds none, so it answers at once after a
// reload while matchingWorker.ts is still loading the model.
self.onmessage = (event: MessageEvent<DiversityRequest>) => {
  const request = event.data;
  const started = performance.now();
  let response: MatchingResponse;
  try {
    if (request.kind === 'describeDiversity') {
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
