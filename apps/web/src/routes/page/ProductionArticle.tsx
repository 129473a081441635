import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ContributionBar } from './ContributionBar.tsx';
import { FieldBlocks } from './FieldBlocks.tsx';
import type { PageProductionModel } from './PageModel.ts';

interface ProductionArticleProps {
  production: PageProductionModel;
  /** The facilitator's and members' buttons (none in an export). */
  tools?: ReactNode;
  /** Replaces the fields while a member edits them. */
  body?: ReactNode;
  /** Under the production, e.g. its comments and reactions on the live page. */
  footer?: ReactNode;
}

/** One production: its group, members with roles, who wrote how much, then every field in the template's order. */
export function ProductionArticle({ production, tools, body, footer }: ProductionArticleProps) {
  const { t } = useTranslation();
  const titleId = `production-${production.id}-title`;
  return (
    <article
      className={production.hidden ? 'page-production page-production-hidden' : 'page-production'}
      id={`production-${production.id}`}
      aria-labelledby={titleId}
      data-testid="page-production"
    >
      <header className="page-production-header">
        <h2 id={titleId}>{production.title}</h2>
        {production.hidden ? <p className="page-hidden-tag">{t('page.hiddenTag')}</p> : null}
        {production.label ? <p className="page-label">{production.label}</p> : null}
        {production.members.length > 0 ? (
          <p className="page-members">
            <span className="page-members-title">{t('page.members')}: </span>
            {production.members
              .map((member) => (member.role ? `${member.name} (${member.role})` : member.name))
              .join(', ')}
          </p>
        ) : null}
        {tools}
      </header>
      {body ?? (
        <div className="page-fields">
          {production.fields.map((field) => (
            <section key={field.key} className="page-field" data-removed={field.removed || undefined}>
              <h3 className="page-field-title">
                {field.title}
                {field.removed ? <span className="page-removed-tag"> · {t('page.removedField')}</span> : null}
              </h3>
              {field.blocks.length > 0 ? (
                <div className="page-text">
                  <FieldBlocks blocks={field.blocks} />
                </div>
              ) : (
                <p className="page-muted">{t('page.notWritten')}</p>
              )}
            </section>
          ))}
        </div>
      )}
      <ContributionBar contributions={production.contributions} />
      {footer}
    </article>
  );
}
