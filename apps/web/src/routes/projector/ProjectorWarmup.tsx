import type { SessionSnapshot } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { WarmupItemView } from '../../components/WarmupItemView.tsx';
import { ProjectorJoin } from './ProjectorJoin.tsx';

/** Names shown at once; the count says how many joined in all. */
const NAMES_SHOWN = 60;

/** Warm-up on the projector: how to join, who has joined (newest first), and the facilitator's warm-up items. */
export function ProjectorWarmup({ snapshot }: { snapshot: SessionSnapshot }) {
  const { t } = useTranslation();
  const arrivals = [...snapshot.roster].sort((a, b) => b.joinedAt - a.joinedAt);
  const shown = arrivals.slice(0, NAMES_SHOWN);
  const hidden = arrivals.length - shown.length;
  return (
    <div className="projector-warmup-screen">
      <h1 className="visually-hidden">{snapshot.title}</h1>
      <div className="projector-welcome">
        <ProjectorJoin code={snapshot.joinCode} variant="hero" />
        <section className="projector-arrivals" aria-labelledby="projector-joined">
          <h2 id="projector-joined" className="projector-joined" data-testid="projector-joined">
            {t('projector.joined', { count: arrivals.length })}
          </h2>
          {arrivals.length === 0 ? (
            <p className="projector-lead">{t('projector.firstArrivals')}</p>
          ) : (
            <ul className="projector-names" data-testid="projector-names">
              {shown.map((entry) => (
                <li key={entry.participantId} className="projector-name">
                  {entry.name || t('answers.anonymous')}
                </li>
              ))}
              {hidden > 0 ? (
                <li className="projector-name projector-name-more">
                  {t('projector.moreNames', { count: hidden })}
                </li>
              ) : null}
            </ul>
          )}
        </section>
      </div>
      {snapshot.warmup.length > 0 ? (
        <div className="projector-warmup">
          {snapshot.warmup.map((item) => (
            <WarmupItemView key={item.id} item={item} headingLevel={2} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
