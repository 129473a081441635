import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { summarizeRoom } from '../../session/summarizeRoom.ts';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { useProductionsProgress } from '../../session/useProductionsProgress.ts';
import { useServerNow } from '../../session/useServerNow.ts';
import type { FacilitatorStepProps } from '../../steps/stepProps.ts';
import { CreationMessageForm } from './CreationMessageForm.tsx';
import { FocusControl } from './FocusControl.tsx';
import { ProductionDrawer } from './ProductionDrawer.tsx';
import { ProductionsWall } from './ProductionsWall.tsx';
import { RoomTimer } from './RoomTimer.tsx';
import { StartProductions } from './StartProductions.tsx';
import { sortProductions, WALL_ORDERS, type WallOrder } from './sortProductions.ts';
import { TemplateBuilder } from './TemplateBuilder.tsx';
import './create.css';

/**
 * Step 4 for the facilitator: the template, then every group's production at once (fields, words, who is
 * online, last edit), the room's timer, the pace ("next field") and a message to all groups.
 */
export function CreateStep({ snapshot, store, handle }: FacilitatorStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const { error, run } = useCommandRunner();
  const now = useServerNow(1000);
  const { progress, getHandle } = useProductionsProgress(handle, snapshot.productions);
  const [openId, setOpenId] = useState<string | null>(null);
  const [order, setOrder] = useState<WallOrder>('number');
  const active = snapshot.productions.filter((production) => !production.retired);
  const retired = snapshot.productions.filter((production) => production.retired);
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId as string, entry.name]));
  const opened = snapshot.productions.find((production) => production.id === openId) ?? null;
  const room = summarizeRoom(active, snapshot.template, progress);
  const started = active.length > 0;

  const template = (
    <section className="card" aria-label={t('create.templateTitle')}>
      <TemplateBuilder snapshot={snapshot} store={store} />
    </section>
  );

  return (
    <div className="create-step">
      <section className="card create-run" aria-labelledby={`${id}-title`}>
        <div className="create-run-head">
          <h2 id={`${id}-title`}>{t('create.title')}</h2>
          {snapshot.sessionId ? (
            <a
              className="button-link secondary"
              href={`/g/${snapshot.sessionId}`}
              target="_blank"
              rel="noopener"
            >
              {t('create.openPage')}
            </a>
          ) : null}
        </div>
        {error ? <Notice tone="error">{error}</Notice> : null}
        {started ? (
          <div className="create-controls">
            <RoomTimer title={t('create.roomTimer')} snapshot={snapshot} store={store} now={now} run={run} />
            <div className="create-pace">
              <FocusControl snapshot={snapshot} store={store} run={run} />
              <CreationMessageForm snapshot={snapshot} store={store} run={run} />
            </div>
          </div>
        ) : (
          <StartProductions snapshot={snapshot} store={store} run={run} />
        )}
      </section>
      {started ? null : template}
      {started ? (
        <section className="card" aria-labelledby={`${id}-wall`}>
          <div className="wall-header">
            <h3 id={`${id}-wall`}>{t('create.wallTitle')}</h3>
            <p className="wall-totals" data-testid="wall-totals">
              {t('create.wallTotals', { ...room })}
            </p>
            <div className="wall-order">
              <label htmlFor={`${id}-order`}>{t('create.orderLabel')}</label>
              <select
                id={`${id}-order`}
                value={order}
                onChange={(event) => setOrder(event.target.value as WallOrder)}
              >
                {WALL_ORDERS.map((option) => (
                  <option key={option} value={option}>
                    {t(`create.order.${option}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ProductionsWall
            productions={sortProductions(active, order, snapshot.template, progress)}
            template={snapshot.template}
            progress={progress}
            names={names}
            now={now}
            onOpen={setOpenId}
          />
          {retired.length > 0 ? (
            <details className="retired-productions">
              <summary>{t('create.retiredTitle', { count: retired.length })}</summary>
              <p className="hint">{t('create.retiredHelp')}</p>
              <ProductionsWall
                productions={retired}
                template={snapshot.template}
                progress={progress}
                names={names}
                now={now}
                onOpen={setOpenId}
              />
            </details>
          ) : null}
        </section>
      ) : null}
      {started ? template : null}
      {opened ? (
        <ProductionDrawer
          key={opened.id}
          production={opened}
          snapshot={snapshot}
          store={store}
          opened={getHandle(opened.id)}
          online={new Set(progress.get(opened.id)?.online ?? [])}
          now={now}
          onClose={() => setOpenId(null)}
        />
      ) : null}
    </div>
  );
}
