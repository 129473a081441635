import type { RegroupChoice } from '@peerloom/session-model';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './RegroupChoiceBox.css';

interface RegroupChoiceBoxProps {
  onPublish: (choice: RegroupChoice) => void;
  onCancel: () => void;
}

/**
 * Asked when groups are published after productions exist: keep each production with the group that has most
 * of its members, or start fresh ones (the current ones kept, read-only). Either way no word is lost.
 */
export function RegroupChoiceBox({ onPublish, onCancel }: RegroupChoiceBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<RegroupChoice>('keep');
  return (
    <div
      className="confirm regroup-choice"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
    >
      <p id={`${id}-title`} className="start-productions-lead">
        {t('create.regroupTitle')}
      </p>
      <p id={`${id}-intro`}>{t('create.regroupIntro')}</p>
      <fieldset>
        <legend className="visually-hidden">{t('create.regroupTitle')}</legend>
        {(['keep', 'fresh'] as const).map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={`${id}-choice`}
              value={option}
              checked={choice === option}
              onChange={() => setChoice(option)}
            />
            <span>
              <strong>{t(option === 'keep' ? 'create.regroupKeep' : 'create.regroupFresh')}</strong>
              <span className="hint">
                {t(option === 'keep' ? 'create.regroupKeepHelp' : 'create.regroupFreshHelp')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" onClick={() => onPublish(choice)}>
          {t('create.regroupPublish')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('facilitator.cancel')}
        </button>
      </div>
    </div>
  );
}
