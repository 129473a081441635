import { type SessionFeedbackForm, selectSessionFeedbackResults } from '@peerloom/session-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RatingHistogram } from '../../../components/RatingHistogram.tsx';
import { useAnonymousAnswers } from '../../../session/useAnonymousAnswers.ts';
import type { SessionHandle } from '../../../session/useSessionHandle.ts';

/** The results the facilitator shared: the ratings and the texts not hidden, with no author. */
export function SharedFeedbackResults({
  handle,
  form,
}: {
  handle: SessionHandle;
  form: SessionFeedbackForm;
}) {
  const { t } = useTranslation();
  const id = useId();
  const results = selectSessionFeedbackResults(useAnonymousAnswers(handle, true), form);
  return (
    <section aria-labelledby={`${id}-title`} data-testid="shared-feedback-results">
      <h3 id={`${id}-title`}>{t('anonymous.resultsTitle')}</h3>
      <p className="hint">{t('anonymous.answersShown', { count: results.answers.length })}</p>
      {results.answers.length > 0 ? (
        <RatingHistogram histogram={results.histogram} average={results.average} />
      ) : null}
      {results.texts.length > 0 ? (
        <ul className="feedback-texts">
          {results.texts.map((answer) => (
            <li key={answer.id}>{answer.text}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
