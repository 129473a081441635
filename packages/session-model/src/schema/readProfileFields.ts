import type * as Y from 'yjs';
import { controlLayout } from './layout.ts';
import { isProfileField, type ProfileField } from './profileFields.ts';

/** The session's profile fields as stored, frozen; an option stored twice (older sessions) is shown once. */
export function readProfileFields(control: Y.Doc): ProfileField[] {
  const stored = controlLayout.session(control).get('profileFields');
  return Array.isArray(stored)
    ? stored
        .map((field: unknown) =>
          field && typeof field === 'object' && Array.isArray((field as ProfileField).options)
            ? { ...(field as ProfileField), options: [...new Set((field as ProfileField).options)] }
            : field,
        )
        .filter(isProfileField)
        .map((field) => Object.freeze({ ...field, options: Object.freeze([...field.options]) }))
    : [];
}
