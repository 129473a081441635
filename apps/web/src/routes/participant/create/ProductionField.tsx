import type { EditorLabels, EditorUser } from '@peerloom/editor';
import { afterNextPaint } from '@peerloom/session-model';
import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../../components/ConfirmBox.tsx';
import type { ProductionHandle } from '../../../session/useProduction.ts';
import { LazyFieldEditor } from './LazyFieldEditor.ts';

export interface ProductionFieldProps {
  opened: ProductionHandle;
  fieldId: string;
  title: string;
  hint: string;
  example: string;
  editable: boolean;
  user: EditorUser;
  labels: EditorLabels;
  /** The facilitator brought every group to this field. */
  focused: boolean;
  /** Flashes once when the facilitator has just brought everyone here. */
  flash: boolean;
  /** Set for the "from our answers" field: the group may empty it, after a confirmation. */
  onClear?: () => void;
}

/** One field of the template: its title, then the live editor the group writes in together. */
export function ProductionField(props: ProductionFieldProps) {
  const { opened, fieldId, title, hint, example, editable, user, labels, focused, flash, onClear } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const className = [
    'card',
    'create-field',
    focused ? 'create-field-focus' : '',
    flash ? 'create-field-flash' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section
      className={className}
      aria-labelledby={titleId}
      data-field-id={fieldId}
      data-testid="create-field"
    >
      <div className="create-field-head">
        <h2 id={titleId}>{title}</h2>
        {focused ? <span className="create-focus-tag">{t('production.focusHere')}</span> : null}
      </div>
      <Suspense fallback={<p className="hint create-field-loading">{t('production.loadingEditor')}</p>}>
        <LazyFieldEditor
          fragment={opened.store.fieldFragment(fieldId)}
          awareness={opened.document.awareness}
          user={user}
          label={title}
          hint={hint}
          example={example}
          editable={editable}
          labels={labels}
          afterPaint={afterNextPaint}
        />
      </Suspense>
      {onClear && editable ? (
        confirming ? (
          <ConfirmBox
            message={t('production.clearFromAnswersQuestion')}
            confirmLabel={t('production.clearFromAnswersConfirm')}
            onConfirm={() => {
              setConfirming(false);
              onClear();
            }}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" className="secondary create-field-clear" onClick={() => setConfirming(true)}>
            {t('production.clearFromAnswers')}
          </button>
        )
      ) : null}
    </section>
  );
}
