import {
  asCommentId,
  asParticipantId,
  type Comment,
  type FeedbackState,
  type Production,
  type SessionSnapshot,
} from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { me, other, sampleSnapshot } from '../participant/sampleSnapshot.ts';
import { buildFeedbackCsv, type FeedbackCsvWords } from './buildFeedbackCsv.ts';

const production: Production = {
  id: 'prod-1',
  number: 2,
  name: 'Bikes',
  place: '',
  label: [],
  groupingKind: 'thematic',
  groupId: 'g',
  members: [me, other],
  formerMembers: [],
  roles: { leader: null, appMaster: null, timeMaster: null },
  seed: null,
  createdAt: 1,
  retired: false,
};

const comment = (patch: Partial<Comment> & Pick<Comment, 'id' | 'text'>): Comment => ({
  productionId: production.id,
  authorId: me,
  authorName: 'Me',
  replyTo: null,
  createdAt: Date.UTC(2026, 11, 2, 10),
  editedAt: null,
  deleted: false,
  hiddenAt: null,
  ...patch,
});

const snapshot: SessionSnapshot = { ...sampleSnapshot, productions: [production] };

const feedback: FeedbackState = {
  closed: false,
  byProduction: {
    [production.id]: {
      comments: [
        comment({ id: asCommentId('c1'), text: 'Great, "really", thanks\nfor this' }),
        comment({
          id: asCommentId('c2'),
          text: '=HYPERLINK("http://evil")',
          authorId: other,
          authorName: 'Other',
          replyTo: asCommentId('c1'),
          createdAt: Date.UTC(2026, 11, 2, 11),
        }),
        comment({ id: asCommentId('c3'), text: 'Rude', hiddenAt: 5, createdAt: Date.UTC(2026, 11, 2, 12) }),
        comment({ id: asCommentId('c4'), text: '', deleted: true, createdAt: Date.UTC(2026, 11, 2, 13) }),
      ],
      reactions: { learned: [me, other], clear: [], moreplease: [asParticipantId('p-gone')] },
    },
  },
};

const words: FeedbackCsvWords = {
  headers: {
    production: 'Production',
    type: 'Type',
    author: 'Author',
    text: 'Text',
    count: 'Count',
    comment: 'Comment id',
    replyTo: 'Reply to',
    createdAt: 'Written at',
    editedAt: 'Edited at',
    hidden: 'Hidden',
  },
  types: { comment: 'comment', reply: 'reply', reaction: 'reaction' },
  reactions: { learned: 'Learned something', clear: 'Clear', moreplease: 'Want to know more' },
  yes: 'yes',
  formerParticipant: 'a former participant',
  productionTitle: (entry) => `Group ${entry.number} · ${entry.name}`,
};

describe('buildFeedbackCsv', () => {
  it('writes reaction counts and comments per production, quoted, with no participant id', () => {
    const csv = buildFeedbackCsv(snapshot, feedback, words, { includeHidden: false });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Production,Type,Author,Text,Count,Comment id,Reply to,Written at,Edited at,Hidden',
      'Group 2 · Bikes,reaction,,Learned something,2,,,,,',
      'Group 2 · Bikes,reaction,,Clear,0,,,,,',
      'Group 2 · Bikes,reaction,,Want to know more,1,,,,,',
      'Group 2 · Bikes,comment,Me,"Great, ""really"", thanks\nfor this",,c1,,2026-12-02T10:00:00.000Z,,',
      'Group 2 · Bikes,reply,Other,"\'=HYPERLINK(""http://evil"")",,c2,c1,2026-12-02T11:00:00.000Z,,',
      '',
    ]);
    for (const participantId of [me, other, 'p-gone']) expect(csv).not.toContain(participantId);
  });

  it('includes hidden comments, marked, only in the facilitator’s export; never deleted ones', () => {
    const csv = buildFeedbackCsv(snapshot, feedback, words, { includeHidden: true });
    expect(csv).toContain('Group 2 · Bikes,comment,Me,Rude,,c3,,2026-12-02T12:00:00.000Z,,yes');
    expect(csv).not.toContain('c4');
  });
});
