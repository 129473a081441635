import type { Language, TemplateFieldInput } from '@peerloom/session-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../components/ConfirmBox.tsx';
import type { SavedTemplate } from '../../session/savedTemplates.ts';
import { getTemplatePacks } from './templatePacks.ts';

interface TemplatePackPickerProps {
  language: Language;
  /** Fields in the template now: applying a pack removes them (their text stays), so it asks first. */
  currentCount: number;
  /** Templates saved on this device. */
  saved: readonly SavedTemplate[];
  onForget: (id: string) => void;
  onApply: (fields: readonly TemplateFieldInput[]) => void;
}

interface Choice {
  name: string;
  fields: readonly TemplateFieldInput[];
}

/** Starts the template from a built-in pack (in the session's language) or one saved on this device. */
export function TemplatePackPicker({
  language,
  currentCount,
  saved,
  onForget,
  onApply,
}: TemplatePackPickerProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Choice | null>(null);
  const choose = (choice: Choice) => {
    if (currentCount === 0) onApply(choice.fields);
    else setAsking(choice);
  };
  return (
    <div className="template-packs">
      <ul className="pack-list">
        {getTemplatePacks(language).map((pack) => (
          <li key={pack.id} className="pack" data-testid="template-pack">
            <p className="pack-name">{pack.name}</p>
            <p className="hint">{pack.description}</p>
            <p className="pack-fields">{pack.fields.map((field) => field.title).join(' · ')}</p>
            <button
              type="button"
              className="secondary"
              onClick={() => choose(pack)}
              aria-label={t('create.usePackNamed', { name: pack.name })}
            >
              {t('create.usePack')}
            </button>
          </li>
        ))}
        {saved.map((template) => (
          <li key={template.id} className="pack pack-saved" data-testid="saved-template">
            <p className="pack-name">{template.name}</p>
            <p className="hint">{t('create.savedOnDevice')}</p>
            <p className="pack-fields">{template.fields.map((field) => field.title).join(' · ')}</p>
            <div className="button-row">
              <button
                type="button"
                className="secondary"
                onClick={() => choose(template)}
                aria-label={t('create.usePackNamed', { name: template.name })}
              >
                {t('create.usePack')}
              </button>
              <button
                type="button"
                className="ghost"
                onClick={() => onForget(template.id)}
                aria-label={t('create.forgetTemplateNamed', { name: template.name })}
              >
                {t('create.forgetTemplate')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {asking ? (
        <ConfirmBox
          message={t('create.confirmPack', { name: asking.name, count: currentCount })}
          confirmLabel={t('create.confirmPackYes', { name: asking.name })}
          onConfirm={() => {
            onApply(asking.fields);
            setAsking(null);
          }}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
