import type { SessionStore, TemplateField } from '@peerloom/session-model';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TemplateFieldForm } from './TemplateFieldForm.tsx';

interface TemplateFieldRowProps {
  field: TemplateField;
  /** Position among the current fields, from 0. */
  index: number;
  count: number;
  store: SessionStore;
  run: (command: () => void) => boolean;
}

/** One field of the template: its number, title, hint and example, moved with buttons, edited in place. */
export function TemplateFieldRow({ field, index, count, store, run }: TemplateFieldRowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  // React moves the row's element to its new place, which takes focus off the button a keyboard user pressed.
  const refocus = useRef<'up' | 'down' | null>(null);
  const move = (direction: 'up' | 'down') => {
    refocus.current = direction;
    run(() => store.commands.moveTemplateField(field.id, direction === 'up' ? index - 1 : index + 1));
  };
  useEffect(() => {
    const direction = refocus.current;
    if (!direction) return;
    refocus.current = null;
    const [wanted, other] = direction === 'up' ? [up.current, down.current] : [down.current, up.current];
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  });
  if (editing) {
    return (
      <li className="template-field template-field-editing">
        <TemplateFieldForm
          initial={field}
          submitLabel={t('create.saveField')}
          onSubmit={(input) => {
            const saved = run(() => store.commands.updateTemplateField(field.id, input));
            if (saved) setEditing(false);
            return saved;
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="template-field" data-testid="template-field">
      <span className="template-field-number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="template-field-text">
        <p className="template-field-title">{field.title}</p>
        {field.hint ? <p className="hint">{field.hint}</p> : null}
        {field.example ? (
          <p className="template-field-example">
            <span className="visually-hidden">{t('create.exampleLabel')} </span>
            {field.example}
          </p>
        ) : null}
      </div>
      <div className="template-field-actions">
        <button
          type="button"
          className="secondary icon-button"
          ref={up}
          onClick={() => move('up')}
          disabled={index === 0}
          aria-label={t('create.moveUp', { title: field.title })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="secondary icon-button"
          ref={down}
          onClick={() => move('down')}
          disabled={index === count - 1}
          aria-label={t('create.moveDown', { title: field.title })}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setEditing(true)}
          aria-label={t('create.editField', { title: field.title })}
        >
          {t('facilitator.edit')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => run(() => store.commands.removeTemplateField(field.id))}
          aria-label={t('create.removeField', { title: field.title })}
        >
          {t('facilitator.remove')}
        </button>
      </div>
    </li>
  );
}
