import {
  EVALUATION_LIMITS,
  type Evaluation,
  type EvaluationInput,
  type Rubric,
} from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice.tsx';

interface RubricFormProps {
  rubric: Rubric;
  /** This person's earlier evaluation of the production, to change. */
  earlier: Evaluation | null;
  error: string | null;
  onSubmit: (input: EvaluationInput) => void;
}

/** The rubric as a form: one level per criterion (each level with its description), the open comment, send. */
export function RubricForm({ rubric, earlier, error, onSubmit }: RubricFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [scores, setScores] = useState<Record<string, number>>(() => ({ ...(earlier?.scores ?? {}) }));
  const [comment, setComment] = useState(earlier?.comment ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ scores, comment });
  };

  return (
    <form className="rubric-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="rubric-form">
      <h2 id={`${id}-title`}>{t('evaluation.rubricHeading')}</h2>
      {rubric.criteria.map((criterion) => (
        <fieldset key={criterion.id} className="rubric-question">
          <legend>{criterion.title}</legend>
          {criterion.levels.map((description, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a level's position is its identity
            <label key={index} className="radio rubric-level">
              <input
                type="radio"
                name={`${id}-${criterion.id}`}
                checked={scores[criterion.id] === index + 1}
                onChange={() => setScores((current) => ({ ...current, [criterion.id]: index + 1 }))}
              />
              <span>
                <strong className="rubric-level-number">{index + 1}</strong> {description}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      <label htmlFor={`${id}-comment`}>{rubric.commentPrompt || t('evaluation.commentLabel')}</label>
      <textarea
        id={`${id}-comment`}
        rows={4}
        value={comment}
        maxLength={EVALUATION_LIMITS.commentLength}
        onChange={(event) => setComment(event.target.value)}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="submit" className="button-large">
        {earlier ? t('evaluation.update') : t('evaluation.submit')}
      </button>
    </form>
  );
}
