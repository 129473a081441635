import type { EditorLabels, EditorUser } from '@peerloom/editor';
import { afterNextPaint, readFragmentText } from '@peerloom/session-model';
import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductionHandle } from '../../session/useProduction.ts';
import { LazyFieldEditor } from '../participant/create/LazyFieldEditor.ts';

interface ProductionFieldViewProps {
  opened: ProductionHandle;
  fieldId: string;
  title: string;
  hint: string;
  example: string;
  user: EditorUser;
  labels: EditorLabels;
  /** Removed from the template: shown read-only, so the facilitator keeps what the group wrote. */
  removed?: boolean;
}

/**
 * One field of a production in the facilitator's drawer: the group's text, live, which the facilitator may
 * edit (the same editor and hub document the wall reads, no second socket). The text shows at once while
 * the editor's chunk loads.
 */
export function ProductionFieldView(props: ProductionFieldViewProps) {
  const { opened, fieldId, title, hint, example, user, labels, removed = false } = props;
  const { t } = useTranslation();
  const id = useId();
  const fragment = opened.store.fieldFragment(fieldId);
  const text = readFragmentText(fragment);
  return (
    <section
      className={removed ? 'production-field production-field-removed' : 'production-field'}
      aria-labelledby={`${id}-title`}
      data-testid="production-field"
    >
      <h4 id={`${id}-title`}>
        {title}
        {removed ? <span className="role-badge">{t('create.removedBadge')}</span> : null}
      </h4>
      <Suspense
        fallback={
          <div className="production-field-text">
            {text || <span className="production-field-example">{t('create.fieldEmpty')}</span>}
          </div>
        }
      >
        <LazyFieldEditor
          fragment={fragment}
          awareness={opened.document.awareness}
          user={user}
          label={title}
          hint={hint}
          example={example}
          editable={!removed}
          labels={labels}
          afterPaint={afterNextPaint}
        />
      </Suspense>
    </section>
  );
}
