import { FROM_ANSWERS_FIELD_ID, type Production, type SessionSnapshot } from '@peerloom/session-model';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductionsProgress } from '../../../session/useProductionsProgress.ts';
import type { SessionHandle } from '../../../session/useSessionHandle.ts';

// Shared with the session page: fetched when a production opens, so the step's first chunk stays small.
const FieldBlocks = lazy(() =>
  import('../../page/FieldBlocks.tsx').then((m) => ({ default: m.FieldBlocks })),
);

interface ProductionPreviewProps {
  snapshot: SessionSnapshot;
  handle: SessionHandle;
  production: Production;
  title: string;
}

/** Another group's production, read-only and live, field by field in the template's order. */
export function ProductionPreview({ snapshot, handle, production, title }: ProductionPreviewProps) {
  const { t } = useTranslation();
  const id = useId();
  // The hub tracker re-renders this screen when the group document changes (its progress is a new map then).
  const { progress, getHandle } = useProductionsProgress(handle, [production]);
  const page = progress.has(production.id) ? (getHandle(production.id)?.store.getPage() ?? null) : null;
  const fields = [
    { id: FROM_ANSWERS_FIELD_ID, title: t('evaluation.fromAnswers') },
    ...snapshot.template.filter((field) => field.removedAt === null),
  ].filter((field) => field.id !== FROM_ANSWERS_FIELD_ID || page?.fields[FROM_ANSWERS_FIELD_ID]);

  return (
    <section className="production-preview" aria-labelledby={`${id}-title`} data-testid="production-preview">
      <h2 id={`${id}-title`}>
        {t('evaluation.productionHeading')}: {title}
      </h2>
      <Suspense fallback={<p className="hint">{t('evaluation.productionLoading')}</p>}>
        {page === null ? (
          <p className="hint" aria-live="polite">
            {t('evaluation.productionLoading')}
          </p>
        ) : (
          fields.map((field) => {
            const blocks = page.fields[field.id];
            return (
              <section key={field.id} className="page-field">
                <h3 className="page-field-title">{field.title}</h3>
                {blocks ? (
                  <div className="page-text">
                    <FieldBlocks blocks={blocks} />
                  </div>
                ) : (
                  <p className="hint">{t('evaluation.productionEmpty')}</p>
                )}
              </section>
            );
          })
        )}
      </Suspense>
    </section>
  );
}
