import { answerTerms } from '@peerloom/matching';
import type { ClassCommandSet, OwnRound, Production } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatClassTitle, formatClock, formatTeachingGroup } from '../../../components/formatClassTitle.ts';

interface RoundCardProps {
  own: OwnRound;
  /** The round the facilitator started. */
  current: boolean;
  productions: ReadonlyMap<string, Production>;
  /** Participant id → name, to tell teachers who signed up. */
  names: ReadonlyMap<string, string>;
  language: string;
  run: (command: () => void) => boolean;
  commands: ClassCommandSet;
}

/** One round on a phone: "you teach", or the person's class and every class of the round with seats left. */
export function RoundCard({ own, current, productions, names, language, run, commands }: RoundCardProps) {
  const { t } = useTranslation();
  const { round, teaching, seat, choice } = own;
  const titleOf = (entry: (typeof round.classes)[number]) =>
    formatClassTitle(entry, productions.get(entry.productionId), t);
  const headingId = `round-${round.id}`;
  // Themes as the facilitator's matching reads them (bilingual concepts, stems), without its NLP model.
  const termsOf = (text: string) => answerTerms(text, language.startsWith('fr') ? 'fr' : 'en');

  return (
    <article
      className={current ? 'card round-card round-current' : 'card round-card'}
      aria-labelledby={headingId}
      data-testid="round-card"
    >
      <header className="round-head">
        <h2 id={headingId}>{t('teach.roundTitle', { number: round.number })}</h2>
        <span className="round-time">
          {t('teach.roundTime', {
            start: formatClock(round.startsAt, language),
            end: formatClock(round.endsAt, language),
          })}
        </span>
        {current ? <span className="badge badge-info">{t('teach.current')}</span> : null}
      </header>
      {teaching ? (
        <div className="round-teaching" data-testid="you-teach">
          <span className="badge badge-success">{t('teach.youTeach')}</span>
          <p>
            {t('teach.youTeachIn', {
              title: titleOf(teaching),
              place: teaching.place ? t('teach.inPlace', { place: teaching.place }) : '',
            })}
          </p>
          <p className="hint" data-testid="teach-audience">
            {t('teach.teachAudience', { count: teaching.attendees.length })}
            {teaching.attendees.length > 0
              ? ` ${teaching.attendees
                  .map((id) => names.get(id) ?? '')
                  .filter(Boolean)
                  .join(', ')}`
              : ''}
          </p>
        </div>
      ) : (
        <>
          <p
            className={seat ? 'round-status round-status-seated' : 'round-status'}
            data-testid="round-status"
          >
            {seat ? t('teach.yourClass', { title: titleOf(seat) }) : t('teach.noClassYet')}
            {seat && choice?.placed ? <span className="hint"> {t('teach.placedByFacilitator')}</span> : null}
          </p>
          <ul className="class-list" aria-label={t('teach.classesLabel', { number: round.number })}>
            {round.classes.map((entry) => {
              const mine = seat?.id === entry.id;
              const title = titleOf(entry);
              const production = productions.get(entry.productionId);
              return (
                <li
                  key={entry.id}
                  className={mine ? 'class-row class-row-mine' : 'class-row'}
                  data-testid="class-row"
                >
                  <div className="class-text">
                    <span className="class-title">{title}</span>
                    <span className="class-meta">
                      {[
                        formatTeachingGroup(production, t),
                        production?.label.slice(0, 3).join(', '),
                        entry.place,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </div>
                  <span
                    className={entry.seatsLeft === 0 ? 'class-seats class-seats-full' : 'class-seats'}
                    data-testid="seats-left"
                  >
                    {t('teach.seatsLeft', { count: entry.seatsLeft })}
                  </span>
                  {mine ? (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => run(() => commands.cancelSignUp(round.id))}
                      aria-label={t('teach.leaveClass', { title })}
                    >
                      {t('teach.leave')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      disabled={entry.seatsLeft === 0}
                      onClick={() => run(() => commands.signUp(entry.id))}
                      aria-label={t('teach.signUpFor', { title })}
                    >
                      {t('teach.signUp')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {!seat && own.open.length > 0 ? (
            <div className="choose-for-me">
              <button
                type="button"
                className="secondary"
                onClick={() => run(() => void commands.chooseClassForMe(round.id, termsOf))}
              >
                {t('teach.chooseForMe')}
              </button>
              <span className="hint">{t('teach.chooseForMeHelp')}</span>
            </div>
          ) : null}
          {!seat && !own.lost && own.open.length === 0 ? (
            <p className="hint" data-testid="no-seats">
              {t('teach.noSeatsAnywhere')}
            </p>
          ) : null}
        </>
      )}
    </article>
  );
}
