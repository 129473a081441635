export type { EditorLabels, EditorMessage, EditorUser } from './EditorLabels.ts';
export { FieldEditor, type FieldEditorProps } from './FieldEditor.tsx';
export { isSafeLinkHref, normalizeLinkHref } from './normalizeLinkHref.ts';
export { PASTE_LIMIT_CHARACTERS } from './pasteLimits.ts';
