import {
  LIMITS,
  type Question,
  type SessionSnapshot,
  type SessionStore,
  selectAllAnswersTo,
} from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { ModeratedAnswerList } from './ModeratedAnswerList.tsx';

function QuestionEditor({
  question,
  answered,
  onSave,
  onCancel,
}: {
  question: Question;
  answered: number;
  onSave: (text: string) => boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(question.text);
  const [confirming, setConfirming] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answered > 0 && text.trim() !== question.text && !confirming) setConfirming(true);
    else if (onSave(text)) setConfirming(false);
  };
  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={`${id}-text`}>{t('facilitator.editQuestionLabel')}</label>
      <textarea
        id={`${id}-text`}
        rows={2}
        value={text}
        maxLength={LIMITS.questionLength}
        onChange={(event) => {
          setText(event.target.value);
          setConfirming(false);
        }}
      />
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('facilitator.confirmReword', { count: answered })}</p>
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit">
          {confirming ? t('facilitator.confirmRewordYes') : t('facilitator.saveQuestion')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('facilitator.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Step 2 on the facilitator's screen: the session's questions, which one participants answer now, and its answers. */
export function QuestionPanel({ snapshot, store }: { snapshot: SessionSnapshot; store: SessionStore }) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [text, setText] = useState('');
  const { error, run } = useCommandRunner();
  const active = snapshot.questions.find((question) => question.id === snapshot.activeQuestionId) ?? null;
  const countFor = (question: Question) =>
    snapshot.answers.filter((answer) => answer.questionId === question.id).length;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (run(() => void store.commands.addQuestion(text))) setText('');
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('facilitator.questionsTitle')}</h2>
      {snapshot.questions.length > 0 ? (
        <ol className="question-list">
          {snapshot.questions.map((question) => (
            <li
              key={question.id}
              className={question.id === active?.id ? 'question-item question-active' : 'question-item'}
              data-testid="question-item"
            >
              {editing === question.id ? (
                <QuestionEditor
                  question={question}
                  answered={countFor(question)}
                  onSave={(value) => {
                    const done = run(() => store.commands.editQuestion(question.id, value));
                    if (done) setEditing(null);
                    return done;
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <p className="question-text">{question.text}</p>
                  <p className="hint">
                    {t('answers.count', { count: countFor(question) })}
                    {question.version > 1
                      ? ` · ${t('facilitator.reworded', { count: question.version - 1 })}`
                      : null}
                  </p>
                  <div className="button-row">
                    {question.id === active?.id ? (
                      <span className="badge badge-live">{t('facilitator.askedNow')}</span>
                    ) : (
                      <button
                        type="button"
                        onClick={() => run(() => store.commands.setActiveQuestion(question.id))}
                      >
                        {t('facilitator.askNow')}
                        <span className="visually-hidden"> {question.text}</span>
                      </button>
                    )}
                    <button type="button" className="secondary" onClick={() => setEditing(question.id)}>
                      {t('facilitator.editQuestion')}
                      <span className="visually-hidden"> {question.text}</span>
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      <form onSubmit={add} noValidate className="question-add">
        <label htmlFor={`${id}-text`}>
          {snapshot.questions.length === 0
            ? t('facilitator.questionLabel')
            : t('facilitator.anotherQuestion')}
        </label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          maxLength={LIMITS.questionLength}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="button-row">
          <button type="submit" className={snapshot.questions.length === 0 ? undefined : 'secondary'}>
            {snapshot.questions.length === 0
              ? t('facilitator.addQuestion')
              : t('facilitator.addAnotherQuestion')}
          </button>
        </div>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {active ? (
        <>
          <h3>{t('facilitator.answersTitle')}</h3>
          <ModeratedAnswerList
            question={active}
            answers={selectAllAnswersTo(snapshot, active.id)}
            store={store}
            run={run}
          />
        </>
      ) : null}
    </section>
  );
}
