import { selectOwnRounds } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice.tsx';
import { useClasses } from '../../../session/useClasses.ts';
import { useCommandRunner } from '../../../session/useCommandRunner.ts';
import { useServerNow } from '../../../session/useServerNow.ts';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { CountdownChip } from '../create/CountdownChip.tsx';
import { LostSeatNotice } from './LostSeatNotice.tsx';
import { NowBanner } from './NowBanner.tsx';
import { RoundCard } from './RoundCard.tsx';
import './teach.css';

/**
 * Step 5 on a phone: every round, where the person teaches ("you teach"), the classes they may attend with seats
 * left live, sign up or leave, or let the app choose. A seat lost to someone who chose at the same moment is told
 * at the top at once, with the classes that still have seats.
 */
export function TeachScreen({ snapshot, participantId, handle }: ParticipantStepProps) {
  const { t, i18n } = useTranslation();
  const { classes, commands } = useClasses(handle, snapshot);
  const { error, run } = useCommandRunner();
  const now = useServerNow(1000);
  const productions = new Map(snapshot.productions.map((production) => [production.id, production]));
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId as string, entry.name]));
  const own = selectOwnRounds(classes, participantId);
  const current = own.find((entry) => entry.round.id === classes.currentRoundId);
  const timer = snapshot.timers.room;

  return (
    <section className="teach" aria-labelledby="teach-title">
      <div className="teach-head">
        <h1 id="teach-title">{t('teach.title')}</h1>
        {current && timer ? (
          <CountdownChip
            timer={timer}
            now={now}
            label={t('teach.roundTimer', { number: current.round.number })}
            testId="round-countdown"
          />
        ) : null}
      </div>
      {classes.publishedAt === null ? (
        <p className="hint" data-testid="classes-waiting">
          {t('teach.waiting')}
        </p>
      ) : (
        <>
          {error ? <Notice tone="error">{error}</Notice> : null}
          {own
            .filter((entry) => entry.lost && !entry.seat && entry.choice?.classId === entry.lost.classId)
            .map((entry) => (
              <LostSeatNotice
                key={entry.round.id}
                own={entry}
                productions={productions}
                onChoose={(classId) => run(() => commands.signUp(classId))}
              />
            ))}
          {current ? <NowBanner own={current} productions={productions} /> : null}
          <p className="hint">{t('teach.intro')}</p>
          <ol className="teach-rounds">
            {own.map((entry) => (
              <li key={entry.round.id}>
                <RoundCard
                  own={entry}
                  current={entry.round.id === classes.currentRoundId}
                  productions={productions}
                  names={names}
                  language={i18n.language}
                  run={run}
                  commands={commands}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
