import type { CriterionResult } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';

const formatLevel = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const MAX_DOTS = 6;

/**
 * A production's results per criterion: the median out of 4 and the spread in words, and a 1–4 scale where the
 * levels given are shaded from the lowest to the highest, the median outlined, one dot per evaluation.
 */
export function CriterionResultList({ criteria }: { criteria: readonly CriterionResult[] }) {
  const { t } = useTranslation();
  return (
    <ul className="criterion-results" data-testid="criterion-results">
      {criteria.map((criterion) => {
        const { median, min, max } = criterion;
        return (
          <li key={criterion.criterionId} className="criterion-result" data-testid="criterion-result">
            <div className="criterion-result-head">
              <span className="criterion-result-title">{criterion.title}</span>
              {median === null ? (
                <span className="hint">—</span>
              ) : (
                <span className="criterion-result-median">
                  {t('evaluation.median', { value: formatLevel(median) })}
                  {min !== null && max !== null && min !== max ? (
                    <span className="hint"> · {t('evaluation.spread', { min, max })}</span>
                  ) : null}
                </span>
              )}
            </div>
            <ol className="level-scale" aria-hidden="true">
              {criterion.levels.map((count, index) => {
                const level = index + 1;
                const classes = ['level-cell'];
                if (min !== null && max !== null && level >= min && level <= max)
                  classes.push('level-in-spread');
                if (median !== null && Math.abs(level - median) < 1) classes.push('level-median');
                return (
                  <li key={level} className={classes.join(' ')}>
                    <span className="level-number">{level}</span>
                    <span className="level-dots">{count > MAX_DOTS ? `●×${count}` : '●'.repeat(count)}</span>
                  </li>
                );
              })}
            </ol>
            <p className="visually-hidden">
              {criterion.levels
                .map((count, index) => t('evaluation.levelCount', { level: index + 1, count }))
                .join(', ')}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
