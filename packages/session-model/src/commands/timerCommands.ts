import { CommandError } from '../schema/CommandError.ts';
import { creationLayout, type StoredTimer } from '../schema/creationLayout.ts';
import { LIMITS } from '../schema/limits.ts';
import { type CommandContext, requireFacilitator, runCommand } from './CommandContext.ts';

/** `room` for the whole room's countdown, or a production id for one group's. */
export type TimerScope = string;

const MAX_MS = LIMITS.timerMaxMinutes * 60_000;

function checkDuration(durationMs: number): number {
  if (!Number.isFinite(durationMs) || durationMs <= 0 || durationMs > MAX_MS)
    throw new CommandError('timer_invalid');
  return Math.round(durationMs);
}

/**
 * Countdowns in server time: the store's `now` must be the relay's clock (the app passes its server clock),
 * so that every device, whatever its own clock says, shows the same time left.
 */
export function createTimerCommands(context: CommandContext) {
  const timers = () => creationLayout.timers(context.control);
  const scopeExists = (scope: TimerScope) =>
    scope === 'room' || creationLayout.productions(context.control).has(scope);
  const current = (scope: TimerScope): StoredTimer => {
    const timer = timers().get(scope);
    if (!timer) throw new CommandError('not_found');
    return timer;
  };

  return {
    startTimer(scope: TimerScope, durationMs: number): void {
      requireFacilitator(context);
      const duration = checkDuration(durationMs);
      if (!scopeExists(scope)) throw new CommandError('not_found');
      runCommand(context, context.control, 'startTimer', () => {
        const now = context.now();
        timers().set(scope, {
          durationMs: duration,
          endsAt: now + duration,
          remainingMs: null,
          startedAt: now,
        });
      });
    },

    /** Adds time (or takes it away with a negative amount, never below zero), running or paused. */
    extendTimer(scope: TimerScope, byMs: number): void {
      requireFacilitator(context);
      if (!Number.isFinite(byMs) || Math.abs(byMs) > MAX_MS) throw new CommandError('timer_invalid');
      runCommand(context, context.control, 'extendTimer', () => {
        const timer = current(scope);
        const now = context.now();
        const left = timer.endsAt !== null ? timer.endsAt - now : (timer.remainingMs ?? 0);
        const next = Math.min(MAX_MS, Math.max(0, left + byMs));
        timers().set(scope, {
          ...timer,
          durationMs: Math.max(1, timer.durationMs + byMs),
          ...(timer.endsAt !== null ? { endsAt: now + next } : { remainingMs: next }),
        });
      });
    },

    pauseTimer(scope: TimerScope): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'pauseTimer', () => {
        const timer = current(scope);
        if (timer.endsAt === null) return;
        timers().set(scope, {
          ...timer,
          endsAt: null,
          remainingMs: Math.max(0, timer.endsAt - context.now()),
        });
      });
    },

    resumeTimer(scope: TimerScope): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'resumeTimer', () => {
        const timer = current(scope);
        if (timer.endsAt !== null) return;
        timers().set(scope, {
          ...timer,
          endsAt: context.now() + (timer.remainingMs ?? 0),
          remainingMs: null,
        });
      });
    },

    stopTimer(scope: TimerScope): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'stopTimer', () => {
        timers().delete(scope);
      });
    },
  };
}
