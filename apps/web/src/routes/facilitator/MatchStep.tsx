import { type SessionSnapshot, type SessionStore, selectAnswersTo } from '@peerloom/session-model';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { runMatching } from '../../session/runMatching.ts';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { useGroupBoard } from '../../session/useGroupBoard.ts';
import { DraftGroups } from './DraftGroups.tsx';
import { PublishButton } from './PublishButton.tsx';

/** Step 3: groups of people from their answers to a question, adjusted by hand, then published. */
export function MatchStep({ snapshot, store }: { snapshot: SessionSnapshot; store: SessionStore }) {
  const { t } = useTranslation();
  const id = useId();
  const board = useGroupBoard(snapshot, store, 'thematic');
  const [questionId, setQuestionId] = useState(snapshot.activeQuestionId ?? snapshot.questions[0]?.id ?? '');
  const [tagWeight, setTagWeight] = useState(0.5);
  const [busy, setBusy] = useState(false);
  const [timing, setTiming] = useState<number | null>(null);
  const { error, run } = useCommandRunner();
  const [failure, setFailure] = useState<string | null>(null);
  const answers = selectAnswersTo(snapshot, questionId as never);

  const match = async () => {
    setBusy(true);
    setFailure(null);
    const response = await runMatching({
      kind: 'thematic',
      inputs: answers.map((answer) => ({
        participantId: answer.participantId,
        texts: [answer.text],
        tags: [...answer.tags],
      })),
      seed: 1,
      locked: board.lockedIndexes,
      weights: { texts: [1], tags: tagWeight },
      language: snapshot.language,
    });
    setBusy(false);
    if (!response.ok || response.kind !== 'thematic') {
      setFailure(t('groups.failed'));
      return;
    }
    setTiming(Math.round(response.ms));
    run(() => store.commands.saveGrouping('thematic', questionId, response.result.groups));
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.matchTitle')}</h2>
      <div className="match-controls">
        <div>
          <label htmlFor={`${id}-question`}>{t('groups.question')}</label>
          <select
            id={`${id}-question`}
            value={questionId}
            onChange={(event) => setQuestionId(event.target.value)}
          >
            {snapshot.questions.map((question) => (
              <option key={question.id} value={question.id}>
                {question.text}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-tags`}>{t('groups.tagWeight', { value: tagWeight })}</label>
          <input
            id={`${id}-tags`}
            type="range"
            min={0}
            max={2}
            step={0.25}
            value={tagWeight}
            onChange={(event) => setTagWeight(Number(event.target.value))}
          />
        </div>
      </div>
      <p className="hint">{t('answers.count', { count: answers.length })}</p>
      <div className="button-row">
        <button type="button" onClick={match} disabled={busy || answers.length === 0}>
          {board.grouping ? t('groups.regroup') : t('groups.matchByAnswers')}
        </button>
        <PublishButton board={board} run={run} />
      </div>
      {timing !== null ? <p className="hint">{t('groups.timing', { ms: timing })}</p> : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <DraftGroups board={board} run={run} />
    </section>
  );
}
