import { CommandError, LIMITS } from '@peerloom/session-model';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

const maxFor: Record<string, number> = {
  name_too_long: LIMITS.nameLength,
  title_too_long: LIMITS.titleLength,
  question_too_long: LIMITS.questionLength,
  answer_too_long: LIMITS.answerLength,
  tag_too_long: LIMITS.tagLength,
  too_many_tags: LIMITS.tagsPerAnswer,
  note_too_long: LIMITS.warmupNoteLength,
  too_many_fields: LIMITS.templateFieldsMax,
  timer_invalid: LIMITS.timerMaxMinutes,
  message_too_long: LIMITS.creationMessageLength,
  comment_too_long: LIMITS.commentLength,
  too_many_comments: LIMITS.commentsPerProduction,
};

/** Runs a session command and turns a refusal into a translated message for the form that sent it. */
export function useCommandRunner() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    (command: () => void): boolean => {
      try {
        command();
        setError(null);
        return true;
      } catch (caught) {
        const code = caught instanceof CommandError ? caught.code : 'generic';
        setError(t(`errors.${code}`, { max: maxFor[code] }));
        if (!(caught instanceof CommandError)) console.error(caught);
        return false;
      }
    },
    [t],
  );
  return { error, run };
}
