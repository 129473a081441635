import { REACTION_KINDS, type ReactionCount, type ReactionKind } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';

interface ReactionBarProps {
  counts: Record<ReactionKind, ReactionCount>;
  /** Null when this reader cannot react (facilitator, read link, feedback closed): counts only. */
  onToggle: ((kind: ReactionKind) => void) | null;
}

/** The three quick reactions with live counts; a participant's own are pressed. */
export function ReactionBar({ counts, onToggle }: ReactionBarProps) {
  const { t } = useTranslation();
  if (!onToggle) {
    return (
      <ul className="reaction-bar" aria-label={t('feedback.reactionsLabel')}>
        {REACTION_KINDS.map((kind) => (
          <li key={kind} className="reaction reaction-static" data-testid={`reaction-${kind}`}>
            <span className="visually-hidden">
              {t('feedback.reactionCount', {
                label: t(`feedback.reactions.${kind}`),
                count: counts[kind].count,
              })}
            </span>
            <span aria-hidden="true">
              {t(`feedback.reactions.${kind}`)} <span className="reaction-count">{counts[kind].count}</span>
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <fieldset className="reaction-bar">
      <legend className="visually-hidden">{t('feedback.reactionsLabel')}</legend>
      {REACTION_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="reaction"
          aria-pressed={counts[kind].mine}
          aria-label={t('feedback.reactionCount', {
            label: t(`feedback.reactions.${kind}`),
            count: counts[kind].count,
          })}
          onClick={() => onToggle(kind)}
          data-testid={`reaction-${kind}`}
        >
          {t(`feedback.reactions.${kind}`)}
          <span className="reaction-count">{counts[kind].count}</span>
        </button>
      ))}
    </fieldset>
  );
}
