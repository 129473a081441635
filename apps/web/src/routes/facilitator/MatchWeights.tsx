import type { ProfileField, Question } from '@peerloom/session-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WeightSlider } from '../../components/WeightSlider.tsx';

/** What thematic groups are formed from: each question's answers, their tags, profile fields, each weighted. */
export function MatchWeights({
  questions,
  tagWeight,
  criteria,
  onQuestionWeight,
  onTagWeight,
  onCriterionWeight,
}: {
  questions: readonly { question: Question; weight: number }[];
  tagWeight: number;
  criteria: readonly { field: ProfileField; weight: number }[];
  onQuestionWeight: (questionId: string, weight: number) => void;
  onTagWeight: (weight: number) => void;
  onCriterionWeight: (fieldId: string, weight: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="matching-fieldset" aria-describedby={`${id}-hint`}>
      <legend>{t('groups.weightsTitle')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('groups.weightsHint')}
      </p>
      {questions.map(({ question, weight }) => (
        <WeightSlider
          key={question.id}
          label={t('groups.questionWeight', { question: question.text })}
          value={weight}
          onChange={(value) => onQuestionWeight(question.id, value)}
        />
      ))}
      <WeightSlider label={t('groups.tagWeight')} value={tagWeight} onChange={onTagWeight} />
      {criteria.map(({ field, weight }) => (
        <WeightSlider
          key={field.id}
          label={t('groups.criterionWeight', { field: field.label })}
          value={weight}
          onChange={(value) => onCriterionWeight(field.id, value)}
        />
      ))}
    </fieldset>
  );
}
