import { describe, expect, it } from 'vitest';
import { onlyClient } from './onlyClient.ts';

describe('onlyClient', () => {
  it('tells a change of this client alone from one that concerns another', () => {
    expect(onlyClient({ added: [], updated: [7], removed: [] }, 7)).toBe(true);
    expect(onlyClient({ added: [], updated: [7, 8], removed: [] }, 7)).toBe(false);
    expect(onlyClient({ added: [8], updated: [7], removed: [] }, 7)).toBe(false);
    expect(onlyClient({ added: [], updated: [], removed: [8] }, 7)).toBe(false);
  });
});
