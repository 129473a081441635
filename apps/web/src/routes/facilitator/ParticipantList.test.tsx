// @vitest-environment happy-dom
import {
  type Answer,
  asParticipantId,
  asQuestionId,
  type SessionSnapshot,
  type SessionStore,
} from '@peerloom/session-model';
import i18next from 'i18next';
import { act, Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../participant/sampleSnapshot.ts';
import { ParticipantList } from './ParticipantList.tsx';

const question = asQuestionId('q-1');
const answer = (participantId: string, text: string): Answer =>
  Object.freeze({
    questionId: question,
    participantId: asParticipantId(participantId),
    authorName: participantId,
    text,
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    questionVersion: 1,
    hidden: false,
  });

/** A store whose snapshots the test sets, sharing what did not change as the session model's store does. */
function storeOf(first: SessionSnapshot) {
  let current = first;
  const listeners = new Set<() => void>();
  const store = {
    getSnapshot: () => current,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commands: {},
  } as unknown as SessionStore;
  const update = (change: Partial<SessionSnapshot>) =>
    act(() => {
      current = Object.freeze({ ...current, ...change });
      for (const listener of listeners) listener();
    });
  return { store, update, current: () => current };
}

beforeAll(async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  await i18next
    .use(initReactI18next)
    .init({ lng: 'en', resources: { en: { translation: {} } }, showSupportNotice: false });
});
let unmount = () => {};
afterEach(() => unmount());

describe("the facilitator's list of people", () => {
  it('renders again when who is on the roster or who answered changes, not when an answer is edited', async () => {
    const ada = answer('p-me', 'First thoughts');
    const { store, update, current } = storeOf({
      ...sampleSnapshot,
      phase: 'share',
      activeQuestionId: question,
      answers: [ada],
    });
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    unmount = () => act(() => root.unmount());
    let renders = 0;
    await act(() =>
      root.render(
        <Profiler id="people" onRender={() => renders++}>
          <ParticipantList store={store} online={new Set()} />
        </Profiler>,
      ),
    );
    const answeredBadges = () =>
      [...container.querySelectorAll('[data-testid="person-row"]')].filter((row) =>
        row.textContent?.includes('people.answered'),
      ).length;
    expect(container.querySelectorAll('[data-testid="person-row"]')).toHaveLength(2);
    expect(answeredBadges()).toBe(1);
    const afterFirst = renders;

    await update({ answers: [answer('p-me', 'First thoughts, edited')] });
    await update({ answers: [answer('p-me', 'First thoughts, edited twice')] });
    expect(current().answers[0]?.text).toBe('First thoughts, edited twice');
    expect(renders, 'an edited answer renders the list again').toBe(afterFirst);

    await update({ answers: [...current().answers, answer('p-other', 'Me too')] });
    expect(renders).toBeGreaterThan(afterFirst);
    expect(answeredBadges()).toBe(2);

    const afterAnswer = renders;
    const newcomer = {
      participantId: asParticipantId('p-new'),
      name: 'Newcomer',
      ownName: 'Newcomer',
      joinedAt: 3,
    };
    await update({ roster: [...current().roster, Object.freeze({ ...newcomer, profile: {} })] });
    expect(renders).toBeGreaterThan(afterAnswer);
    expect(container.textContent).toContain('Newcomer');
  });
});
