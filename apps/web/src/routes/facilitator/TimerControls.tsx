import { LIMITS, type SessionStore, type Timer, timerRemaining } from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../../components/formatCountdown.ts';

const PRESET_MINUTES = [10, 20, 30, 45, 60] as const;

interface TimerControlsProps {
  /** 'room' or a production id. */
  scope: string;
  timer: Timer | undefined;
  /** Server time now (ticking). */
  now: number;
  store: SessionStore;
  run: (command: () => void) => boolean;
  /** Names the timer for screen readers ("Room timer", "Timer of group 3"). */
  label: string;
  compact?: boolean;
}

/** Starts a countdown from a preset or a number of minutes; shows it big; extends, pauses, resumes, stops it. */
export function TimerControls({ scope, timer, now, store, run, label, compact = false }: TimerControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [custom, setCustom] = useState('');
  const start = (minutes: number) => run(() => store.commands.startTimer(scope, minutes * 60_000));
  const startCustom = (event: FormEvent) => {
    event.preventDefault();
    const minutes = Number(custom.replace(',', '.'));
    if (start(minutes)) setCustom('');
  };

  if (!timer) {
    return (
      <fieldset className={compact ? 'timer timer-compact' : 'timer'}>
        <legend className="visually-hidden">{label}</legend>
        <div className="button-row timer-presets">
          {PRESET_MINUTES.map((minutes) => (
            <button
              key={minutes}
              type="button"
              className="secondary"
              onClick={() => start(minutes)}
              aria-label={t('create.startMinutes', { count: minutes })}
            >
              {t('create.minutesShort', { count: minutes })}
            </button>
          ))}
        </div>
        <form className="inline-field timer-custom" onSubmit={startCustom}>
          <label htmlFor={`${id}-minutes`} className="visually-hidden">
            {t('create.customMinutes')}
          </label>
          <input
            id={`${id}-minutes`}
            inputMode="decimal"
            value={custom}
            placeholder={t('create.customMinutes')}
            onChange={(event) => setCustom(event.target.value)}
            aria-describedby={`${id}-minutes-help`}
          />
          <button type="submit" className="secondary" disabled={custom.trim() === ''}>
            {t('create.startTimer')}
          </button>
          <span id={`${id}-minutes-help`} className="visually-hidden">
            {t('create.customMinutesHelp', { max: LIMITS.timerMaxMinutes })}
          </span>
        </form>
      </fieldset>
    );
  }

  const left = timerRemaining(timer, now) ?? 0;
  const ended = left <= 0;
  return (
    <fieldset className={compact ? 'timer timer-compact' : 'timer'}>
      <legend className="visually-hidden">{label}</legend>
      <p
        className={
          ended ? 'countdown countdown-ended' : timer.running ? 'countdown' : 'countdown countdown-paused'
        }
        data-testid={`countdown-${scope === 'room' ? 'room' : 'group'}`}
      >
        <span className="countdown-time">{formatCountdown(left)}</span>
        <span className="countdown-state">
          {ended ? t('create.timeUp') : timer.running ? t('create.running') : t('create.paused')}
        </span>
      </p>
      <div className="button-row timer-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => run(() => store.commands.extendTimer(scope, 60_000))}
        >
          {t('create.extendOne')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => run(() => store.commands.extendTimer(scope, 300_000))}
        >
          {t('create.extendFive')}
        </button>
        {timer.running ? (
          <button
            type="button"
            className="secondary"
            onClick={() => run(() => store.commands.pauseTimer(scope))}
          >
            {t('create.pause')}
          </button>
        ) : (
          <button type="button" onClick={() => run(() => store.commands.resumeTimer(scope))} disabled={ended}>
            {t('create.resume')}
          </button>
        )}
        <button type="button" className="danger" onClick={() => run(() => store.commands.stopTimer(scope))}>
          {t('create.stop')}
        </button>
      </div>
    </fieldset>
  );
}
