import type { ProductionContent, TemplateField } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { summarizeProgress } from './summarizeProgress.ts';

const field = (id: string, removedAt: number | null = null): TemplateField => ({
  id,
  title: `Field ${id}`,
  hint: '',
  example: '',
  removedAt,
});

const content: ProductionContent = {
  fields: {
    a: { words: 30, started: true, filled: true },
    b: { words: 4, started: true, filled: false },
    gone: { words: 7, started: true, filled: false },
    fromAnswers: { words: 50, started: true, filled: true },
  },
  words: 91,
  lastEditAt: 1,
};

describe('summarizeProgress', () => {
  it('marks each current field empty, started or filled, in the template order', () => {
    const summary = summarizeProgress([field('b'), field('a'), field('c'), field('gone', 5)], content);
    expect(summary.fields.map((entry) => [entry.id, entry.state])).toEqual([
      ['b', 'started'],
      ['a', 'filled'],
      ['c', 'empty'],
    ]);
    expect(summary).toMatchObject({ started: 2, filled: 1, total: 3 });
  });

  it('counts the words of the current fields only, and those kept in removed fields apart', () => {
    const summary = summarizeProgress([field('a'), field('b'), field('gone', 5)], content);
    expect(summary.words).toBe(34);
    expect(summary.removedWords).toBe(7);
  });

  it('shows every field empty before the production’s document arrives', () => {
    const summary = summarizeProgress([field('a'), field('b')], undefined);
    expect(summary).toMatchObject({ started: 0, filled: 0, total: 2, words: 0, removedWords: 0 });
  });
});
