import { useTranslation } from 'react-i18next';
import './RatingHistogram.css';

interface RatingHistogramProps {
  /** Ratings of 1 to 5, index 0 for a rating of 1. */
  histogram: readonly number[];
  average: number | null;
}

/** Five horizontal bars, 5 on top, each with its count; the mean under them. */
export function RatingHistogram({ histogram, average }: RatingHistogramProps) {
  const { t, i18n } = useTranslation();
  const most = Math.max(1, ...histogram);
  const rows = histogram.map((count, index) => ({ value: index + 1, count })).reverse();
  return (
    <figure className="rating-histogram" data-testid="rating-histogram">
      <figcaption className="visually-hidden">{t('anonymous.histogramLabel')}</figcaption>
      <ul>
        {rows.map(({ value, count }) => (
          <li key={value} aria-label={t('anonymous.barLabel', { value, count })}>
            <span className="rating-histogram-value" aria-hidden="true">
              {value}
            </span>
            <span className="rating-histogram-track" aria-hidden="true">
              <span className="rating-histogram-bar" style={{ width: `${(count / most) * 100}%` }} />
            </span>
            <span className="rating-histogram-count" aria-hidden="true">
              {count}
            </span>
          </li>
        ))}
      </ul>
      {average !== null ? (
        <p className="rating-histogram-average" data-testid="rating-average">
          {t('anonymous.average', {
            value: average.toLocaleString(i18n.language, {
              maximumFractionDigits: 1,
              minimumFractionDigits: 1,
            }),
          })}
        </p>
      ) : null}
    </figure>
  );
}
