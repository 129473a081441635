import { type FeedbackState, REACTION_KINDS, type SessionSnapshot } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import { buildFeedbackCsv, type FeedbackCsvWords } from './buildFeedbackCsv.ts';

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Downloads every production's comments and reaction counts as CSV (the facilitator's includes hidden ones). */
export function FeedbackCsvButton({
  snapshot,
  feedback,
  includeHidden,
}: {
  snapshot: SessionSnapshot;
  feedback: FeedbackState;
  includeHidden: boolean;
}) {
  const { t } = useTranslation();
  const words = (): FeedbackCsvWords => ({
    headers: {
      production: t('feedback.csv.production'),
      type: t('feedback.csv.type'),
      author: t('feedback.csv.author'),
      text: t('feedback.csv.text'),
      count: t('feedback.csv.count'),
      comment: t('feedback.csv.comment'),
      replyTo: t('feedback.csv.replyTo'),
      createdAt: t('feedback.csv.createdAt'),
      editedAt: t('feedback.csv.editedAt'),
      hidden: t('feedback.csv.hidden'),
    },
    types: {
      comment: t('feedback.csv.typeComment'),
      reply: t('feedback.csv.typeReply'),
      reaction: t('feedback.csv.typeReaction'),
    },
    reactions: Object.fromEntries(
      REACTION_KINDS.map((kind) => [kind, t(`feedback.reactions.${kind}`)]),
    ) as FeedbackCsvWords['reactions'],
    yes: t('feedback.csv.yes'),
    formerParticipant: t('feedback.formerParticipant'),
    productionTitle: (production) =>
      formatGroupTitle(production, (number) => t('groups.groupNumber', { number })),
  });
  const filename = `${snapshot.title.replace(/[^\p{L}\p{N}]+/gu, '-') || 'session'}-comments.csv`;
  return (
    <button
      type="button"
      className="secondary"
      onClick={() => download(filename, buildFeedbackCsv(snapshot, feedback, words(), { includeHidden }))}
    >
      {t('feedback.downloadCsv')}
    </button>
  );
}
