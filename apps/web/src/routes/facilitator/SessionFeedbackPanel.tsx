import { SESSION_FEEDBACK } from '@peerloom/protocol';
import { readSessionFeedbackForm, selectSessionFeedbackResults } from '@peerloom/session-model';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RatingHistogram } from '../../components/RatingHistogram.tsx';
import { useAnonymousAnswers } from '../../session/useAnonymousAnswers.ts';
import { useSessionFeedbackCommands } from '../../session/useSessionFeedbackCommands.ts';
import type { FacilitatorStepProps } from '../../steps/stepProps.ts';
import { downloadFile, fileNameOf } from '../page/downloadFile.ts';
import { buildAnonymousCsv } from './buildAnonymousCsv.ts';
import { FeedbackFormEditor } from './FeedbackFormEditor.tsx';
import { FeedbackTexts } from './FeedbackTexts.tsx';
import { FeedbackThemes } from './FeedbackThemes.tsx';
import '../participant/feedback/sessionFeedback.css';
import './sessionFeedbackPanel.css';

/**
 * The facilitator's anonymous session feedback (step 6B): the form and its state, the rating histogram, the texts
 * as the relay releases them (hide an abusive one), their main themes, sharing, and a CSV with no identity.
 */
export function SessionFeedbackPanel({ snapshot, handle }: FacilitatorStepProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const commands = useSessionFeedbackCommands(handle);
  // biome-ignore lint/correctness/useExhaustiveDependencies: snapshot stands for the control document's changes.
  const form = useMemo(() => readSessionFeedbackForm(handle.documents.control), [snapshot, handle]);
  const answers = useAnonymousAnswers(handle, true);
  const results = selectSessionFeedbackResults(answers, form);
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const exportCsv = () =>
    downloadFile(
      fileNameOf(`${snapshot.title} feedback`, 'csv'),
      buildAnonymousCsv(results.answers, form.hidden, {
        batch: t('anonymous.csv.batch'),
        rating: t('anonymous.csv.rating'),
        text: t('anonymous.csv.text'),
        hidden: t('anonymous.csv.hidden'),
        yes: t('anonymous.csv.yes'),
      }),
      'text/csv;charset=utf-8',
    );

  return (
    <section
      className="card session-feedback-panel"
      aria-labelledby={`${id}-title`}
      data-testid="session-feedback-panel"
    >
      <h2 id={`${id}-title`}>{t('anonymous.editor.title')}</h2>
      <p className="hint">{t('anonymous.editor.intro', { count: SESSION_FEEDBACK.minimumBatch })}</p>
      <FeedbackFormEditor form={form} commands={commands} />
      <div className="session-feedback-results">
        <section aria-labelledby={`${id}-results`}>
          <h3 id={`${id}-results`}>{t('anonymous.resultsTitle')}</h3>
          <p data-testid="feedback-answer-count">
            {t('anonymous.answersShown', { count: results.answers.length })}
          </p>
          <p className="hint">{t('anonymous.batchRule', { count: SESSION_FEEDBACK.minimumBatch })}</p>
          <RatingHistogram histogram={results.histogram} average={results.average} />
          <button
            type="button"
            className="secondary"
            onClick={exportCsv}
            disabled={results.answers.length === 0}
          >
            {t('anonymous.exportCsv')}
          </button>
        </section>
        <section aria-labelledby={`${id}-texts`}>
          <h3>{t('anonymous.themesTitle')}</h3>
          <FeedbackThemes texts={results.texts} language={language} />
          <h3 id={`${id}-texts`}>{t('anonymous.texts')}</h3>
          <FeedbackTexts texts={results.texts} hiddenTexts={results.hiddenTexts} commands={commands} />
        </section>
      </div>
    </section>
  );
}
