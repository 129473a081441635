import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmBoxProps {
  /** What will happen, as a question. */
  message: string;
  /** The label of the button that does it ("Yes, remove Bo"). */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an action that is hard to undo for the room: the consequence, a danger button, and Cancel. */
export function ConfirmBox({ message, confirmLabel, onConfirm, onCancel }: ConfirmBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={`${id}-message`}>
      <p id={`${id}-message`}>{message}</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('facilitator.cancel')}
        </button>
      </div>
    </div>
  );
}
