import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageModel, PageProductionModel } from './PageModel.ts';
import { ProductionArticle } from './ProductionArticle.tsx';

interface PageDocumentProps {
  model: PageModel;
  /** Buttons under a production's heading (the live page's; none in an export). */
  toolsFor?: (production: PageProductionModel, index: number) => ReactNode;
  /** What shows instead of a production's fields (its editors while a member edits it). */
  bodyFor?: (production: PageProductionModel) => ReactNode;
  /** What shows under a production (its comments and reactions on the live page; nothing in an export). */
  footerFor?: (production: PageProductionModel) => ReactNode;
  /** A line under the title (the export's date of export). */
  note?: string;
  /** Buttons under the session's title (the live page's "Present"). */
  actions?: ReactNode;
  /** After every production (the live page's exports). */
  end?: ReactNode;
}

/** The session's title, date and question, a table of contents, then every production: the page and its HTML export. */
export function PageDocument({ model, toolsFor, bodyFor, footerFor, note, actions, end }: PageDocumentProps) {
  const { t } = useTranslation();
  const date =
    model.createdAt === null
      ? null
      : new Intl.DateTimeFormat(model.language, { dateStyle: 'long' }).format(new Date(model.createdAt));
  return (
    <div className="page-doc">
      <header className="page-doc-header">
        <p className="page-kicker">{t('page.heading')}</p>
        <h1>{model.title}</h1>
        {date ? <p className="page-date">{t('page.createdOn', { date })}</p> : null}
        {model.questions.map((question) => (
          <p className="page-question" key={question}>
            <span className="page-question-label">{t('page.question')}: </span>
            {question}
          </p>
        ))}
        {note ? <p className="page-muted">{note}</p> : null}
        {actions}
      </header>
      {model.productions.length > 0 ? (
        <nav className="page-toc" aria-labelledby="page-toc-title">
          <h2 id="page-toc-title" className="page-small-title">
            {t('page.contents')}
          </h2>
          <ol>
            {model.productions.map((production) => (
              <li key={production.id}>
                <a href={`#production-${production.id}`}>{production.title}</a>
                {production.label ? <span className="page-muted"> — {production.label}</span> : null}
              </li>
            ))}
          </ol>
        </nav>
      ) : (
        <p className="page-muted">{t('page.noProductions')}</p>
      )}
      {model.productions.map((production, index) => (
        <ProductionArticle
          key={production.id}
          production={production}
          tools={toolsFor?.(production, index)}
          body={bodyFor?.(production)}
          footer={footerFor?.(production)}
        />
      ))}
      {end}
    </div>
  );
}
