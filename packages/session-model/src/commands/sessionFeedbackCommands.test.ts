import { SESSION_FEEDBACK } from '@peerloom/protocol';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSessionFeedbackCommands } from '../openSessionFeedbackCommands.ts';
import { readAnonymousAnswers } from '../schema/readAnonymousAnswers.ts';
import { readSessionFeedbackForm } from '../schema/readSessionFeedbackForm.ts';
import { selectSessionFeedbackResults } from '../selectSessionFeedbackResults.ts';
import { createTestSession, refusalOf } from '../test/createTestSession.ts';

function setUp() {
  const session = createTestSession();
  const commands = (actor: typeof session.facilitator.actor) =>
    openSessionFeedbackCommands({ control: session.control, room: session.room, actor, now: () => 5 });
  return {
    ...session,
    moderator: commands(session.facilitator.actor),
    person: commands(session.participant('p1', 'Ada').actor),
    form: () => readSessionFeedbackForm(session.control),
  };
}

/** A feedback document as the relay writes it. */
function released(
  entries: Record<string, { formId: string; batch: number; rating: number | null; text: string }>,
) {
  const doc = new Y.Doc();
  const map = doc.getMap(SESSION_FEEDBACK.entriesMap);
  for (const [id, entry] of Object.entries(entries)) map.set(id, entry);
  return doc;
}

describe('the anonymous feedback form', () => {
  it('is closed and has no id until the facilitator opens it; its wording is set per language', () => {
    const { moderator, form } = setUp();
    expect(form()).toMatchObject({ formId: null, open: false, shared: false });
    moderator.setFeedbackWording('fr', {
      rating: ' Votre note ? ',
      question: 'Qu’est-ce qui vous a marqué ?',
    });
    const formId = moderator.openFeedbackForm();
    expect(form()).toMatchObject({ formId, open: true, shared: false });
    expect(form().ratingQuestion).toEqual({ en: '', fr: 'Votre note ?' });
    expect(form().openQuestion.fr).toBe('Qu’est-ce qui vous a marqué ?');
    moderator.closeFeedbackForm();
    expect(moderator.openFeedbackForm()).toBe(formId);
    const next = moderator.startNewFeedbackForm();
    expect(next).not.toBe(formId);
    expect(form()).toMatchObject({ formId: next, open: true });
  });

  it('is the facilitator’s alone, and refuses wording over the limit', () => {
    const { person, moderator } = setUp();
    expect(refusalOf(() => person.openFeedbackForm())).toBe('not_allowed');
    expect(refusalOf(() => person.shareFeedbackResults(true))).toBe('not_allowed');
    expect(refusalOf(() => person.hideFeedbackText('e1'))).toBe('not_allowed');
    expect(
      refusalOf(() => moderator.setFeedbackWording('en', { rating: 'x'.repeat(301), question: '' })),
    ).toBe('question_too_long');
  });

  it('counts only the current form’s answers, with the hidden texts apart', () => {
    const { moderator, form } = setUp();
    const formId = moderator.openFeedbackForm();
    const doc = released({
      a: { formId, batch: 1, rating: 5, text: 'Loved the groups' },
      b: { formId, batch: 1, rating: 4, text: '' },
      c: { formId, batch: 1, rating: null, text: 'rude words' },
      d: { formId, batch: 2, rating: 2, text: 'Too long' },
      old: { formId: 'earlier', batch: 1, rating: 1, text: 'Earlier form' },
    });
    moderator.hideFeedbackText('c');
    const results = selectSessionFeedbackResults(readAnonymousAnswers(doc), form());
    expect(results.histogram).toEqual([0, 1, 0, 1, 1]);
    expect(results.average).toBeCloseTo(11 / 3);
    expect(results.texts.map((answer) => answer.text).sort()).toEqual(['Loved the groups', 'Too long']);
    expect(results.hiddenTexts.map((answer) => answer.id)).toEqual(['c']);
    expect(results.batches).toBe(2);
    moderator.showFeedbackText('c');
    expect(selectSessionFeedbackResults(readAnonymousAnswers(doc), form()).hiddenTexts).toEqual([]);
    moderator.shareFeedbackResults(true);
    expect(form().shared).toBe(true);
    // A new form starts unshared, with nothing hidden and nothing counted.
    moderator.hideFeedbackText('a');
    moderator.startNewFeedbackForm();
    expect(form().shared).toBe(false);
    expect(form().hidden.size).toBe(0);
    expect(selectSessionFeedbackResults(readAnonymousAnswers(doc), form()).answers).toEqual([]);
  });
});
