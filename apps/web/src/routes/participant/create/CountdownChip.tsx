import { type Timer, timerRemaining } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../../../components/formatCountdown.ts';
import { useCountdownSignal } from './useCountdownSignal.ts';
import './countdownChip.css';

interface CountdownChipProps {
  timer: Timer;
  /** What the countdown is for: "Room" or "Your group". */
  label: string;
  /** Server time now. */
  now: number;
  testId: string;
}

/** One countdown in server time, with a gentle signal (pulse, short vibration, soft tone) at one minute and at zero. */
export function CountdownChip({ timer, label, now, testId }: CountdownChipProps) {
  const { t } = useTranslation();
  const remaining = timerRemaining(timer, now) ?? 0;
  const pulse = useCountdownSignal(timer.running ? remaining : null);
  const state = remaining <= 0 ? 'done' : remaining <= 60_000 ? 'last-minute' : 'running';
  return (
    <div
      className={`countdown-chip countdown-chip-${state}${pulse ? ' countdown-chip-pulse' : ''}`}
      data-testid={testId}
      data-remaining-ms={Math.round(remaining)}
    >
      <span className="countdown-chip-label">{label}</span>
      <span
        className="countdown-chip-time"
        role="timer"
        aria-label={`${label}: ${formatCountdown(remaining)}`}
      >
        {formatCountdown(remaining)}
      </span>
      {!timer.running && remaining > 0 ? (
        <span className="countdown-chip-note">{t('production.timerPaused')}</span>
      ) : null}
      {remaining <= 0 ? <span className="countdown-chip-note">{t('production.timeUp')}</span> : null}
      <span className="visually-hidden" aria-live="polite">
        {pulse === 'minute' ? t('production.oneMinuteLeft') : pulse === 'zero' ? t('production.timeUp') : ''}
      </span>
    </div>
  );
}
