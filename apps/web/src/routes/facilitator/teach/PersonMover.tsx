import type { ClassRound } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';

interface PersonMoverProps {
  name: string;
  round: ClassRound;
  /** The class the person sits in now, or null. */
  currentClassId: string | null;
  /** Class id → its title, as the screen shows it. */
  titles: ReadonlyMap<string, string>;
  /** Classes this person may not attend in this round (their own group's). */
  excluded: ReadonlySet<string>;
  onMove: (classId: string | null) => void;
}

/** A person's name with a menu that moves them to another class of the round, or to none. */
export function PersonMover({ name, round, currentClassId, titles, excluded, onMove }: PersonMoverProps) {
  const { t } = useTranslation();
  const label = currentClassId
    ? t('teachFacilitator.moveLabel', { name })
    : t('teachFacilitator.placeLabel', { name });
  return (
    <li className="person-mover">
      <span>{name}</span>
      <select
        aria-label={label}
        value=""
        onChange={(event) => {
          const value = event.target.value;
          if (value !== '') onMove(value === '-' ? null : value);
        }}
      >
        <option value="">{t('teachFacilitator.moveTo')}</option>
        {round.classes
          .filter((entry) => entry.id !== currentClassId && !excluded.has(entry.id))
          .map((entry) => (
            <option key={entry.id} value={entry.id}>
              {titles.get(entry.id)} ({entry.seatsLeft})
            </option>
          ))}
        {currentClassId ? <option value="-">{t('teachFacilitator.noClass')}</option> : null}
      </select>
    </li>
  );
}
