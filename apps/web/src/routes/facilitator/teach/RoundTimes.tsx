import type { ClassCommandSet, ClassRound } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';

interface RoundTimesProps {
  round: ClassRound;
  commands: ClassCommandSet;
  run: (command: () => void) => boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');
const toClock = (at: number) => {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
};
/** The same day as `reference`, at "HH:MM". */
const atClock = (reference: number, clock: string) => {
  const [hours, minutes] = clock.split(':').map(Number);
  const date = new Date(reference);
  date.setHours(hours ?? 0, minutes ?? 0, 0, 0);
  return date.getTime();
};

/** A round's planned start and end, as two time fields saved when changed. */
export function RoundTimes({ round, commands, run }: RoundTimesProps) {
  const { t } = useTranslation();
  return (
    <span className="round-times">
      <input
        type="time"
        aria-label={t('teachFacilitator.roundStart', { number: round.number })}
        defaultValue={toClock(round.startsAt)}
        key={`start-${round.startsAt}`}
        onBlur={(event) => {
          const startsAt = atClock(round.startsAt, event.target.value);
          if (startsAt !== round.startsAt)
            run(() => commands.setRoundTimes(round.id, startsAt, startsAt + (round.endsAt - round.startsAt)));
        }}
      />
      <input
        type="time"
        aria-label={t('teachFacilitator.roundEnd', { number: round.number })}
        defaultValue={toClock(round.endsAt)}
        key={`end-${round.endsAt}`}
        onBlur={(event) => {
          const endsAt = atClock(round.startsAt, event.target.value);
          if (endsAt !== round.endsAt) run(() => commands.setRoundTimes(round.id, round.startsAt, endsAt));
        }}
      />
    </span>
  );
}
