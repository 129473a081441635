import type { SessionSnapshot, SessionStore } from '@peerloom/session-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface FocusControlProps {
  snapshot: SessionSnapshot;
  store: SessionStore;
  run: (command: () => void) => boolean;
}

/** "Bring every group to the next field": which field every group is on now, the next one, and letting go. */
export function FocusControl({ snapshot, store, run }: FocusControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const fields = snapshot.template.filter((field) => field.removedAt === null);
  const focusId = snapshot.creation.focus?.fieldId ?? null;
  const index = fields.findIndex((field) => field.id === focusId);
  const current = index >= 0 ? fields[index] : undefined;
  const atLast = index === fields.length - 1;
  return (
    <section className="focus-control" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('create.focusTitle')}</h3>
      <p className="focus-current" data-testid="focus-current" aria-live="polite">
        {current
          ? t('create.focusOn', { number: index + 1, total: fields.length, title: current.title })
          : t('create.focusFree')}
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => run(() => store.commands.focusNextField())}
          disabled={fields.length === 0 || atLast}
        >
          {current ? t('create.focusNext') : t('create.focusFirst')}
        </button>
        {current ? (
          <button
            type="button"
            className="secondary"
            onClick={() => run(() => store.commands.focusField(null))}
          >
            {t('create.focusRelease')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
