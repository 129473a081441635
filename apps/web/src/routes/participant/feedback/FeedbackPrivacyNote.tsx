import { SESSION_FEEDBACK } from '@peerloom/protocol';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What is stored, what is not, and when answers are shown: said plainly before anyone answers; once the answer is
 * sent, folded (one tap opens it again).
 */
export function FeedbackPrivacyNote({ folded = false }: { folded?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const points = (
    <ul>
      <li>{t('anonymous.privacyStored')}</li>
      <li>{t('anonymous.privacyNotStored')}</li>
      <li>{t('anonymous.privacyShown', { count: SESSION_FEEDBACK.minimumBatch })}</li>
      <li>{t('anonymous.privacyDevice')}</li>
    </ul>
  );
  if (folded) {
    return (
      <details className="feedback-privacy" data-testid="feedback-privacy">
        <summary>{t('anonymous.privacyTitle')}</summary>
        {points}
      </details>
    );
  }
  return (
    <section className="feedback-privacy" aria-labelledby={`${id}-title`} data-testid="feedback-privacy">
      <h3 id={`${id}-title`}>{t('anonymous.privacyTitle')}</h3>
      {points}
    </section>
  );
}
