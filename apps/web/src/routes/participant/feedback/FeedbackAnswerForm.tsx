import { FEEDBACK_LIMITS, SESSION_FEEDBACK } from '@peerloom/protocol';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice.tsx';
import { loadDraft, saveDraft } from '../../../session/deviceStore.ts';

interface FeedbackAnswerFormProps {
  ratingQuestion: string;
  openQuestion: string;
  /** Where the unsent draft is kept on this device. */
  draftKey: string;
  initial: { rating: number | null; text: string } | null;
  onSend: (answer: { rating: number | null; text: string }) => void;
}

const RATINGS = Array.from(
  { length: SESSION_FEEDBACK.ratingMax - SESSION_FEEDBACK.ratingMin + 1 },
  (_, index) => SESSION_FEEDBACK.ratingMin + index,
);

/** A 1–5 rating and one open question; both may be left out, not both. The draft survives a reload. */
export function FeedbackAnswerForm({
  ratingQuestion,
  openQuestion,
  draftKey,
  initial,
  onSend,
}: FeedbackAnswerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [rating, setRating] = useState<number | null>(initial?.rating ?? null);
  const [text, setText] = useState(initial?.text ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void loadDraft<{ rating: number | null; text: string }>(draftKey).then((draft) => {
      if (!current || !draft) return;
      setRating(draft.rating);
      setText(draft.text);
    });
    return () => {
      current = false;
    };
  }, [draftKey]);

  const keep = (next: { rating: number | null; text: string }) => {
    setRating(next.rating);
    setText(next.text);
    setProblem(null);
    void saveDraft(draftKey, next);
  };

  const length = [...text.trim()].length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rating === null && length === 0) return setProblem(t('anonymous.refused.empty_answer'));
    if (length > FEEDBACK_LIMITS.textLength) {
      return setProblem(t('anonymous.refused.text_too_long', { max: FEEDBACK_LIMITS.textLength }));
    }
    void saveDraft(draftKey, null);
    onSend({ rating, text: text.trim() });
  };

  return (
    <form className="feedback-answer-form" onSubmit={submit} noValidate>
      <fieldset className="feedback-rating">
        <legend>{ratingQuestion}</legend>
        <div className="feedback-rating-scale">
          {RATINGS.map((value) => (
            <label key={value} className="feedback-rating-option">
              <input
                type="radio"
                name={`${id}-rating`}
                value={value}
                checked={rating === value}
                onChange={() => keep({ rating: value, text })}
                aria-label={t('anonymous.ratingValue', { value })}
              />
              <span aria-hidden="true">{value}</span>
            </label>
          ))}
        </div>
        <p className="feedback-rating-ends hint" aria-hidden="true">
          <span>1 · {t('anonymous.ratingLow')}</span>
          <span>5 · {t('anonymous.ratingHigh')}</span>
        </p>
      </fieldset>
      <label htmlFor={`${id}-text`}>{openQuestion}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={4}
        onChange={(event) => keep({ rating, text: event.target.value })}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className={length > FEEDBACK_LIMITS.textLength ? 'hint hint-over' : 'hint'}>
        {t('anonymous.textCount', { count: length, max: FEEDBACK_LIMITS.textLength })}
      </p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <button type="submit" className="button-large button-block">
        {t('anonymous.send')}
      </button>
    </form>
  );
}
