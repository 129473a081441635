import {
  EVALUATION_LIMITS,
  type EvaluationCommandSet,
  type EvaluationMode,
  type EvaluationSettings,
} from '@peerloom/session-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface EvaluationSettingsFormProps {
  settings: EvaluationSettings;
  commands: EvaluationCommandSet;
  run: (command: () => void) => boolean;
}

const PER_GROUP_CHOICES = Array.from(
  { length: EVALUATION_LIMITS.perGroupMax - EVALUATION_LIMITS.perGroupMin + 1 },
  (_, index) => EVALUATION_LIMITS.perGroupMin + index,
);

/** Who evaluates what (how many per group, split or together) and who is named to whom (locked once used). */
export function EvaluationSettingsForm({ settings, commands, run }: EvaluationSettingsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const assign = (change: { perGroup?: number; mode?: EvaluationMode }) =>
    run(() =>
      commands.setEvaluationAssignment({ perGroup: settings.perGroup, mode: settings.mode, ...change }),
    );
  const name = (change: { namedToGroup?: boolean; namedToFacilitator?: boolean }) =>
    run(() =>
      commands.setEvaluationAnonymity({
        namedToGroup: settings.namedToGroup,
        namedToFacilitator: settings.namedToFacilitator,
        ...change,
      }),
    );
  const locked = settings.anonymityLocked;

  return (
    <div className="evaluation-settings">
      <section className="card" aria-labelledby={`${id}-assign`}>
        <h3 id={`${id}-assign`}>{t('evaluation.assignTitle')}</h3>
        <label htmlFor={`${id}-per-group`}>{t('evaluation.perGroupLabel')}</label>
        <select
          id={`${id}-per-group`}
          value={settings.perGroup}
          onChange={(event) => assign({ perGroup: Number(event.target.value) })}
        >
          {PER_GROUP_CHOICES.map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
        <p className="hint">{t('evaluation.perGroupHint')}</p>
        {locked ? <p className="hint">{t('evaluation.assignChangedAfterStart')}</p> : null}
        <fieldset>
          <legend>{t('evaluation.modeLabel')}</legend>
          {(['split', 'together'] as const).map((mode) => (
            <label key={mode} className="radio">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={settings.mode === mode}
                onChange={() => assign({ mode })}
              />
              {t(mode === 'split' ? 'evaluation.modeSplit' : 'evaluation.modeTogether')}
            </label>
          ))}
        </fieldset>
      </section>
      <section className="card" aria-labelledby={`${id}-names`} data-testid="anonymity-settings">
        <h3 id={`${id}-names`}>
          {t('evaluation.anonymityTitle')}{' '}
          {locked ? <span className="badge badge-warning">{t('evaluation.lockedBadge')}</span> : null}
        </h3>
        <fieldset disabled={locked}>
          <legend className="visually-hidden">{t('evaluation.anonymityTitle')}</legend>
          {[false, true].map((named) => (
            <label key={String(named)} className="radio">
              <input
                type="radio"
                name={`${id}-named`}
                checked={settings.namedToGroup === named}
                onChange={() => name({ namedToGroup: named })}
              />
              {t(named ? 'evaluation.namedToGroup' : 'evaluation.anonymousToGroup')}
            </label>
          ))}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.namedToFacilitator}
              onChange={(event) => name({ namedToFacilitator: event.target.checked })}
            />
            {t('evaluation.facilitatorSees')}
          </label>
        </fieldset>
        <p className="hint">{locked ? t('evaluation.anonymityLocked') : t('evaluation.anonymityHint')}</p>
      </section>
    </div>
  );
}
