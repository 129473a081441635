import type { SessionStore, TemplateField } from '@peerloom/session-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../components/ConfirmBox.tsx';

interface RemovedFieldsProps {
  fields: readonly TemplateField[];
  store: SessionStore;
  run: (command: () => void) => boolean;
}

/**
 * Fields taken out of the template. What groups wrote in them is kept (and shown in each production) until
 * the facilitator deletes the field on purpose, after a question.
 */
export function RemovedFields({ fields, store, run }: RemovedFieldsProps) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<TemplateField | null>(null);
  if (fields.length === 0) return null;
  return (
    <details className="removed-fields">
      <summary>{t('create.removedTitle', { count: fields.length })}</summary>
      <p className="hint">{t('create.removedHint')}</p>
      <ul className="removed-field-list">
        {fields.map((field) => (
          <li key={field.id} className="removed-field" data-testid="removed-field">
            <span className="removed-field-title">{field.title}</span>
            <div className="button-row">
              <button
                type="button"
                className="secondary"
                onClick={() => run(() => store.commands.restoreTemplateField(field.id))}
                aria-label={t('create.restoreField', { title: field.title })}
              >
                {t('create.restore')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => setDeleting(field)}
                aria-label={t('create.deleteField', { title: field.title })}
              >
                {t('create.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {deleting ? (
        <ConfirmBox
          message={t('create.confirmDelete', { title: deleting.title })}
          confirmLabel={t('create.confirmDeleteYes', { title: deleting.title })}
          onConfirm={() => {
            run(() => store.commands.deleteTemplateField(deleting.id));
            setDeleting(null);
          }}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </details>
  );
}
