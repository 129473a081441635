import { timerRemaining } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatClassTitle, formatClock, formatTeachingGroup } from '../../components/formatClassTitle.ts';
import { formatCountdown } from '../../components/formatCountdown.ts';
import { useClasses } from '../../session/useClasses.ts';
import { useServerNow } from '../../session/useServerNow.ts';
import type { ProjectorStepProps } from '../../steps/stepProps.ts';
import './projectorTeach.css';

/** Tiles shrink as a round holds more classes, so sixty groups over three rounds still fit on one screen. */
const density = (classesPerRound: number) =>
  classesPerRound > 12 ? 'dense' : classesPerRound > 6 ? 'compact' : 'roomy';

/** Step 5 on the projector: each round's classes with their group, place and seats left, and the round's timer. */
export function ProjectorTeach({ snapshot, handle }: ProjectorStepProps) {
  const { t, i18n } = useTranslation();
  const now = useServerNow(500);
  const { classes } = useClasses(handle, snapshot);
  const productions = new Map(snapshot.productions.map((production) => [production.id, production]));
  const current = classes.rounds.find((round) => round.id === classes.currentRoundId) ?? null;
  const timer = current ? snapshot.timers.room : undefined;
  const left = timer ? timerRemaining(timer, now) : null;

  return (
    <section className="projector-teach" aria-labelledby="projector-teach-title">
      <div className="projector-teach-top">
        <h1 id="projector-teach-title">{t('projectorTeach.title')}</h1>
        {current && left !== null ? (
          <p className="projector-teach-countdown" data-testid="projector-round-countdown">
            <span>{t('teach.roundTitle', { number: current.number })}</span>
            <span className="projector-teach-time">{formatCountdown(left)}</span>
          </p>
        ) : null}
      </div>
      {classes.publishedAt === null ? (
        <p className="projector-lead">{t('projectorTeach.waiting')}</p>
      ) : (
        <ol
          className="projector-rounds"
          data-density={density(Math.max(0, ...classes.rounds.map((round) => round.classes.length)))}
          style={{ ['--rounds' as string]: classes.rounds.length }}
        >
          {classes.rounds.map((round) => (
            <li
              key={round.id}
              className={
                round.id === current?.id ? 'projector-round projector-round-current' : 'projector-round'
              }
            >
              <h2>
                {t('teach.roundTitle', { number: round.number })}{' '}
                <span className="projector-round-time">
                  {formatClock(round.startsAt, i18n.language)}–{formatClock(round.endsAt, i18n.language)}
                </span>
                {round.id === current?.id ? (
                  <span className="projector-round-now">{t('projectorTeach.current')}</span>
                ) : null}
              </h2>
              <ul>
                {round.classes.map((entry) => {
                  const production = productions.get(entry.productionId);
                  return (
                    <li key={entry.id} className="projector-class" data-testid="projector-class">
                      <span className="projector-class-title">{formatClassTitle(entry, production, t)}</span>
                      <span className="projector-class-meta">
                        {[formatTeachingGroup(production, t), entry.place].filter(Boolean).join(' · ')}
                      </span>
                      <span
                        className={
                          entry.seatsLeft === 0
                            ? 'projector-class-seats projector-class-full'
                            : 'projector-class-seats'
                        }
                      >
                        {t('projectorTeach.seatsLeft', { count: entry.seatsLeft })}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
