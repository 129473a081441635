import { PROFILE_FIELD_PRESETS, type ProfileField, type SessionStore } from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The facilitator picks the profile questions participants answer: presets, plus fields of their own. */
export function ProfileFieldsEditor({
  fields,
  store,
  run,
}: {
  fields: readonly ProfileField[];
  store: SessionStore;
  run: (command: () => void) => boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<'choice' | 'number'>('choice');
  const [options, setOptions] = useState('');
  const chosen = new Set(fields.map((field) => field.id));
  const toggle = (preset: ProfileField) =>
    run(() =>
      store.commands.setProfileFields(
        chosen.has(preset.id) ? fields.filter((field) => field.id !== preset.id) : [...fields, preset],
      ),
    );
  const addCustom = (event: FormEvent) => {
    event.preventDefault();
    const values = options
      .split(',')
      .map((option) => option.trim())
      .filter(Boolean);
    if (label.trim() === '' || (kind === 'choice' && values.length < 2)) return;
    const field: ProfileField = {
      id: `custom-${Date.now().toString(36)}`,
      label: label.trim(),
      kind,
      options: kind === 'choice' ? values : [],
    };
    if (run(() => store.commands.setProfileFields([...fields, field]))) {
      setLabel('');
      setOptions('');
    }
  };
  return (
    <fieldset className="profile-fields">
      <legend>{t('mix.fieldsTitle')}</legend>
      {PROFILE_FIELD_PRESETS.map((preset) => (
        <label key={preset.id} className="checkbox">
          <input type="checkbox" checked={chosen.has(preset.id)} onChange={() => toggle(preset)} />{' '}
          {preset.label}
        </label>
      ))}
      {fields
        .filter((field) => !PROFILE_FIELD_PRESETS.some((preset) => preset.id === field.id))
        .map((field) => (
          <label key={field.id} className="checkbox">
            <input type="checkbox" checked onChange={() => toggle(field)} /> {field.label}
          </label>
        ))}
      <form className="custom-field" onSubmit={addCustom} noValidate>
        <label htmlFor={`${id}-label`}>{t('mix.customLabel')}</label>
        <input id={`${id}-label`} value={label} onChange={(event) => setLabel(event.target.value)} />
        <label htmlFor={`${id}-kind`}>{t('mix.customKind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.target.value as 'choice' | 'number')}
        >
          <option value="choice">{t('mix.kindChoice')}</option>
          <option value="number">{t('mix.kindNumber')}</option>
        </select>
        {kind === 'choice' ? (
          <>
            <label htmlFor={`${id}-options`}>{t('mix.customOptions')}</label>
            <input
              id={`${id}-options`}
              value={options}
              onChange={(event) => setOptions(event.target.value)}
            />
          </>
        ) : null}
        <button type="submit" className="secondary">
          {t('mix.addField')}
        </button>
      </form>
    </fieldset>
  );
}
