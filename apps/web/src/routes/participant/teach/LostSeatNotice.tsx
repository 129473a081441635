import type { OwnRound, Production } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatClassTitle } from '../../../components/formatClassTitle.ts';

interface LostSeatNoticeProps {
  own: OwnRound;
  productions: ReadonlyMap<string, Production>;
  onChoose: (classId: string) => void;
}

/** "You lost your seat…", announced at once, with one button per class of that round that still has seats. */
export function LostSeatNotice({ own, productions, onChoose }: LostSeatNoticeProps) {
  const { t } = useTranslation();
  const lost = own.lost;
  if (!lost) return null;
  const chosen = own.round.classes.find((entry) => entry.id === lost.classId);
  const title = chosen ? formatClassTitle(chosen, productions.get(chosen.productionId), t) : '';
  const number = own.round.number;
  const message =
    lost.reason === 'full'
      ? t('teach.lostSeat', { title, number })
      : lost.reason === 'teaching'
        ? t('teach.lostTeaching', { title, number })
        : t('teach.lostGone', { number });
  return (
    <div className="notice notice-warning lost-seat" role="alert" data-testid="lost-seat">
      <p className="lost-seat-message">{message}</p>
      {own.open.length > 0 ? (
        <>
          <p>{t('teach.chooseAgain')}</p>
          <div className="button-row">
            {own.open.map((entry) => {
              const entryTitle = formatClassTitle(entry, productions.get(entry.productionId), t);
              return (
                <button
                  key={entry.id}
                  type="button"
                  onClick={() => onChoose(entry.id)}
                  aria-label={t('teach.signUpFor', { title: entryTitle })}
                >
                  {entryTitle} · {t('teach.seatsLeft', { count: entry.seatsLeft })}
                </button>
              );
            })}
          </div>
        </>
      ) : (
        <p>{t('teach.noSeatsAnywhere')}</p>
      )}
    </div>
  );
}
