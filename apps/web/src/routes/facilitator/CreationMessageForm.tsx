import { LIMITS, type SessionSnapshot, type SessionStore } from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CreationMessageFormProps {
  snapshot: SessionSnapshot;
  store: SessionStore;
  run: (command: () => void) => boolean;
}

/** A message shown on every member's screen and the projector until cleared or replaced. */
export function CreationMessageForm({ snapshot, store, run }: CreationMessageFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const shown = snapshot.creation.message;
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (run(() => store.commands.sendCreationMessage(text))) setText('');
  };
  return (
    <form className="creation-message" onSubmit={send} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('create.messageTitle')}</h3>
      {shown ? (
        <div className="message-shown" data-testid="message-shown">
          <p>
            <span className="visually-hidden">{t('create.messageShown')} </span>“{shown.text}”
          </p>
          <button
            type="button"
            className="ghost"
            onClick={() => run(() => store.commands.sendCreationMessage(''))}
          >
            {t('create.clearMessage')}
          </button>
        </div>
      ) : null}
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('create.messageLabel')}
      </label>
      <div className="inline-field">
        <input
          id={`${id}-text`}
          value={text}
          maxLength={LIMITS.creationMessageLength}
          placeholder={t('create.messagePlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={text.trim() === ''}>
          {t('create.sendMessage')}
        </button>
      </div>
    </form>
  );
}
