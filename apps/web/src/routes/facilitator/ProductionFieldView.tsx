import { readFragmentText } from '@peerloom/session-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductionHandle } from '../../session/useProduction.ts';

interface ProductionFieldViewProps {
  opened: ProductionHandle;
  fieldId: string;
  title: string;
  hint: string;
  example: string;
  /** Removed from the template: shown read-only, so the facilitator keeps what the group wrote. */
  removed?: boolean;
}

/** One field of a production in the facilitator's drawer: its title, hint and the group's text. */
export function ProductionFieldView({
  opened,
  fieldId,
  title,
  hint,
  example,
  removed = false,
}: ProductionFieldViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const text = readFragmentText(opened.store.fieldFragment(fieldId));
  return (
    <section
      className={removed ? 'production-field production-field-removed' : 'production-field'}
      aria-labelledby={`${id}-title`}
    >
      <h4 id={`${id}-title`}>
        {title}
        {removed ? <span className="role-badge">{t('create.removedBadge')}</span> : null}
      </h4>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="production-field-text" data-testid="production-field-text">
        {text ? text : <span className="production-field-example">{t('create.fieldEmpty')}</span>}
      </div>
    </section>
  );
}
