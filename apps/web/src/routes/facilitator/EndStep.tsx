import { selectPublishedGroupCount } from '@peerloom/session-model';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilitatorStepProps } from '../../steps/stepProps.ts';
import { loadProductionFeedbackList } from '../page/loadProductionFeedbackList.ts';
import { buildSessionSummary } from './buildSessionSummary.ts';
import { loadSessionFeedbackPanel } from './loadSessionFeedbackPanel.ts';

// The feedback's code and messages come only once the session has productions.
const ProductionFeedbackList = lazy(loadProductionFeedbackList);
const SessionFeedbackPanel = lazy(loadSessionFeedbackPanel);

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The last step: what the session produced, to keep, and what stays reachable on every device. */
export function EndStep(props: FacilitatorStepProps) {
  const { snapshot, handle } = props;
  const { t } = useTranslation();
  const id = useId();
  const published = selectPublishedGroupCount(snapshot);
  const summary = () =>
    buildSessionSummary(snapshot, {
      participants: t('end.participantsLabel'),
      question: (number) => t('end.questionNumber', { number }),
      noAnswers: t('answers.count', { count: 0 }),
      groupsTitle: { diverse: t('end.mixGroups'), thematic: t('end.matchGroups') },
      groupName: (number) => t('groups.groupNumber', { number }),
    });
  return (
    <>
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('end.facilitatorTitle')}</h2>
        <p>{t('end.facilitatorIntro')}</p>
        <dl className="end-figures" data-testid="end-figures">
          <div>
            <dt>{t('end.participantsLabel')}</dt>
            <dd>{snapshot.roster.length}</dd>
          </div>
          <div>
            <dt>{t('end.answersLabel')}</dt>
            <dd>{snapshot.answers.length}</dd>
          </div>
          <div>
            <dt>{t('end.groupsLabel')}</dt>
            <dd>{published}</dd>
          </div>
        </dl>
        <div className="button-row">
          <button
            type="button"
            onClick={() =>
              download(`${snapshot.title.replace(/[^\p{L}\p{N}]+/gu, '-') || 'session'}.md`, summary())
            }
          >
            {t('end.download')}
          </button>
          {snapshot.sessionId ? (
            <a
              className="button-link secondary"
              href={`/g/${snapshot.sessionId}`}
              target="_blank"
              rel="noopener"
            >
              {t('end.openPage')}
            </a>
          ) : null}
        </div>
      </section>
      <Suspense fallback={null}>
        <SessionFeedbackPanel {...props} />
      </Suspense>
      {snapshot.productions.length > 0 ? (
        <Suspense fallback={null}>
          <ProductionFeedbackList snapshot={snapshot} handle={handle} />
        </Suspense>
      ) : null}
    </>
  );
}
