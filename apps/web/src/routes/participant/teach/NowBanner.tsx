import type { OwnRound, Production } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatClassTitle } from '../../../components/formatClassTitle.ts';

interface NowBannerProps {
  /** The round the facilitator started, from this person's side. */
  own: OwnRound;
  productions: ReadonlyMap<string, Production>;
}

/** Where to be right now: the class this person teaches or attends in the running round, and its place. */
export function NowBanner({ own, productions }: NowBannerProps) {
  const { t } = useTranslation();
  const entry = own.teaching ?? own.seat;
  const title = entry ? formatClassTitle(entry, productions.get(entry.productionId), t) : '';
  const where = entry?.place ? ` · ${entry.place}` : '';
  return (
    <p className={entry ? 'now-banner' : 'now-banner now-banner-choose'} data-testid="now-banner">
      <span className="now-banner-label">{t('teach.nowLabel', { number: own.round.number })}</span>
      <span className="now-banner-text">
        {own.teaching
          ? t('teach.nowTeach', { title, where })
          : own.seat
            ? t('teach.nowAttend', { title, where })
            : t('teach.nowChoose')}
      </span>
    </p>
  );
}
