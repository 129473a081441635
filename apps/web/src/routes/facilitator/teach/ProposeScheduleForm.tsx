import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverNow } from '../../../session/serverClock.ts';

interface ProposeScheduleFormProps {
  groups: number;
  onPropose: (proposal: { rounds: number; roundMinutes: number; startsAt: number }) => void;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "HH:MM" five minutes from now, on this device's clock, rounded up to five minutes. */
function soon(): string {
  const at = new Date(Date.now() + 5 * 60_000);
  at.setMinutes(Math.ceil(at.getMinutes() / 5) * 5, 0, 0);
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Today's "HH:MM" on this device, as server time. */
function toServerTime(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  const at = new Date();
  at.setHours(hours ?? 0, minutes ?? 0, 0, 0);
  return at.getTime() + (serverNow() - Date.now());
}

/** Rounds, minutes per round and the first start: "Propose schedule" fills the rest. */
export function ProposeScheduleForm({ groups, onPropose }: ProposeScheduleFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [rounds, setRounds] = useState(String(Math.min(3, groups)));
  const [minutes, setMinutes] = useState('15');
  const [start, setStart] = useState(soon);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPropose({
      rounds: Number(rounds),
      roundMinutes: Number(minutes.replace(',', '.')),
      startsAt: toServerTime(start),
    });
  };
  return (
    <form className="propose-schedule" onSubmit={submit} data-testid="propose-schedule">
      <h3>{t('teachFacilitator.proposeTitle')}</h3>
      <p className="hint">{t('teachFacilitator.proposeHelp')}</p>
      <div className="propose-fields">
        <label htmlFor={`${id}-rounds`}>
          {t('teachFacilitator.roundsLabel')}
          <select id={`${id}-rounds`} value={rounds} onChange={(event) => setRounds(event.target.value)}>
            {Array.from({ length: Math.max(1, groups - 1) }, (_, index) => index + 2).map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-minutes`}>
          {t('teachFacilitator.minutesLabel')}
          <input
            id={`${id}-minutes`}
            inputMode="decimal"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </label>
        <label htmlFor={`${id}-start`}>
          {t('teachFacilitator.startLabel')}
          <input
            id={`${id}-start`}
            type="time"
            value={start}
            onChange={(event) => setStart(event.target.value)}
          />
        </label>
      </div>
      <button type="submit" className="button-large">
        {t('teachFacilitator.propose')}
      </button>
    </form>
  );
}
