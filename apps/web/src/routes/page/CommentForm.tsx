import { LIMITS } from '@peerloom/session-model';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { loadDraft, saveDraft } from '../../session/deviceStore.ts';
import { useCommandRunner } from '../../session/useCommandRunner.ts';

interface CommentFormProps {
  label: string;
  submitLabel: string;
  initialText?: string;
  /** Runs the model's command; a refusal (thrown) is shown in the form, which otherwise empties. */
  onSubmit: (text: string) => void;
  onCancel?: () => void;
  /** Why the form cannot be used now (closed, read link); shown, and the form disabled. */
  disabledReason?: string | null;
  /** Keeps what is typed on this device until it is posted. */
  draftKey?: string;
  autoFocus?: boolean;
}

/** A comment, a reply or an edit: one text box with what is left of the limit. */
export function CommentForm({
  label,
  submitLabel,
  initialText = '',
  onSubmit,
  onCancel,
  disabledReason = null,
  draftKey,
  autoFocus = false,
}: CommentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initialText);
  const { error, run } = useCommandRunner();
  const [restored, setRestored] = useState(!draftKey);

  useEffect(() => {
    if (!draftKey) return;
    let current = true;
    loadDraft<string>(draftKey).then(
      (saved) => {
        if (!current) return;
        if (typeof saved === 'string' && saved) setText(saved);
        setRestored(true);
      },
      () => current && setRestored(true),
    );
    return () => {
      current = false;
    };
  }, [draftKey]);

  const change = (value: string) => {
    setText(value);
    if (draftKey && restored) void saveDraft(draftKey, value || null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (run(() => onSubmit(text))) {
      setText('');
      if (draftKey) void saveDraft(draftKey, null);
    }
  };

  const left = LIMITS.commentLength - [...text].length;
  const describedBy = [`${id}-left`, disabledReason ? `${id}-why` : null].filter(Boolean).join(' ');
  return (
    <form className="comment-form" onSubmit={submit} noValidate data-testid="comment-form">
      {disabledReason ? (
        <p id={`${id}-why`} className="notice notice-info" data-testid="comment-form-disabled">
          {disabledReason}
        </p>
      ) : null}
      <fieldset disabled={disabledReason !== null}>
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(event) => change(event.target.value)}
          rows={3}
          aria-describedby={describedBy}
          aria-invalid={error !== null}
          // biome-ignore lint/a11y/noAutofocus: a reply or edit box opens where the person just asked for it.
          autoFocus={autoFocus}
        />
        <p id={`${id}-left`} className={left < 0 ? 'hint hint-over' : 'hint'}>
          {t('participant.charactersLeft', { count: left })}
        </p>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <div className="button-row">
          <button type="submit">{submitLabel}</button>
          {onCancel ? (
            <button type="button" className="secondary" onClick={onCancel}>
              {t('feedback.cancel')}
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
