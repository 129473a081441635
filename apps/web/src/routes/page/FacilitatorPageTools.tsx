import type { PageCommands } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import type { PageProductionModel } from './PageModel.ts';

interface FacilitatorPageToolsProps {
  commands: PageCommands;
  production: PageProductionModel;
  /** Every production id in the page's current order, hidden ones included. */
  order: readonly string[];
  index: number;
}

/** The facilitator's arrangement of one production on the page: move it up or down, hide or show it. */
export function FacilitatorPageTools({ commands, production, order, index }: FacilitatorPageToolsProps) {
  const { t } = useTranslation();
  const move = (delta: -1 | 1) => {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + delta, 0, moved);
    commands.setPageOrder(next);
  };
  return (
    <fieldset className="page-tools">
      <legend className="visually-hidden">{t('page.facilitatorTools')}</legend>
      <button
        type="button"
        className="secondary"
        onClick={() => move(-1)}
        disabled={index === 0}
        aria-label={t('page.moveUpNamed', { name: production.title })}
      >
        {t('page.moveUp')}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => move(1)}
        disabled={index >= order.length - 1}
        aria-label={t('page.moveDownNamed', { name: production.title })}
      >
        {t('page.moveDown')}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => commands.setProductionHidden(production.id, !production.hidden)}
      >
        {production.hidden ? t('page.show') : t('page.hide')}
      </button>
    </fieldset>
  );
}
