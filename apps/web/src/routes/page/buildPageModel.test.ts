import {
  asParticipantId,
  type FieldBlock,
  type PageState,
  type Production,
  type ProductionPage,
  selectPageProductions,
} from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../participant/sampleSnapshot.ts';
import { buildPageMarkdown } from './buildPageMarkdown.ts';
import { buildPageModel, type PageLabels } from './buildPageModel.ts';

const ana = asParticipantId('p-ana');
const ben = asParticipantId('p-ben');
const cy = asParticipantId('p-cy');

const production = (id: string, number: number, members: Production['members']): Production => ({
  id,
  number,
  name: '',
  place: '',
  label: ['meetings', 'agenda'],
  groupingKind: 'thematic',
  groupId: `g-${id}`,
  members,
  formerMembers: [],
  roles: { leader: members[0] ?? null, appMaster: null, timeMaster: null },
  seed: null,
  createdAt: 1,
  retired: false,
});

const paragraph = (text: string): FieldBlock => ({
  kind: 'paragraph',
  runs: [{ kind: 'text', text, bold: false, italic: false, href: null }],
});

const snapshot = {
  ...sampleSnapshot,
  title: 'Better meetings',
  roster: [
    { participantId: ana, name: 'Ana', ownName: 'Ana', joinedAt: 1, profile: {} },
    { participantId: ben, name: 'Ben', ownName: 'Ben', joinedAt: 2, profile: {} },
    { participantId: cy, name: 'Cy', ownName: 'Cy', joinedAt: 3, profile: {} },
  ],
  template: [
    { id: 'problem', title: 'Problem', hint: '', example: '', removedAt: null },
    { id: 'old', title: 'Old field', hint: '', example: '', removedAt: 5 },
    { id: 'idea', title: 'Idea', hint: '', example: '', removedAt: null },
    { id: 'empty-removed', title: 'Gone', hint: '', example: '', removedAt: 6 },
  ],
  productions: [production('one', 1, [ana, ben]), production('two', 2, [cy])],
};
const state: PageState = {
  createdAt: Date.UTC(2026, 11, 2),
  settings: { order: ['two'], hidden: { two: true } },
  contributionOptOut: [ben],
};

const pages: Record<string, ProductionPage> = {
  one: {
    fields: {
      fromAnswers: [paragraph('“quote” — Ana')],
      problem: [
        {
          kind: 'paragraph',
          runs: [
            { kind: 'text', text: 'Too *long* ', bold: false, italic: false, href: null },
            { kind: 'text', text: 'always', bold: true, italic: false, href: 'https://example.org' },
            { kind: 'break' },
            { kind: 'text', text: 'evil', bold: false, italic: false, href: 'javascript:alert(1)' },
          ],
        },
        {
          kind: 'list',
          ordered: false,
          items: [
            {
              blocks: [
                paragraph('a'),
                { kind: 'list', ordered: true, items: [{ blocks: [paragraph('b')] }] },
              ],
            },
          ],
        },
      ],
      old: [paragraph('kept words')],
    },
    words: { byParticipant: { [ana]: 5, [ben]: 3 }, unattributed: 4 },
  },
};

const labels: PageLabels = {
  groupNumber: (number) => `Group ${number}`,
  role: (role) => role,
  fromAnswers: 'From our answers',
  anonymous: 'someone',
  otherMembers: (count) => (count === 1 ? 'another member' : `${count} other members`),
};

const build = (includeHidden: boolean) =>
  buildPageModel(
    snapshot,
    state,
    selectPageProductions(snapshot, state.settings, { includeHidden }),
    (id) => pages[id] ?? null,
    labels,
  );

describe('buildPageModel', () => {
  it('lists fields in the template order, "from our answers" first and removed fields with text last', () => {
    const [one] = build(false).productions;
    expect(one?.title).toBe('Group 1');
    expect(one?.label).toBe('meetings, agenda');
    expect(one?.members).toEqual([
      { name: 'Ana', role: 'leader' },
      { name: 'Ben', role: null },
    ]);
    expect(one?.fields.map((field) => [field.title, field.blocks.length > 0, field.removed])).toEqual([
      ['From our answers', true, false],
      ['Problem', true, false],
      ['Idea', false, false],
      ['Old field', true, true],
    ]);
  });

  it('counts words per member and names nobody who opted out; holds no participant id', () => {
    const model = build(false);
    expect(model.productions[0]?.contributions.map((entry) => [entry.name, entry.words])).toEqual([
      ['Ana', 5],
      ['another member', 3],
    ]);
    expect(JSON.stringify(model)).not.toMatch(/p-(ana|ben|cy)/);
  });

  it('shows the facilitator hidden productions, marked and in their order; others do not see them', () => {
    expect(build(false).productions.map((entry) => entry.id)).toEqual(['one']);
    expect(build(true).productions.map((entry) => [entry.id, entry.hidden])).toEqual([
      ['two', true],
      ['one', false],
    ]);
  });
});

describe('buildPageMarkdown', () => {
  it('writes one file with a heading per production, formatting kept, unsafe links and markup left as text', () => {
    const markdown = buildPageMarkdown(
      build(false),
      {
        createdOn: (date) => `Session of ${date}`,
        question: 'Question',
        members: 'Members',
        removedField: 'removed',
        contributions: 'Who wrote how much',
        contributionLine: (name, words) => `${name}: ${words}`,
      },
      () => '2 December 2026',
    );
    expect(markdown).toBe(
      [
        '# Better meetings',
        '',
        'Session of 2 December 2026',
        '',
        '## Group 1',
        '',
        '*meetings, agenda*',
        '',
        '**Members:** Ana (leader), Ben',
        '',
        '### From our answers',
        '',
        '“quote” — Ana',
        '',
        '### Problem',
        '',
        'Too \\*long\\* [**always**](<https://example.org>)  ',
        'evil',
        '',
        '- a',
        '  1. b',
        '',
        '### Old field (removed)',
        '',
        'kept words',
        '',
        '**Who wrote how much:** Ana: 5; another member: 3',
        '',
      ].join('\n'),
    );
  });
});
