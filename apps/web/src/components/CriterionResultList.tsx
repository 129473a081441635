import type { CriterionResult } from '@peerloom/session-model';
import './EvaluationResults.css';
import { useTranslation } from 'react-i18next';

const formatLevel = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** A production's results per criterion: the median out of 4, the spread, and a bar of how many gave each level. */
export function CriterionResultList({ criteria }: { criteria: readonly CriterionResult[] }) {
  const { t } = useTranslation();
  return (
    <ul className="criterion-results" data-testid="criterion-results">
      {criteria.map((criterion) => (
        <li key={criterion.criterionId} className="criterion-result" data-testid="criterion-result">
          <div className="criterion-result-head">
            <span className="criterion-result-title">{criterion.title}</span>
            {criterion.median === null ? (
              <span className="hint">—</span>
            ) : (
              <span className="criterion-result-median">
                {t('evaluation.median', { value: formatLevel(criterion.median) })}
                {criterion.min !== null && criterion.max !== null && criterion.min !== criterion.max ? (
                  <span className="hint">
                    {' '}
                    · {t('evaluation.spread', { min: criterion.min, max: criterion.max })}
                  </span>
                ) : null}
              </span>
            )}
          </div>
          <div className="level-bar">
            {criterion.levels.map((count, index) => (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: a level's position is its identity
                key={index}
                className={`level-bar-cell level-${index + 1}`}
                style={{ flexGrow: count }}
                title={t('evaluation.levelCount', { level: index + 1, count })}
                aria-label={t('evaluation.levelCount', { level: index + 1, count })}
                role="img"
                hidden={count === 0}
              >
                {count > 0 ? index + 1 : null}
              </span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
