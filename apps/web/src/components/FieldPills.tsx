import { useTranslation } from 'react-i18next';
import type { ProgressSummary } from '../session/summarizeProgress.ts';
import './FieldPills.css';

/** A row of small pills, one per template field: empty, started or filled; the title in the accessible name. */
export function FieldPills({
  summary,
  size = 'small',
}: {
  summary: ProgressSummary;
  size?: 'small' | 'large';
}) {
  const { t } = useTranslation();
  return (
    <ol className={`field-pills field-pills-${size}`} aria-label={t('create.fieldsProgress')}>
      {summary.fields.map((field, index) => (
        <li key={field.id} className={`field-pill field-pill-${field.state}`} title={field.title}>
          <span aria-hidden="true">{index + 1}</span>
          <span className="visually-hidden">
            {t('create.pillLabel', { title: field.title, state: t(`create.fieldState.${field.state}`) })}
          </span>
        </li>
      ))}
    </ol>
  );
}
