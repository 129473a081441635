import {
  LIMITS,
  type SessionStore,
  type WarmupItem,
  type WarmupItemId,
  type WarmupItemInput,
} from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { WarmupItemView } from '../../components/WarmupItemView.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';

const empty: WarmupItemInput = { title: '', url: '', note: '' };

function WarmupItemForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: WarmupItemInput;
  submitLabel: string;
  onSubmit: (input: WarmupItemInput) => boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [input, setInput] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (onSubmit(input)) setInput(empty);
  };
  return (
    <form className="warmup-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-title`}>{t('facilitator.itemTitle')}</label>
      <input
        id={`${id}-title`}
        value={input.title}
        maxLength={LIMITS.warmupTitleLength}
        onChange={(event) => setInput({ ...input, title: event.target.value })}
      />
      <label htmlFor={`${id}-url`}>{t('facilitator.itemUrl')}</label>
      <input
        id={`${id}-url`}
        type="url"
        inputMode="url"
        value={input.url}
        placeholder="https://"
        onChange={(event) => setInput({ ...input, url: event.target.value })}
      />
      <label htmlFor={`${id}-note`}>{t('facilitator.itemNote')}</label>
      <textarea
        id={`${id}-note`}
        rows={2}
        value={input.note}
        onChange={(event) => setInput({ ...input, note: event.target.value })}
      />
      <div className="button-row">
        <button type="submit">{submitLabel}</button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('facilitator.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function WarmupEditor({ items, store }: { items: readonly WarmupItem[]; store: SessionStore }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<WarmupItemId | null>(null);
  const { error, run } = useCommandRunner();
  return (
    <section className="card" aria-labelledby="warmup-editor-title">
      <h2 id="warmup-editor-title">{t('facilitator.warmupTitle')}</h2>
      {items.length === 0 ? <p className="hint">{t('facilitator.warmupEmpty')}</p> : null}
      <ul className="warmup-list">
        {items.map((item) => (
          <li key={item.id}>
            {editing === item.id ? (
              <WarmupItemForm
                initial={item}
                submitLabel={t('facilitator.saveItem')}
                onSubmit={(input) => {
                  const done = run(() => store.commands.editWarmupItem(item.id, input));
                  if (done) setEditing(null);
                  return done;
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <WarmupItemView item={item} />
                <div className="button-row">
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('facilitator.editItem', { title: item.title || item.url })}
                    onClick={() => setEditing(item.id)}
                  >
                    {t('facilitator.edit')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('facilitator.removeItem', { title: item.title || item.url })}
                    onClick={() => run(() => store.commands.removeWarmupItem(item.id))}
                  >
                    {t('facilitator.remove')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <WarmupItemForm
        initial={empty}
        submitLabel={t('facilitator.addItem')}
        onSubmit={(input) => run(() => store.commands.addWarmupItem(input))}
      />
    </section>
  );
}
