import { LIMITS, type SessionSnapshot, type SessionStore } from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { useSavedTemplates } from '../../session/useSavedTemplates.ts';
import { RemovedFields } from './RemovedFields.tsx';
import { TemplateFieldForm } from './TemplateFieldForm.tsx';
import { TemplateFieldRow } from './TemplateFieldRow.tsx';
import { TemplatePackPicker } from './TemplatePackPicker.tsx';

interface TemplateBuilderProps {
  snapshot: SessionSnapshot;
  store: SessionStore;
}

/**
 * The production template: ordered fields with a hint and an example, started from a pack or a template
 * saved on this device, and the "start from our answers" choice.
 */
export function TemplateBuilder({ snapshot, store }: TemplateBuilderProps) {
  const { t } = useTranslation();
  const id = useId();
  const { error, run } = useCommandRunner();
  const { saved, save, forget } = useSavedTemplates();
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [name, setName] = useState('');
  const fields = snapshot.template.filter((field) => field.removedAt === null);
  const removed = snapshot.template.filter((field) => field.removedAt !== null);

  const saveOnDevice = (event: FormEvent) => {
    event.preventDefault();
    const chosen = name.trim() || snapshot.title || t('create.untitledTemplate');
    void save(chosen, fields).then(() => {
      setSavedAs(chosen);
      setName('');
    });
  };

  return (
    <section className="template-builder" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('create.templateTitle')}</h3>
      <p className="hint">{t('create.templateIntro')}</p>
      <TemplatePackPicker
        language={snapshot.language}
        currentCount={fields.length}
        saved={saved}
        onForget={(templateId) => void forget(templateId)}
        onApply={(inputs) => run(() => store.commands.applyTemplate(inputs))}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {fields.length === 0 ? (
        <p className="template-empty">{t('create.templateEmpty')}</p>
      ) : (
        <ol className="template-fields" aria-label={t('create.fieldsLabel')}>
          {fields.map((field, index) => (
            <TemplateFieldRow
              key={field.id}
              field={field}
              index={index}
              count={fields.length}
              store={store}
              run={run}
            />
          ))}
        </ol>
      )}
      {fields.length < LIMITS.templateFieldsMax ? (
        <details className="add-field" open={fields.length === 0 ? true : undefined}>
          <summary>{t('create.addField')}</summary>
          <TemplateFieldForm
            submitLabel={t('create.addField')}
            onSubmit={(input) => run(() => void store.commands.addTemplateField(input))}
          />
        </details>
      ) : (
        <p className="hint">{t('create.tooManyFields', { max: LIMITS.templateFieldsMax })}</p>
      )}
      <RemovedFields fields={removed} store={store} run={run} />
      <div className="template-options">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={snapshot.creation.startFromAnswers}
            onChange={(event) => run(() => store.commands.setStartFromAnswers(event.target.checked))}
            aria-describedby={`${id}-answers-help`}
          />
          {t('create.startFromAnswers')}
        </label>
        <p id={`${id}-answers-help`} className="hint">
          {t('create.startFromAnswersHelp')}
        </p>
        {fields.length > 0 ? (
          <form className="save-template" onSubmit={saveOnDevice}>
            <label htmlFor={`${id}-name`}>{t('create.templateName')}</label>
            <div className="inline-field">
              <input
                id={`${id}-name`}
                value={name}
                placeholder={snapshot.title}
                maxLength={LIMITS.titleLength}
                onChange={(event) => setName(event.target.value)}
              />
              <button type="submit" className="secondary">
                {t('create.saveTemplate')}
              </button>
            </div>
            {savedAs ? (
              <p className="hint" role="status">
                {t('create.templateSaved', { name: savedAs })}
              </p>
            ) : null}
          </form>
        ) : null}
      </div>
    </section>
  );
}
