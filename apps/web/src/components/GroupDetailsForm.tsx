import { LIMITS } from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The facilitator's name for a group and where it meets, edited in place on its card. */
export function GroupDetailsForm({
  number,
  name,
  place,
  onSave,
  onClose,
}: {
  number: number;
  name: string;
  place: string;
  onSave: (details: { name: string; place: string }) => boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState({ name, place });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onSave(draft)) onClose();
  };
  return (
    <form className="group-details-form" onSubmit={submit} aria-label={t('board.detailsTitle', { number })}>
      <label htmlFor={`${id}-name`}>{t('board.groupName')}</label>
      <input
        id={`${id}-name`}
        value={draft.name}
        maxLength={LIMITS.nameLength}
        onChange={(event) => setDraft({ ...draft, name: event.target.value })}
      />
      <label htmlFor={`${id}-place`}>{t('board.groupPlace')}</label>
      <input
        id={`${id}-place`}
        value={draft.place}
        maxLength={LIMITS.nameLength}
        onChange={(event) => setDraft({ ...draft, place: event.target.value })}
      />
      <div className="button-row">
        <button type="submit">{t('board.saveDetails')}</button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('board.cancel')}
        </button>
      </div>
    </form>
  );
}
