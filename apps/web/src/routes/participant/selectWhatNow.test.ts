import {
  asQuestionId,
  asWarmupItemId,
  getProfileFieldPresets,
  type SessionSnapshot,
} from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot as base, me, other, publishedGrouping as published } from './sampleSnapshot.ts';
import { selectWhatNow } from './selectWhatNow.ts';

const question = asQuestionId('q1');

const withQuestion = (patch: Partial<SessionSnapshot>): SessionSnapshot => ({
  ...base,
  phase: 'share',
  questions: [{ id: question, text: 'Why?', createdAt: 1, version: 1, previousTexts: [] }],
  activeQuestionId: question,
  ...patch,
});

describe('selectWhatNow', () => {
  it('tells a participant in warm-up to wait for items, then to look at them', () => {
    expect(selectWhatNow(base, me)).toBe('warmupEmpty');
    const items = [{ id: asWarmupItemId('w1'), title: 'Video', url: '', note: '' }];
    expect(selectWhatNow({ ...base, warmup: items }, me)).toBe('warmupItems');
  });

  it('says nothing in Mix while the profile is still to fill, then waits for the group, then points to it', () => {
    const field = getProfileFieldPresets('en')[0];
    if (!field) throw new Error('no preset');
    const mix: SessionSnapshot = { ...base, phase: 'mix', profileFields: [field] };
    expect(selectWhatNow(mix, me)).toBeNull();
    const filled: SessionSnapshot = {
      ...mix,
      roster: [{ participantId: me, name: 'Me', ownName: 'Me', joinedAt: 1, profile: { [field.id]: 'x' } }],
    };
    expect(selectWhatNow(filled, me)).toBe('mixWaiting');
    expect(selectWhatNow({ ...mix, profileFields: [] }, me)).toBe('mixWaiting');
    expect(
      selectWhatNow({ ...filled, groupings: { diverse: published('diverse', 5), thematic: null } }, me),
    ).toBe('mixGrouped');
  });

  it('waits for the question in Share, says nothing while the answer is to write, then points to the others', () => {
    expect(selectWhatNow({ ...base, phase: 'share' }, me)).toBe('shareWaiting');
    expect(selectWhatNow(withQuestion({}), me)).toBeNull();
    const answer = {
      questionId: question,
      participantId: me,
      authorName: 'Me',
      text: 'Because',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
      questionVersion: 1,
      hidden: false,
    };
    expect(selectWhatNow(withQuestion({ answers: [answer] }), me)).toBe('shareAnswered');
    expect(selectWhatNow(withQuestion({ answers: [{ ...answer, participantId: other }] }), me)).toBeNull();
  });

  it('waits for thematic groups in Match even when a Mix group is published', () => {
    const match: SessionSnapshot = {
      ...base,
      phase: 'match',
      groupings: { diverse: published('diverse', 5), thematic: null },
    };
    expect(selectWhatNow(match, me)).toBe('matchWaiting');
    expect(
      selectWhatNow({ ...match, groupings: { diverse: null, thematic: published('thematic', 9) } }, me),
    ).toBe('matchGrouped');
  });

  it('waits for a production in Create, then lets the production speak', () => {
    const create: SessionSnapshot = { ...base, phase: 'create' };
    expect(selectWhatNow(create, me)).toBe('createWaiting');
    const production = {
      id: 'prod-1',
      number: 1,
      name: '',
      place: '',
      label: [],
      groupingKind: 'thematic' as const,
      groupId: 'g1',
      members: [me, other],
      formerMembers: [],
      roles: { leader: me, appMaster: other, timeMaster: null },
      seed: null,
      createdAt: 1,
      retired: false,
    };
    expect(selectWhatNow({ ...create, productions: [production] }, me)).toBeNull();
    expect(selectWhatNow({ ...create, productions: [{ ...production, retired: true }] }, me)).toBe(
      'createWaiting',
    );
  });

  it('leaves the closing screen its own words', () => {
    expect(selectWhatNow({ ...base, phase: 'end' }, me)).toBeNull();
  });
});
