import type { SessionSnapshot, SessionStore } from '@peerloom/session-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { useGroupBoard } from '../../session/useGroupBoard.ts';
import { buildProfileInputs } from './buildProfileInputs.ts';
import { DraftGroups } from './DraftGroups.tsx';
import { freshSeed } from './freshSeed.ts';
import { GroupPlan } from './GroupPlan.tsx';
import { GroupSizeFields } from './GroupSizeFields.tsx';
import { ProfileFieldsEditor } from './ProfileFieldsEditor.tsx';
import { PublishButton } from './PublishButton.tsx';
import { StepSettings } from './StepSettings.tsx';
import { useDiversityReport } from './useDiversityReport.ts';
import { useMatchingRun } from './useMatchingRun.ts';
import { useMatchingSettings } from './useMatchingSettings.ts';

/**
 * Step 1: profile questions and group sizes, then diverse groups with a balance meter per field; the
 * meters describe the groups on the board, moves by hand included.
 */
export function MixStep({ snapshot, store }: { snapshot: SessionSnapshot; store: SessionStore }) {
  const { t } = useTranslation();
  const id = useId();
  const board = useGroupBoard(snapshot, store, 'diverse');
  const { error, run } = useCommandRunner();
  const { settings, setSizes, sizeCheck } = useMatchingSettings(snapshot, store, 'diverse', run);
  const report = useDiversityReport(snapshot, board.grouping);
  const { busy, failure, request } = useMatchingRun('diverse');
  const filled = snapshot.roster.filter((entry) => Object.keys(entry.profile).length > 0).length;

  const form = async () => {
    if (!sizeCheck.ok) return;
    const response = await request({
      ...buildProfileInputs(snapshot),
      seed: freshSeed(),
      sizes: sizeCheck.bounds,
      locked: board.lockedIndexes,
    });
    if (!response) return;
    run(() =>
      store.commands.saveGrouping(
        'diverse',
        null,
        response.result.groups.map((group) => ({ label: [], members: group.members })),
      ),
    );
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('mix.title')}</h2>
      <p className="hint">{t('mix.filled', { count: filled, total: snapshot.roster.length })}</p>
      {board.grouping ? null : <GroupPlan people={snapshot.roster.length} bounds={settings.bounds} />}
      <div className="button-row">
        <button
          type="button"
          className={board.grouping ? 'secondary' : undefined}
          onClick={form}
          disabled={busy || !sizeCheck.ok || snapshot.roster.length === 0}
        >
          {board.grouping ? t('groups.regroup') : t('mix.form')}
        </button>
        <PublishButton board={board} run={run} />
      </div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <DraftGroups board={board} bounds={settings.bounds} run={run} />
      {report ? (
        <div className="balance">
          <p>{t('mix.ratio', { ratio: report.ratio.toFixed(2), ceiling: report.ceilingRatio.toFixed(2) })}</p>
          <ul className="balance-list">
            {snapshot.profileFields.map((field) => {
              const balance = report.perField[field.id]?.balance;
              if (balance === undefined) return null;
              const evenness = Math.max(0, 1 - balance);
              return (
                <li key={field.id}>
                  <label htmlFor={`${id}-${field.id}`}>{field.label}</label>
                  <meter
                    id={`${id}-${field.id}`}
                    min={0}
                    max={1}
                    low={0.5}
                    high={0.8}
                    optimum={1}
                    value={evenness}
                  >
                    {Math.round(evenness * 100)}%
                  </meter>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <StepSettings summary={t('board.settingsMix')} grouped={board.grouping !== null}>
        <ProfileFieldsEditor fields={snapshot.profileFields} store={store} run={run} />
        <GroupSizeFields sizes={settings.sizes} check={sizeCheck} onChange={setSizes} />
        <GroupPlan people={snapshot.roster.length} bounds={settings.bounds} />
      </StepSettings>
    </section>
  );
}
