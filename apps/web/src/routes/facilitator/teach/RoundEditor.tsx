import type {
  ClassCommandSet,
  ClassesState,
  ClassRound,
  Production,
  RosterEntry,
} from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatClassTitle, formatTeachingGroup } from '../../../components/formatClassTitle.ts';
import { ClassEditor } from './ClassEditor.tsx';
import { PersonMover } from './PersonMover.tsx';
import { RoundTimes } from './RoundTimes.tsx';

interface RoundEditorProps {
  round: ClassRound;
  classes: ClassesState;
  roster: readonly RosterEntry[];
  productions: ReadonlyMap<string, Production>;
  current: boolean;
  commands: ClassCommandSet;
  run: (command: () => void) => boolean;
}

/** One round for the facilitator: its times, each class (title, place, seats, attendees to move), who has none. */
export function RoundEditor({
  round,
  classes,
  roster,
  productions,
  current,
  commands,
  run,
}: RoundEditorProps) {
  const { t } = useTranslation();
  const names = new Map(roster.map((entry) => [entry.participantId as string, entry.name]));
  const nameOf = (id: string) => names.get(id) ?? id.slice(0, 6);
  const titles = new Map(
    round.classes.map((entry) => [entry.id, formatClassTitle(entry, productions.get(entry.productionId), t)]),
  );
  const teachingClass = new Map<string, string>();
  for (const entry of round.classes)
    for (const teacher of entry.teachers) teachingClass.set(teacher, entry.id);
  const seated = new Set(round.classes.flatMap((entry) => entry.attendees as readonly string[]));
  const unplaced = roster.filter(
    (entry) => !teachingClass.has(entry.participantId) && !seated.has(entry.participantId),
  );
  const lost = classes.lostSeats.filter((loss) => loss.roundId === round.id);
  const excludedFor = (id: string) => new Set(teachingClass.has(id) ? [teachingClass.get(id) as string] : []);
  const move = (participantId: string, classId: string | null) =>
    run(() => commands.moveParticipant(participantId, round.id, classId));

  return (
    <section
      className={current ? 'card round-editor round-current' : 'card round-editor'}
      aria-labelledby={`round-editor-${round.id}`}
      data-testid="round-editor"
    >
      <header className="round-editor-head">
        <h3 id={`round-editor-${round.id}`}>{t('teachFacilitator.roundTitle', { number: round.number })}</h3>
        <RoundTimes round={round} commands={commands} run={run} />
        {current ? (
          <span className="badge badge-info">
            {t('teachFacilitator.roundRunning', { number: round.number })}
          </span>
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => run(() => commands.startRound(round.id))}
          >
            {t('teachFacilitator.startRound', { number: round.number })}
          </button>
        )}
      </header>
      <div className="round-editor-classes">
        {round.classes.map((entry) => {
          const production = productions.get(entry.productionId);
          return (
            <div key={entry.id} className="round-editor-class">
              <ClassEditor
                entry={entry}
                fallbackTitle={formatClassTitle({ ...entry, title: '' }, production, t)}
                group={formatTeachingGroup(production, t)}
                teacherNames={entry.teachers.map(nameOf).join(', ')}
                commands={commands}
                run={run}
              />
              {entry.attendees.length > 0 ? (
                <ul className="person-list" aria-label={t('teachFacilitator.attendees')}>
                  {entry.attendees.map((attendee) => (
                    <PersonMover
                      key={attendee}
                      name={nameOf(attendee)}
                      round={round}
                      currentClassId={entry.id}
                      titles={titles}
                      excluded={excludedFor(attendee)}
                      onMove={(classId) => move(attendee, classId)}
                    />
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </div>
      <details className="round-unplaced" open={unplaced.length > 0 && unplaced.length <= 12}>
        <summary>{t('teachFacilitator.unplaced', { count: unplaced.length })}</summary>
        <ul className="person-list">
          {unplaced.map((entry) => (
            <PersonMover
              key={entry.participantId}
              name={entry.name}
              round={round}
              currentClassId={null}
              titles={titles}
              excluded={excludedFor(entry.participantId)}
              onMove={(classId) => move(entry.participantId, classId)}
            />
          ))}
        </ul>
      </details>
      {lost.length > 0 ? (
        <p className="hint" data-testid="lost-seats">
          {t('teachFacilitator.lostSeats', { count: lost.length })}:{' '}
          {lost
            .map(
              (loss) => `${nameOf(loss.participantId)} (${t(`teachFacilitator.lostReason.${loss.reason}`)})`,
            )
            .join(', ')}
        </p>
      ) : null}
    </section>
  );
}
