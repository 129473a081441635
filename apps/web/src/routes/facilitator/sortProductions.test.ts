import type { Production, TemplateField } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import type { ProductionProgress } from '../../session/createProgressTracker.ts';
import { sortProductions } from './sortProductions.ts';

const template: TemplateField[] = [{ id: 'a', title: 'A', hint: '', example: '', removedAt: null }];
const production = (id: string, number: number) => ({ id, number }) as unknown as Production;
const progressOf = (words: number, lastEditAt: number | null): ProductionProgress => ({
  content: {
    fields: words ? { a: { words, started: true, filled: words >= 12 } } : {},
    words,
    lastEditAt,
  },
  online: [],
  status: { connection: 'online', synced: true, loadedLocally: true, pending: 0, refusal: null },
});

const productions = [production('p3', 3), production('p1', 1), production('p2', 2), production('p4', 4)];
const progress = new Map([
  ['p1', progressOf(30, 500)],
  ['p2', progressOf(3, 100)],
  ['p3', progressOf(0, null)],
  ['p4', progressOf(5, 900)],
]);
const ids = (list: Production[]) => list.map((entry) => entry.id);

describe('sortProductions', () => {
  it('orders by group number', () => {
    expect(ids(sortProductions(productions, 'number', template, progress))).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('puts the groups furthest behind first: fewest fields filled, then fewest words', () => {
    expect(ids(sortProductions(productions, 'behind', template, progress))).toEqual(['p3', 'p2', 'p4', 'p1']);
  });

  it('puts the quietest first: never edited, then the oldest last edit', () => {
    expect(ids(sortProductions(productions, 'quiet', template, progress))).toEqual(['p3', 'p2', 'p1', 'p4']);
  });
});
