import {
  type Answer,
  LIMITS,
  type ParticipantCommands,
  type QuestionId,
  type SessionStore,
} from '@peerloom/session-model';
import { type FormEvent, lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { loadDraft, saveDraft } from '../../session/deviceStore.ts';
import type { RoomAnswer } from '../../session/suggestTags.ts';
import { useCommandRunner } from '../../session/useCommandRunner.ts';

const TagSuggestions = lazy(() => import('../../components/TagSuggestions.tsx'));

interface AnswerFormProps {
  store: SessionStore<ParticipantCommands>;
  questionId: QuestionId;
  draftKey: string;
  existing: Answer | null;
  onDone: () => void;
  /** The room's answers to this question, for tag suggestions. */
  roomAnswers: readonly RoomAnswer[];
  participantId: string;
}

interface Draft {
  text: string;
  tags: string;
}

const splitTags = (tags: string) => tags.split(',').map((tag) => tag.trim());

/** The answer box; what is typed is kept on the device until it is published. */
export function AnswerForm({
  store,
  questionId,
  draftKey,
  existing,
  onDone,
  roomAnswers,
  participantId,
}: AnswerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Draft>({
    text: existing?.text ?? '',
    tags: existing?.tags.join(', ') ?? '',
  });
  const [restored, setRestored] = useState(false);
  const { error, run } = useCommandRunner();

  useEffect(() => {
    let current = true;
    loadDraft<Draft>(draftKey).then((saved) => {
      if (!current) return;
      if (saved && (saved.text || saved.tags)) setDraft(saved);
      setRestored(true);
    });
    return () => {
      current = false;
    };
  }, [draftKey]);

  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (restored) void saveDraft(draftKey, next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = run(() =>
      store.commands.submitAnswer(questionId, { text: draft.text, tags: splitTags(draft.tags) }),
    );
    if (done) {
      void saveDraft(draftKey, null);
      onDone();
    }
  };

  const typedTags = useMemo(() => splitTags(draft.tags).filter(Boolean), [draft.tags]);
  const addTag = (tag: string) => change({ tags: [...typedTags, tag].join(', ') });
  const left = LIMITS.answerLength - [...draft.text].length;
  return (
    <form className="card answer-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-text`}>{t('participant.answerLabel')}</label>
      <textarea
        id={`${id}-text`}
        value={draft.text}
        onChange={(event) => change({ text: event.target.value })}
        rows={4}
        aria-describedby={`${id}-left`}
        aria-invalid={error !== null}
      />
      <p id={`${id}-left`} className={left < 0 ? 'hint hint-over' : 'hint'}>
        {t('participant.charactersLeft', { count: left })}
      </p>
      <label htmlFor={`${id}-tags`}>{t('participant.tagsLabel')}</label>
      <input
        id={`${id}-tags`}
        value={draft.tags}
        onChange={(event) => change({ tags: event.target.value })}
      />
      <Suspense fallback={null}>
        <TagSuggestions
          draft={draft.text}
          tags={typedTags}
          answers={roomAnswers}
          ownId={participantId}
          onPick={addTag}
        />
      </Suspense>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="submit">{existing ? t('participant.saveEdit') : t('participant.publish')}</button>
    </form>
  );
}
