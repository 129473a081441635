import { FROM_ANSWERS_FIELD_ID, type Production, type SessionSnapshot } from '@peerloom/session-model';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductionHandle } from '../../../session/useProduction.ts';
import { ProductionField } from './ProductionField.tsx';
import { useEditorLabels } from './useEditorLabels.ts';

interface ProductionFieldsProps {
  snapshot: SessionSnapshot;
  production: Production;
  opened: ProductionHandle;
  user: { name: string; color: string };
  editable: boolean;
}

const FLASH_MS = 3_000;

/**
 * Every field of the template in order, the "from our answers" field first while the group keeps it; when the
 * facilitator brings every group to a field, the screen scrolls there and highlights it.
 */
export function ProductionFields({ snapshot, production, opened, user, editable }: ProductionFieldsProps) {
  const { t } = useTranslation();
  const labels = useEditorLabels();
  const list = useRef<HTMLDivElement>(null);
  const focus = snapshot.creation.focus;
  const focusFieldId = focus?.fieldId ?? null;
  const focusSetAt = focus?.setAt ?? null;
  const seenFocus = useRef(focusSetAt);
  const [flashing, setFlashing] = useState<string | null>(null);

  useEffect(() => {
    if (!focusFieldId || focusSetAt === seenFocus.current) return;
    seenFocus.current = focusSetAt;
    const target = list.current?.querySelector<HTMLElement>(`[data-field-id="${CSS.escape(focusFieldId)}"]`);
    if (!target) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
    setFlashing(focusFieldId);
    const timeout = setTimeout(() => setFlashing(null), FLASH_MS);
    return () => clearTimeout(timeout);
  }, [focusFieldId, focusSetAt]);

  const fields = snapshot.template.filter((field) => field.removedAt === null);
  // A yes/no read of the production, so typing in a field never re-renders the list.
  const fromAnswersWritten = useSyncExternalStore(
    opened.store.subscribe,
    () => (opened.store.getContent().fields[FROM_ANSWERS_FIELD_ID]?.words ?? 0) > 0,
  );
  const keepsFromAnswers = production.seed !== null && fromAnswersWritten;
  // Fields the facilitator took out while this group had written in them stay visible, read-only, so
  // nobody's words vanish from under their fingers.
  const removedWithText = useSyncExternalStore(opened.store.subscribe, () =>
    snapshot.template
      .filter(
        (field) => field.removedAt !== null && (opened.store.getContent().fields[field.id]?.words ?? 0) > 0,
      )
      .map((field) => field.id)
      .join(' '),
  );
  const removedFields = snapshot.template.filter((field) => removedWithText.split(' ').includes(field.id));
  const shared = { opened, user, labels, editable };
  return (
    <div className="create-fields" ref={list}>
      {keepsFromAnswers ? (
        <ProductionField
          {...shared}
          fieldId={FROM_ANSWERS_FIELD_ID}
          title={t('production.fromAnswersTitle')}
          hint={t('production.fromAnswersHint')}
          example=""
          focused={focus?.fieldId === FROM_ANSWERS_FIELD_ID}
          flash={flashing === FROM_ANSWERS_FIELD_ID}
          onClear={() => opened.store.clearField(FROM_ANSWERS_FIELD_ID)}
        />
      ) : null}
      {fields.map((field) => (
        <ProductionField
          {...shared}
          key={field.id}
          fieldId={field.id}
          title={field.title}
          hint={field.hint}
          example={field.example}
          focused={focus?.fieldId === field.id}
          flash={flashing === field.id}
        />
      ))}
      {removedFields.map((field) => (
        <ProductionField
          {...shared}
          key={field.id}
          fieldId={field.id}
          title={field.title}
          hint={t('production.removedFieldHint')}
          example=""
          editable={false}
          focused={false}
          flash={false}
        />
      ))}
      {fields.length === 0 && !keepsFromAnswers ? <p className="hint">{t('production.noFields')}</p> : null}
    </div>
  );
}
