import { LIMITS, type TemplateFieldInput } from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface TemplateFieldFormProps {
  initial?: TemplateFieldInput;
  submitLabel: string;
  /** Returns whether the command took the field (a refusal keeps what was typed). */
  onSubmit: (field: TemplateFieldInput) => boolean;
  onCancel?: () => void;
}

const blank: TemplateFieldInput = { title: '', hint: '', example: '' };

/** Title, hint and example of one template field, for adding a field or editing one. */
export function TemplateFieldForm({
  initial = blank,
  submitLabel,
  onSubmit,
  onCancel,
}: TemplateFieldFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [field, setField] = useState<TemplateFieldInput>({
    title: initial.title,
    hint: initial.hint,
    example: initial.example,
  });
  const change = (key: keyof TemplateFieldInput) => (event: { target: { value: string } }) =>
    setField((current) => ({ ...current, [key]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onSubmit(field) && !onCancel) setField(blank);
  };
  return (
    <form className="template-field-form" onSubmit={submit}>
      <label htmlFor={`${id}-title`}>{t('create.fieldTitle')}</label>
      <input
        id={`${id}-title`}
        value={field.title}
        maxLength={LIMITS.fieldTitleLength}
        onChange={change('title')}
        required
      />
      <label htmlFor={`${id}-hint`}>{t('create.fieldHint')}</label>
      <input
        id={`${id}-hint`}
        value={field.hint}
        maxLength={LIMITS.fieldHintLength}
        onChange={change('hint')}
      />
      <label htmlFor={`${id}-example`}>{t('create.fieldExample')}</label>
      <textarea
        id={`${id}-example`}
        rows={2}
        value={field.example}
        maxLength={LIMITS.fieldExampleLength}
        onChange={change('example')}
        aria-describedby={`${id}-example-help`}
      />
      <p id={`${id}-example-help`} className="hint">
        {t('create.fieldExampleHelp')}
      </p>
      <div className="button-row">
        <button type="submit">{submitLabel}</button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('facilitator.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
