import { useTranslation } from 'react-i18next';

/** The facilitator's message to every group, as a banner above the production. */
export function CreationMessage({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <div className="create-message" role="status" data-testid="creation-message">
      <span className="create-message-from">{t('production.messageFrom')}</span>
      <p>{text}</p>
    </div>
  );
}
