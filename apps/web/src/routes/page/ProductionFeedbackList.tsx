import type { SessionSnapshot } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import type { SessionHandle } from '../../session/useSessionHandle.ts';
import { PageFeedbackTools } from './PageFeedbackTools.tsx';
import { ProductionFeedback } from './ProductionFeedback.tsx';

interface ProductionFeedbackListProps {
  snapshot: SessionSnapshot;
  handle: SessionHandle;
}

/**
 * Every production by its group's title and members, each with its reactions and comments (end of session);
 * the facilitator also gets the switch that closes comments and the CSV export.
 */
export function ProductionFeedbackList({ snapshot, handle }: ProductionFeedbackListProps) {
  const { t } = useTranslation();
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId, entry.name]));
  return (
    <>
      {handle.access.role === 'facilitator' ? (
        <section className="card" aria-label={t('feedback.title')}>
          <PageFeedbackTools snapshot={snapshot} handle={handle} />
        </section>
      ) : null}
      {snapshot.productions.map((production) => {
        const titleId = `feedback-production-${production.id}`;
        return (
          <section
            key={production.id}
            className="card"
            aria-labelledby={titleId}
            data-testid="feedback-production"
          >
            <h2 id={titleId}>
              {formatGroupTitle(production, (number) => t('groups.groupNumber', { number }))}
            </h2>
            {production.label.length > 0 ? (
              <p className="group-label">{production.label.join(', ')}</p>
            ) : null}
            <p className="hint">
              {production.members
                .map((member) => names.get(member))
                .filter(Boolean)
                .join(', ')}
            </p>
            <ProductionFeedback snapshot={snapshot} handle={handle} productionId={production.id} />
          </section>
        );
      })}
    </>
  );
}
