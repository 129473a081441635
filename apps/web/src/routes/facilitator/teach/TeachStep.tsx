import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../../components/ConfirmBox.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useClasses } from '../../../session/useClasses.ts';
import { useCommandRunner } from '../../../session/useCommandRunner.ts';
import { useProductionsProgress } from '../../../session/useProductionsProgress.ts';
import { useServerNow } from '../../../session/useServerNow.ts';
import type { FacilitatorStepProps } from '../../../steps/stepProps.ts';
import { RoomTimer } from '../RoomTimer.tsx';
import { ProposeScheduleForm } from './ProposeScheduleForm.tsx';
import { RoundEditor } from './RoundEditor.tsx';
import { readClassTitles } from './readClassTitles.ts';
import '../create.css';
import './teachStep.css';

/**
 * Step 5 for the facilitator: propose a schedule from the productions (titles from what each group wrote), adjust
 * times, titles, places and seats, move people, publish, and run each round with the room's timer.
 */
export function TeachStep({ snapshot, store, handle }: FacilitatorStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const { error, run } = useCommandRunner();
  const now = useServerNow(1000);
  const { classes, commands } = useClasses(handle, snapshot);
  const active = snapshot.productions.filter((production) => !production.retired);
  const { getHandle } = useProductionsProgress(handle, active);
  const [confirming, setConfirming] = useState(false);
  const productions = new Map(snapshot.productions.map((production) => [production.id, production]));
  const current = classes.rounds.find((round) => round.id === classes.currentRoundId) ?? null;
  const propose = (proposal: { rounds: number; roundMinutes: number; startsAt: number }) =>
    run(() =>
      commands.proposeClassSchedule({
        ...proposal,
        titles: readClassTitles(active, snapshot.template, getHandle),
      }),
    );

  return (
    <div className="teach-step">
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('teachFacilitator.title')}</h2>
        {error ? <Notice tone="error">{error}</Notice> : null}
        {active.length < 2 ? (
          <p className="hint">{t('teachFacilitator.needProductions')}</p>
        ) : classes.rounds.length === 0 ? (
          <ProposeScheduleForm groups={active.length} onPropose={propose} />
        ) : (
          <div className="teach-controls">
            <p className="teach-state" data-testid="schedule-state">
              {classes.publishedAt === null ? t('teachFacilitator.draft') : t('teachFacilitator.published')}
            </p>
            <div className="button-row">
              {classes.publishedAt === null ? (
                <button type="button" onClick={() => run(() => commands.publishSchedule())}>
                  {t('teachFacilitator.publish')}
                </button>
              ) : null}
              <button type="button" className="secondary" onClick={() => setConfirming(true)}>
                {t('teachFacilitator.proposeAgain')}
              </button>
            </div>
            {confirming ? (
              <ConfirmBox
                message={t('teachFacilitator.confirmProposeAgain')}
                confirmLabel={t('teachFacilitator.confirmProposeAgainYes')}
                onCancel={() => setConfirming(false)}
                onConfirm={() => {
                  setConfirming(false);
                  const first = classes.rounds[0];
                  const last = classes.rounds.at(-1);
                  propose({
                    rounds: classes.rounds.length,
                    roundMinutes: first
                      ? Math.max(1, Math.round((first.endsAt - first.startsAt) / 60_000))
                      : 15,
                    startsAt: first?.startsAt ?? last?.endsAt ?? now,
                  });
                }}
              />
            ) : null}
            {current ? (
              <RoomTimer
                title={t('teachFacilitator.roundTimer')}
                snapshot={snapshot}
                store={store}
                now={now}
                run={run}
              />
            ) : null}
          </div>
        )}
      </section>
      {classes.rounds.map((round) => (
        <RoundEditor
          key={round.id}
          round={round}
          classes={classes}
          roster={snapshot.roster}
          productions={productions}
          current={round.id === classes.currentRoundId}
          commands={commands}
          run={run}
        />
      ))}
    </div>
  );
}
