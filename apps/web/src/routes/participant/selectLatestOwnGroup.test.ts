import type { SessionSnapshot } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot as base, me, other, publishedGrouping as published } from './sampleSnapshot.ts';
import { selectLatestOwnGroup } from './selectLatestOwnGroup.ts';

describe('selectLatestOwnGroup', () => {
  it('is null before any grouping holding the participant is published', () => {
    expect(selectLatestOwnGroup(base, me)).toBeNull();
    const elsewhere = { diverse: published('diverse', 5, [other]), thematic: null };
    expect(selectLatestOwnGroup({ ...base, groupings: elsewhere }, me)).toBeNull();
  });

  it('keeps the Mix group at Share, numbered as published, and prefers the grouping published last', () => {
    const mixOnly: SessionSnapshot = {
      ...base,
      phase: 'share' as const,
      groupings: { diverse: published('diverse', 5), thematic: null },
    };
    expect(selectLatestOwnGroup(mixOnly, me)).toMatchObject({ kind: 'diverse', group: { number: 2 } });
    const both = { diverse: published('diverse', 5), thematic: published('thematic', 9) };
    expect(selectLatestOwnGroup({ ...base, groupings: both }, me)?.kind).toBe('thematic');
    const mixAgain = { diverse: published('diverse', 12), thematic: published('thematic', 9) };
    expect(selectLatestOwnGroup({ ...base, groupings: mixAgain }, me)?.kind).toBe('diverse');
  });
});
