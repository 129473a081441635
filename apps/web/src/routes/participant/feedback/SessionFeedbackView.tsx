import { FEEDBACK_LIMITS, SESSION_FEEDBACK } from '@peerloom/protocol';
import { readSessionFeedbackForm } from '@peerloom/session-model';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice.tsx';
import { useFeedbackOutbox } from '../../../session/useFeedbackOutbox.ts';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { FeedbackAnswerForm } from './FeedbackAnswerForm.tsx';
import { FeedbackPrivacyNote } from './FeedbackPrivacyNote.tsx';
import { SharedFeedbackResults } from './SharedFeedbackResults.tsx';
import './sessionFeedback.css';

const others = SESSION_FEEDBACK.minimumBatch - 1;

/**
 * The participant's anonymous feedback on the session (step 6B): the form, what happens to the answer, whether it
 * waits on the device or was sent, and the results once the facilitator shares them. The answer goes over HTTP,
 * never into a document of this device.
 */
export function SessionFeedbackView({ snapshot, handle }: ParticipantStepProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // The snapshot changes with every change of `control`: the form is read again then.
  // biome-ignore lint/correctness/useExhaustiveDependencies: snapshot stands for the control document's changes.
  const form = useMemo(() => readSessionFeedbackForm(handle.documents.control), [snapshot, handle]);
  const token = handle.access.role === 'participant' ? handle.access.token : '';
  const { state, submit } = useFeedbackOutbox(handle.sessionId, form.formId, token);
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const ratingQuestion = form.ratingQuestion[language] || t('anonymous.defaultRating');
  const openQuestion = form.openQuestion[language] || t('anonymous.defaultQuestion');

  const answerForm = (initial: { rating: number | null; text: string } | null) =>
    form.open && form.formId ? (
      <FeedbackAnswerForm
        ratingQuestion={ratingQuestion}
        openQuestion={openQuestion}
        draftKey={`feedback:${handle.sessionId}:${form.formId}`}
        initial={initial}
        onSend={(answer) => void submit(answer)}
      />
    ) : (
      <p className="waiting">{form.formId ? t('anonymous.closed') : t('anonymous.notOpen')}</p>
    );

  let body = null;
  if (!form.formId) {
    body = answerForm(null);
  } else if (state.kind === 'sent') {
    body = <Notice tone="success">{t('anonymous.sent', { count: others })}</Notice>;
  } else if (state.kind === 'waiting') {
    body = (
      <>
        <Notice tone="info">
          <span data-testid="feedback-waiting">{t('anonymous.waiting')}</span>
        </Notice>
        <AnswerSummary rating={state.rating} text={state.text} />
      </>
    );
  } else if (state.kind === 'refused') {
    const known = [
      'form_closed',
      'unknown_form',
      'empty_answer',
      'text_too_long',
      'invalid_rating',
      'removed',
    ];
    const code = known.includes(state.code) ? state.code : 'generic';
    body = (
      <>
        <Notice tone="error">{t(`anonymous.refused.${code}`, { max: FEEDBACK_LIMITS.textLength })}</Notice>
        {answerForm({ rating: state.rating, text: state.text })}
      </>
    );
  } else if (state.kind === 'empty') {
    body = answerForm(null);
  }

  return (
    <section className="card session-feedback" aria-labelledby={`${id}-title`} data-testid="session-feedback">
      <h2 id={`${id}-title`}>{t('anonymous.title')}</h2>
      {body}
      {form.shared ? <SharedFeedbackResults handle={handle} form={form} /> : null}
      <FeedbackPrivacyNote folded={state.kind === 'sent'} />
    </section>
  );
}

function AnswerSummary({ rating, text }: { rating: number | null; text: string }) {
  const { t } = useTranslation();
  return (
    <div className="feedback-summary">
      <p className="hint">{t('anonymous.yourAnswer')}</p>
      {rating !== null ? (
        <p className="feedback-summary-rating">{t('anonymous.ratingValue', { value: rating })}</p>
      ) : null}
      {text ? <p className="answer-text">{text}</p> : null}
    </div>
  );
}
