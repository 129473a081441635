import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/relayApi.ts';
import { createFeedbackOutbox, type OutboxEntry } from './createFeedbackOutbox.ts';

/** An outbox on a device whose storage is a variable, whose network answers as told, and whose timers wait for us. */
function device(stored?: OutboxEntry) {
  const saved: { entry: OutboxEntry | undefined } = { entry: stored };
  const answers: (() => Promise<unknown>)[] = [];
  const posted: unknown[] = [];
  const timers: { ms: number; run: () => void }[] = [];
  const online = new Set<() => void>();
  const outbox = createFeedbackOutbox({
    formId: 'f1',
    load: async () => saved.entry,
    save: async (entry) => {
      saved.entry = entry;
    },
    post: (answer) => {
      posted.push(answer);
      return (answers.shift() ?? (() => Promise.reject(new ApiError('network', 0))))();
    },
    schedule: (run, ms) => {
      const timer = { ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    onOnline: (listener) => {
      online.add(listener);
      return () => online.delete(listener);
    },
    random: () => 1,
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { outbox, saved, answers, posted, timers, online, settle };
}

describe('createFeedbackOutbox', () => {
  it('keeps an answer made offline on the device, retries with a growing delay, and sends it when online', async () => {
    const phone = device();
    await phone.outbox.ready;
    expect(phone.outbox.getState()).toEqual({ kind: 'empty' });
    await phone.outbox.submit({ rating: 4, text: 'Good pace' });
    expect(phone.saved.entry).toEqual({ state: 'waiting', rating: 4, text: 'Good pace' });
    expect(phone.outbox.getState()).toMatchObject({ kind: 'waiting', attempts: 1 });
    expect(phone.timers.map((timer) => timer.ms)).toEqual([1_000]);
    phone.timers[0]?.run();
    await phone.settle();
    expect(phone.timers.map((timer) => timer.ms)).toEqual([2_000]);

    phone.answers.push(() => Promise.resolve({ accepted: true }));
    for (const listener of phone.online) listener();
    await phone.settle();
    expect(phone.outbox.getState()).toEqual({ kind: 'sent' });
    // Once sent, the device keeps only that it was sent: not the rating, not the text.
    expect(phone.saved.entry).toEqual({ state: 'sent', rating: null, text: '' });
    expect(phone.timers).toEqual([]);
    expect(phone.posted).toHaveLength(3);
  });

  it('sends a waiting answer found on the device after a reload', async () => {
    const phone = device({ state: 'waiting', rating: null, text: 'Written offline' });
    phone.answers.push(() => Promise.resolve({ accepted: true }));
    await phone.outbox.ready;
    await phone.settle();
    expect(phone.posted).toEqual([{ formId: 'f1', rating: null, text: 'Written offline' }]);
    expect(phone.outbox.getState()).toEqual({ kind: 'sent' });
  });

  it('counts "already answered" as sent and stops at a refusal for good, keeping the answer to show', async () => {
    const again = device({ state: 'waiting', rating: 2, text: '' });
    again.answers.push(() => Promise.reject(new ApiError('already_sent', 409)));
    await again.outbox.ready;
    await again.settle();
    expect(again.outbox.getState()).toEqual({ kind: 'sent' });

    const closed = device();
    await closed.outbox.ready;
    closed.answers.push(() => Promise.reject(new ApiError('form_closed', 409)));
    await closed.outbox.submit({ rating: 5, text: 'Late' });
    expect(closed.outbox.getState()).toEqual({
      kind: 'refused',
      code: 'form_closed',
      rating: 5,
      text: 'Late',
    });
    expect(closed.timers).toEqual([]);
  });

  it('never waits longer than 30 s between tries', async () => {
    const phone = device();
    await phone.outbox.ready;
    await phone.outbox.submit({ rating: 1, text: '' });
    for (let index = 0; index < 8; index++) {
      phone.timers[0]?.run();
      await phone.settle();
    }
    expect(phone.timers.map((timer) => timer.ms)).toEqual([30_000]);
  });
});
