import { FEEDBACK_LIMITS } from '@peerloom/protocol';
import type { Language, SessionFeedbackCommandSet, SessionFeedbackForm } from '@peerloom/session-model';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../components/ConfirmBox.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';

interface FeedbackFormEditorProps {
  form: SessionFeedbackForm;
  commands: SessionFeedbackCommandSet;
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** The form's wording in each language, and its state: open or closed, results shared or not, a new round. */
export function FeedbackFormEditor({ form, commands }: FeedbackFormEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [language, setLanguage] = useState<Language>('en');
  const [wording, setWording] = useState({ rating: '', question: '' });
  const [saved, setSaved] = useState(false);
  const [confirmNew, setConfirmNew] = useState(false);
  const { error, run } = useCommandRunner();
  const storedRating = form.ratingQuestion[language];
  const storedQuestion = form.openQuestion[language];

  useEffect(() => {
    setWording({ rating: storedRating, question: storedQuestion });
  }, [storedRating, storedQuestion]);

  // The catalog's defaults in the language being edited, whatever the screen's language.
  const defaults = {
    rating: t('anonymous.defaultRating', { lng: language }),
    question: t('anonymous.defaultQuestion', { lng: language }),
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(run(() => commands.setFeedbackWording(language, wording)));
  };
  const state = !form.formId
    ? t('anonymous.editor.stateNone')
    : form.open
      ? t('anonymous.editor.stateOpen')
      : t('anonymous.editor.stateClosed');

  return (
    <div className="feedback-editor">
      <p className="feedback-state" data-testid="feedback-form-state">
        <span className={`badge ${form.open ? 'badge-success' : 'badge-info'}`}>{state}</span>
        {form.shared ? (
          <span className="badge badge-warning">{t('anonymous.editor.stateShared')}</span>
        ) : null}
      </p>
      <div className="button-row">
        {form.open ? (
          <button type="button" className="secondary" onClick={() => run(() => commands.closeFeedbackForm())}>
            {t('anonymous.editor.close')}
          </button>
        ) : (
          <button type="button" onClick={() => run(() => commands.openFeedbackForm())}>
            {t('anonymous.editor.open')}
          </button>
        )}
        {form.formId ? (
          <button
            type="button"
            className="secondary"
            onClick={() => run(() => commands.shareFeedbackResults(!form.shared))}
          >
            {form.shared ? t('anonymous.editor.unshare') : t('anonymous.editor.share')}
          </button>
        ) : null}
        {form.formId ? (
          <button type="button" className="secondary" onClick={() => setConfirmNew(true)}>
            {t('anonymous.editor.newForm')}
          </button>
        ) : null}
      </div>
      {confirmNew ? (
        <ConfirmBox
          message={t('anonymous.editor.newFormConfirm')}
          confirmLabel={t('anonymous.editor.newForm')}
          onConfirm={() => {
            setConfirmNew(false);
            run(() => commands.startNewFeedbackForm());
          }}
          onCancel={() => setConfirmNew(false)}
        />
      ) : null}
      {/* Folded once the form has been opened: then the results matter more than the wording. */}
      <details className="feedback-wording-box" open={!form.formId}>
        <summary>{t('anonymous.editor.wording')}</summary>
        <form className="feedback-wording" onSubmit={save}>
          <fieldset className="segmented">
            <legend>{t('anonymous.editor.language')}</legend>
            {(Object.keys(LANGUAGE_NAMES) as Language[]).map((option) => (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name={`${id}-language`}
                  checked={language === option}
                  onChange={() => {
                    setLanguage(option);
                    setSaved(false);
                  }}
                />
                {LANGUAGE_NAMES[option]}
              </label>
            ))}
          </fieldset>
          {(['rating', 'question'] as const).map((part) => (
            <div key={part} className="field">
              <label htmlFor={`${id}-${part}`}>
                {part === 'rating' ? t('anonymous.editor.ratingLabel') : t('anonymous.editor.questionLabel')}
              </label>
              <input
                id={`${id}-${part}`}
                value={wording[part]}
                placeholder={defaults[part]}
                maxLength={FEEDBACK_LIMITS.questionLength}
                onChange={(event) => {
                  setWording({ ...wording, [part]: event.target.value });
                  setSaved(false);
                }}
              />
            </div>
          ))}
          <div className="button-row">
            <button type="submit" className="secondary">
              {t('anonymous.editor.save')}
            </button>
            {saved ? <span role="status">{t('anonymous.editor.saved')}</span> : null}
          </div>
        </form>
      </details>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
