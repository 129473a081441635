import type * as Y from 'yjs';
import { controlLayout } from './layout.ts';
import { isProfileField, type ProfileField } from './profileFields.ts';

export function readProfileFields(control: Y.Doc): ProfileField[] {
  const stored = controlLayout.session(control).get('profileFields');
  return Array.isArray(stored)
    ? stored
        .filter(isProfileField)
        .map((field) => Object.freeze({ ...field, options: Object.freeze([...field.options]) }))
    : [];
}
