import {
  LIMITS,
  type SessionSnapshot,
  type SessionStore,
  selectActiveQuestion,
  selectAnswersTo,
} from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerList } from '../../components/AnswerList.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';

export function QuestionPanel({ snapshot, store }: { snapshot: SessionSnapshot; store: SessionStore }) {
  const { t } = useTranslation();
  const id = useId();
  const question = selectActiveQuestion(snapshot);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const { error, run } = useCommandRunner();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = run(() =>
      question ? store.commands.editQuestion(question.id, text) : void store.commands.addQuestion(text),
    );
    if (done) setEditing(false);
  };

  const showForm = !question || editing;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('facilitator.questionTitle')}</h2>
      {showForm ? (
        <form onSubmit={submit} noValidate>
          <label htmlFor={`${id}-text`}>{t('facilitator.questionLabel')}</label>
          <textarea
            id={`${id}-text`}
            rows={2}
            value={text}
            maxLength={LIMITS.questionLength}
            onChange={(event) => setText(event.target.value)}
          />
          {error ? <Notice tone="error">{error}</Notice> : null}
          <div className="button-row">
            <button type="submit">
              {question ? t('facilitator.saveQuestion') : t('facilitator.addQuestion')}
            </button>
            {editing ? (
              <button type="button" className="secondary" onClick={() => setEditing(false)}>
                {t('facilitator.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : (
        <>
          <p className="question-text" id={`${id}-question`}>
            {question.text}
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setText(question.text);
              setEditing(true);
            }}
          >
            {t('facilitator.editQuestion')}
          </button>
        </>
      )}
      {question ? (
        <>
          <h3>{t('facilitator.answersTitle')}</h3>
          <AnswerList answers={selectAnswersTo(snapshot, question.id)} />
        </>
      ) : null}
    </section>
  );
}
