import { SESSION_FEEDBACK } from '@peerloom/protocol';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** What is stored, what is not, and when answers are shown: said plainly before anyone answers. */
export function FeedbackPrivacyNote() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="feedback-privacy" aria-labelledby={`${id}-title`} data-testid="feedback-privacy">
      <h3 id={`${id}-title`}>{t('anonymous.privacyTitle')}</h3>
      <ul>
        <li>{t('anonymous.privacyStored')}</li>
        <li>{t('anonymous.privacyNotStored')}</li>
        <li>{t('anonymous.privacyShown', { count: SESSION_FEEDBACK.minimumBatch })}</li>
        <li>{t('anonymous.privacyDevice')}</li>
      </ul>
    </section>
  );
}
