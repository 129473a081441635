import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageContribution } from './PageModel.ts';

const SHADES = 6;

/** Who wrote how much: one bar split by member (decorative), and the same figures as a list for everyone. */
export function ContributionBar({ contributions }: { contributions: readonly PageContribution[] }) {
  const { t } = useTranslation();
  const id = useId();
  const total = contributions.reduce((sum, contribution) => sum + contribution.words, 0);
  return (
    <section className="page-contributions" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="page-small-title">
        {t('page.contributions')}
      </h3>
      {total > 0 ? (
        <div className="page-contribution-bar" aria-hidden="true">
          {contributions.map((contribution, index) =>
            contribution.words > 0 ? (
              <span
                key={contribution.key}
                className={`page-contribution-part page-shade-${index % SHADES}`}
                style={{ width: `${(100 * contribution.words) / total}%` }}
              />
            ) : null,
          )}
        </div>
      ) : (
        <p className="page-muted">{t('page.noWordsYet')}</p>
      )}
      <ul className="page-contribution-list">
        {contributions.map((contribution, index) => (
          <li key={contribution.key} data-testid="contribution">
            {contribution.words > 0 ? (
              <span className={`page-contribution-swatch page-shade-${index % SHADES}`} aria-hidden="true" />
            ) : null}
            {t('page.contributionLine', {
              name: contribution.name,
              words: t('page.words', { count: contribution.words }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
