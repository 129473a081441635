import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageProductionModel } from './PageModel.ts';
import { ProductionArticle } from './ProductionArticle.tsx';

interface PresentViewProps {
  /** The session's title, in the corner like a slide deck's. */
  title: string;
  productions: readonly PageProductionModel[];
  index: number;
  onMove: (index: number) => void;
  /** Leaves, with the production shown then. */
  onExit: (shownId: string | null) => void;
}

/**
 * Step 5's view on the projector: one production at a time in the dark theme, type scaled to the screen, moved
 * through with the arrow keys (or a clicker's Page Up/Down) or the large buttons. A long production scrolls the
 * page under a bar that keeps the controls and the position in view and says when more is below.
 */
export function PresentView({ title, productions, index, onMove, onExit }: PresentViewProps) {
  const { t } = useTranslation();
  const region = useRef<HTMLElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const [moreBelow, setMoreBelow] = useState(false);
  const total = productions.length;
  const position = Math.min(Math.max(index, 0), Math.max(total - 1, 0));
  const production = productions[position];
  const shownId = production?.id ?? null;
  // A button disabled under the focus (the first or last production) hands the keys back to the view.
  const moveTo = (next: number) => {
    onMove(next);
    if (next <= 0 || next >= total - 1) region.current?.focus({ preventScroll: true });
  };

  useEffect(() => {
    region.current?.focus();
  }, []);

  // Each production starts at its top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the production shown changes
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [position]);

  useEffect(() => {
    const marker = end.current;
    if (!marker || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) =>
      setMoreBelow(entry ? !entry.isIntersecting : false),
    );
    observer.observe(marker);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') onMove(Math.min(position + 1, total - 1));
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') onMove(Math.max(position - 1, 0));
      else if (event.key === 'Home') onMove(0);
      else if (event.key === 'End') onMove(total - 1);
      else if (event.key === 'Escape') onExit(shownId);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [position, total, onMove, onExit, shownId]);

  return (
    <section
      className="page-present projector"
      ref={region}
      tabIndex={-1}
      aria-label={t('page.presentTitle', { position: position + 1, total })}
      data-testid="page-present"
    >
      <header className="page-present-top">
        <p className="page-present-session">{title}</p>
        <button type="button" className="secondary page-present-exit" onClick={() => onExit(shownId)}>
          {t('page.exitPresent')}
        </button>
      </header>
      <p className="visually-hidden">{t('page.presentKeys')}</p>
      <div className="page-present-stage">
        {production ? <ProductionArticle production={production} /> : <p>{t('page.noProductions')}</p>}
        <div ref={end} className="page-present-end" />
      </div>
      <div className="page-present-bar">
        <button
          type="button"
          className="secondary page-present-move"
          onClick={() => moveTo(position - 1)}
          disabled={position <= 0}
        >
          <span aria-hidden="true">←</span> {t('page.previous')}
        </button>
        <div className="page-present-where">
          <p className="page-present-position" aria-hidden="true" data-testid="present-position">
            {position + 1} / {total}
          </p>
          <p className="visually-hidden" role="status">
            {t('page.presentTitle', { position: position + 1, total })}
          </p>
          <span className="page-present-progress" aria-hidden="true">
            <span style={{ width: `${(100 * (position + 1)) / Math.max(total, 1)}%` }} />
          </span>
          <p
            className={moreBelow ? 'page-present-more' : 'page-present-more page-present-more-none'}
            aria-hidden="true"
            data-testid="present-more"
          >
            {t('page.presentMore')} <span>↓</span>
          </p>
        </div>
        <button
          type="button"
          className="page-present-move page-present-next"
          onClick={() => moveTo(position + 1)}
          disabled={position >= total - 1}
        >
          {t('page.next')} <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}
