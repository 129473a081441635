import { LIMITS, type RosterEntry } from '@peerloom/session-model';
import { type FormEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../components/ConfirmBox.tsx';
import type { RowProps } from '../../components/LongList.tsx';

/** What a person's row can do; one object for the list's life, so that memoised rows stay as they are. */
export interface PersonTools {
  startRename(entry: RosterEntry): void;
  startRemove(entry: RosterEntry): void;
  cancel(): void;
  setName(name: string): void;
  rename(event: FormEvent, entry: RosterEntry): void;
  remove(entry: RosterEntry): void;
}

interface PersonRowProps extends RowProps {
  entry: RosterEntry;
  online: boolean;
  answered: boolean;
  duplicate: boolean;
  /** The facilitator's open action on this person, if any; `name` is the new name typed while renaming. */
  action: 'rename' | 'remove' | null;
  name: string;
  formId: string;
  tools: PersonTools;
}

/** One person on the facilitator's list; rendered again only when something about that person changed. */
export const PersonRow = memo(function PersonRow({
  entry,
  online,
  answered,
  duplicate,
  action,
  name,
  formId,
  tools,
  rowRef,
  index,
  style,
}: PersonRowProps) {
  const { t } = useTranslation();
  return (
    <li ref={rowRef} data-index={index} style={style} className="person-row" data-testid="person-row">
      <div className="person-line">
        <span
          className={online ? 'presence presence-online' : 'presence'}
          role="img"
          aria-label={online ? t('people.online') : t('people.away')}
        />
        <span className="person-name">{entry.name}</span>
        {entry.name !== entry.ownName ? (
          <span className="person-note">{t('people.typed', { name: entry.ownName })}</span>
        ) : null}
        {duplicate ? <span className="badge badge-warning">{t('people.duplicate')}</span> : null}
        {answered ? <span className="badge">{t('people.answered')}</span> : null}
      </div>
      {action === 'rename' ? (
        <form className="inline-form" onSubmit={(event) => tools.rename(event, entry)}>
          <label htmlFor={`${formId}-name`}>{t('people.newName', { name: entry.name })}</label>
          <input
            id={`${formId}-name`}
            value={name}
            maxLength={LIMITS.nameLength}
            onChange={(event) => tools.setName(event.target.value)}
          />
          <div className="button-row">
            <button type="submit">{t('people.saveName')}</button>
            <button type="button" className="secondary" onClick={tools.cancel}>
              {t('facilitator.cancel')}
            </button>
          </div>
        </form>
      ) : action === 'remove' ? (
        <ConfirmBox
          message={t('people.confirmRemove', { name: entry.name })}
          confirmLabel={t('people.confirmRemoveYes', { name: entry.name })}
          onConfirm={() => tools.remove(entry)}
          onCancel={tools.cancel}
        />
      ) : (
        <div className="person-tools">
          <button type="button" className="ghost" onClick={() => tools.startRename(entry)}>
            {t('people.rename')}
            <span className="visually-hidden"> {entry.name}</span>
          </button>
          <button type="button" className="ghost" onClick={() => tools.startRemove(entry)}>
            {t('people.remove')}
            <span className="visually-hidden"> {entry.name}</span>
          </button>
        </div>
      )}
    </li>
  );
});
