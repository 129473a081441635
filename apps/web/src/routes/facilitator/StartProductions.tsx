import { type SessionSnapshot, type SessionStore, selectCreationGrouping } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';

interface StartProductionsProps {
  snapshot: SessionSnapshot;
  store: SessionStore;
  run: (command: () => void) => boolean;
}

/** Before any production exists: which groups will get one, or why there are none yet. */
export function StartProductions({ snapshot, store, run }: StartProductionsProps) {
  const { t } = useTranslation();
  const source = selectCreationGrouping(snapshot);
  const fields = snapshot.template.filter((field) => field.removedAt === null).length;
  if (!source) {
    return (
      <div className="start-productions start-productions-blocked" data-testid="start-productions">
        <p className="start-productions-lead">{t('create.noGroupsTitle')}</p>
        <p className="hint">{t('create.noGroupsHelp')}</p>
      </div>
    );
  }
  return (
    <div className="start-productions" data-testid="start-productions">
      <p className="start-productions-lead">
        {t(source.kind === 'thematic' ? 'create.readyThematic' : 'create.readyDiverse', {
          count: source.groups.length,
        })}
      </p>
      {fields === 0 ? <p className="hint">{t('create.noFieldsYet')}</p> : null}
      <button
        type="button"
        className="button-large"
        onClick={() => run(() => store.commands.startProductions())}
      >
        {t('create.startProductions')}
      </button>
    </div>
  );
}
