import type { Production, TemplateField } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import type { ProductionProgress } from './createProgressTracker.ts';
import { summarizeRoom } from './summarizeRoom.ts';

const template: TemplateField[] = [
  { id: 'a', title: 'A', hint: '', example: '', removedAt: null },
  { id: 'b', title: 'B', hint: '', example: '', removedAt: null },
];

const production = (id: string, members: string[], retired = false) =>
  ({ id, members, retired }) as unknown as Production;

const progressOf = (online: string[], a: number, b: number): ProductionProgress => ({
  content: {
    fields: {
      ...(a ? { a: { words: a, started: true, filled: a >= 12 } } : {}),
      ...(b ? { b: { words: b, started: true, filled: b >= 12 } } : {}),
    },
    words: a + b,
    lastEditAt: null,
  },
  online,
  status: { connection: 'online', synced: true, loadedLocally: true, pending: 0, refusal: null },
});

describe('summarizeRoom', () => {
  it('adds up active groups only: members online, words and fields filled', () => {
    const summary = summarizeRoom(
      [production('p1', ['x', 'y']), production('p2', ['z']), production('old', ['x'], true)],
      template,
      new Map([
        ['p1', progressOf(['x', 'stranger'], 20, 3)],
        ['p2', progressOf([], 0, 0)],
        ['old', progressOf(['x'], 100, 100)],
      ]),
    );
    expect(summary).toEqual({ groups: 2, members: 3, online: 1, words: 23, filled: 1, fields: 4 });
  });
});
