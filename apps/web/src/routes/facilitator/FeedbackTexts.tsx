import type { AnonymousAnswer, SessionFeedbackCommandSet } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';

interface FeedbackTextsProps {
  texts: readonly AnonymousAnswer[];
  hiddenTexts: readonly AnonymousAnswer[];
  commands: SessionFeedbackCommandSet;
}

/** The written answers as released, each with a Hide button; hidden ones stay listed (marked) for the facilitator. */
export function FeedbackTexts({ texts, hiddenTexts, commands }: FeedbackTextsProps) {
  const { t } = useTranslation();
  if (texts.length === 0 && hiddenTexts.length === 0) return <p className="hint">{t('anonymous.noTexts')}</p>;
  const rows = [
    ...texts.map((answer) => ({ answer, hidden: false })),
    ...hiddenTexts.map((answer) => ({ answer, hidden: true })),
  ];
  return (
    <ul className="feedback-texts" data-testid="feedback-texts">
      {rows.map(({ answer, hidden }) => (
        <li key={answer.id} className={hidden ? 'feedback-text-hidden' : undefined}>
          <div className="feedback-text-body">
            <p>{answer.text}</p>
            {hidden ? <span className="badge badge-danger">{t('anonymous.hiddenMark')}</span> : null}
          </div>
          <div className="feedback-text-tools">
            <button
              type="button"
              className="secondary"
              onClick={() =>
                hidden ? commands.showFeedbackText(answer.id) : commands.hideFeedbackText(answer.id)
              }
            >
              {hidden ? t('anonymous.show') : t('anonymous.hide')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
