import { timerRemaining } from '@peerloom/session-model';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldPills } from '../../components/FieldPills.tsx';
import { formatCountdown } from '../../components/formatCountdown.ts';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import { summarizeProgress } from '../../session/summarizeProgress.ts';
import { summarizeRoom } from '../../session/summarizeRoom.ts';
import { useProductionsProgress } from '../../session/useProductionsProgress.ts';
import { useServerNow } from '../../session/useServerNow.ts';
import type { ProjectorStepProps } from '../../steps/stepProps.ts';
import { fitProductionGrid } from './fitProductionGrid.ts';
import { useElementSize } from './useElementSize.ts';
import './projectorCreate.css';

/**
 * Step 4 on the projector, readable from the back of the room: the room's countdown in server time, the
 * facilitator's message, the field every group is on, and a wall of groups with fields filled and words.
 */
export function ProjectorCreate({ snapshot, handle }: ProjectorStepProps) {
  const { t } = useTranslation();
  const now = useServerNow(500);
  const active = snapshot.productions.filter((production) => !production.retired);
  const { progress } = useProductionsProgress(handle, active);
  const gridRoom = useRef<HTMLDivElement>(null);
  const room = useElementSize(gridRoom);
  const timer = snapshot.timers.room;
  const left = timer ? timerRemaining(timer, now) : null;
  const fields = snapshot.template.filter((field) => field.removedAt === null);
  const focusIndex = fields.findIndex((field) => field.id === snapshot.creation.focus?.fieldId);
  const focus = focusIndex >= 0 ? fields[focusIndex] : undefined;
  const totals = summarizeRoom(active, snapshot.template, progress);
  const cards = active.map((production) => ({
    production,
    title: formatGroupTitle(production, (number) => t('groups.groupNumber', { number })),
    summary: summarizeProgress(snapshot.template, progress.get(production.id)?.content),
  }));
  const layout = fitProductionGrid(cards.length, room.width, room.height);

  return (
    <section className="projector-create" aria-labelledby="projector-create-title">
      <h1 id="projector-create-title" className="visually-hidden">
        {t('projectorCreate.title')}
      </h1>
      <div className="projector-create-top">
        <div
          className={
            left === null
              ? 'projector-countdown projector-countdown-none'
              : left <= 0
                ? 'projector-countdown projector-countdown-ended'
                : left <= 60_000
                  ? 'projector-countdown projector-countdown-last'
                  : 'projector-countdown'
          }
          data-testid="projector-countdown"
        >
          {timer && left !== null ? (
            <>
              <span className="projector-countdown-time">{formatCountdown(left)}</span>
              <span className="projector-countdown-state">
                {left <= 0
                  ? t('projectorCreate.timeUp')
                  : timer.running
                    ? t('projectorCreate.timeLeft')
                    : t('projectorCreate.paused')}
              </span>
            </>
          ) : (
            <span className="projector-countdown-state">{t('projectorCreate.noTimer')}</span>
          )}
        </div>
        <div className="projector-create-words">
          {focus ? (
            <p className="projector-focus" data-testid="projector-focus">
              <span className="projector-focus-label">{t('projectorCreate.focusLabel')}</span>
              <span className="projector-focus-title">
                {focusIndex + 1}. {focus.title}
              </span>
            </p>
          ) : null}
          {snapshot.creation.message ? (
            <p className="projector-message" data-testid="projector-message">
              {snapshot.creation.message.text}
            </p>
          ) : null}
          {!focus && !snapshot.creation.message ? (
            <p className="projector-lead">{t('projectorCreate.lead')}</p>
          ) : null}
        </div>
      </div>
      <p className="projector-create-totals">
        {t('projectorCreate.totals', {
          groups: totals.groups,
          words: totals.words,
          filled: totals.filled,
          fields: totals.fields,
        })}
      </p>
      <div ref={gridRoom} className="projector-groups-room">
        {cards.length === 0 ? (
          <p className="projector-lead">{t('projectorCreate.noProductions')}</p>
        ) : (
          <ol
            className="projector-groups-grid"
            data-testid="projector-productions"
            style={{
              gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`,
              gridTemplateRows: `repeat(${layout.rows}, auto)`,
              fontSize: `${layout.fontPx}px`,
            }}
          >
            {cards.map(({ production, title, summary }) => (
              <li
                key={production.id}
                className="projector-group projector-production"
                data-testid="projector-production"
              >
                <h2 className="projector-group-name">{title}</h2>
                <FieldPills summary={summary} size="large" />
                <div className="projector-production-bar" aria-hidden="true">
                  <span
                    style={{
                      width: `${summary.total ? ((summary.filled + (summary.started - summary.filled) / 2) / summary.total) * 100 : 0}%`,
                    }}
                  />
                </div>
                <p className="projector-production-figures">
                  {t('projectorCreate.cardFigures', {
                    filled: summary.filled,
                    total: summary.total,
                    words: summary.words,
                  })}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
