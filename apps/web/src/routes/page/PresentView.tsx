import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageProductionModel } from './PageModel.ts';
import { ProductionArticle } from './ProductionArticle.tsx';

interface PresentViewProps {
  productions: readonly PageProductionModel[];
  index: number;
  onMove: (index: number) => void;
  onExit: () => void;
}

/** Step 5's view: one production at a time, large, moved through with the arrow keys or the buttons. */
export function PresentView({ productions, index, onMove, onExit }: PresentViewProps) {
  const { t } = useTranslation();
  const region = useRef<HTMLElement>(null);
  const total = productions.length;
  const position = Math.min(Math.max(index, 0), Math.max(total - 1, 0));
  const production = productions[position];

  useEffect(() => {
    region.current?.focus();
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
      else if (event.key === 'Escape') onExit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [position, total, onMove, onExit]);

  return (
    <section
      className="page-present"
      ref={region}
      tabIndex={-1}
      aria-label={t('page.presentTitle', { position: position + 1, total })}
      data-testid="page-present"
    >
      <div className="page-present-bar">
        <button
          type="button"
          className="secondary"
          onClick={() => onMove(position - 1)}
          disabled={position <= 0}
        >
          {t('page.previous')}
        </button>
        <output className="page-present-position" aria-live="polite">
          {t('page.presentTitle', { position: position + 1, total })}
        </output>
        <button
          type="button"
          className="secondary"
          onClick={() => onMove(position + 1)}
          disabled={position >= total - 1}
        >
          {t('page.next')}
        </button>
        <button type="button" onClick={onExit}>
          {t('page.exitPresent')}
        </button>
      </div>
      <p className="visually-hidden">{t('page.presentKeys')}</p>
      {production ? <ProductionArticle production={production} /> : <p>{t('page.noProductions')}</p>}
    </section>
  );
}
