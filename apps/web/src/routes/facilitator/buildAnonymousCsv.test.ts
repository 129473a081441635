import { describe, expect, it } from 'vitest';
import { buildAnonymousCsv } from './buildAnonymousCsv.ts';

const words = { batch: 'Batch', rating: 'Rating', text: 'Text', hidden: 'Hidden', yes: 'yes' };

describe('buildAnonymousCsv', () => {
  it('writes batch, rating, text and hidden, quoting what needs it and defusing formulas', () => {
    const csv = buildAnonymousCsv(
      [
        { id: 'e1', formId: 'f', batch: 1, rating: 5, text: 'Great, "really"' },
        { id: 'e2', formId: 'f', batch: 1, rating: null, text: '=HYPERLINK("x")' },
        { id: 'e3', formId: 'f', batch: 2, rating: 2, text: '' },
      ],
      new Set(['e2']),
      words,
    );
    expect(csv).toBe(
      '\uFEFFBatch,Rating,Text,Hidden\r\n1,5,"Great, ""really""",\r\n1,,"\'=HYPERLINK(""x"")",yes\r\n2,2,,\r\n',
    );
    // No entry id, form id or anything else about an answer goes out.
    expect(csv).not.toContain('e1');
  });
});
