import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterNextPaint.ts';

/** A page's animation frames, run by hand: `frame()` draws one. */
function frames() {
  const requested: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => requested.push(callback));
  return {
    requested,
    frame: () => {
      for (const callback of requested.splice(0)) callback(performance.now());
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs the callbacks of one frame in one task after it, in order, with one frame request and one timer', () => {
    vi.useFakeTimers();
    const { requested, frame } = frames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('send'));
    afterNextPaint(() => ran.push('save state'));
    afterNextPaint(() => ran.push('toolbar'));
    expect(requested).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    frame();
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['send', 'save state', 'toolbar']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a callback scheduled while a frame is drawn waits for the next frame', () => {
    vi.useFakeTimers();
    const { requested, frame } = frames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('first'));
    frame();
    afterNextPaint(() => ran.push('typed during the frame'));
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['first']);
    expect(requested).toHaveLength(1);
    frame();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['first', 'typed during the frame']);
  });

  it('runs after the earliest fallback where no frame comes (a hidden tab), and only once', () => {
    vi.useFakeTimers();
    const { frame } = frames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('slow'), 500);
    afterNextPaint(() => ran.push('quick'), 50);
    vi.advanceTimersByTime(49);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['slow', 'quick']);
    frame();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['slow', 'quick']);
  });

  it('a failing callback does not keep the others of its frame from running', () => {
    vi.useFakeTimers();
    const { frame } = frames();
    const ran: string[] = [];
    const reported = vi.fn();
    vi.stubGlobal('queueMicrotask', (task: () => void) => {
      try {
        task();
      } catch (error) {
        reported(error);
      }
    });
    afterNextPaint(() => {
      throw new Error('broken listener');
    });
    afterNextPaint(() => ran.push('still runs'));
    frame();
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['still runs']);
    expect(reported).toHaveBeenCalledWith(new Error('broken listener'));
  });
});
