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
      className={`countdown countdown-${state}${pulse ? ' countdown-pulse' : ''}`}
      data-testid={testId}
      data-remaining-ms={Math.round(remaining)}
    >
      <span className="countdown-label">{label}</span>
      <span className="countdown-time" role="timer" aria-label={`${label}: ${formatCountdown(remaining)}`}>
        {formatCountdown(remaining)}
      </span>
      {!timer.running && remaining > 0 ? (
        <span className="countdown-note">{t('production.timerPaused')}</span>
      ) : null}
      {remaining <= 0 ? <span className="countdown-note">{t('production.timeUp')}</span> : null}
      <span className="visually-hidden" aria-live="polite">
        {pulse === 'minute' ? t('production.oneMinuteLeft') : pulse === 'zero' ? t('production.timeUp') : ''}
      </span>
    </div>
  );
}
