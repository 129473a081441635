/**
 * Every string the editor shows or announces, passed in by the app (which owns translations).
 * Buttons show an icon; their label is their accessible name and tooltip.
 */
export interface EditorLabels {
  /** Accessible name of the formatting toolbar, e.g. "Formatting". */
  toolbar: string;
  bold: string;
  italic: string;
  /** The larger of the two heading levels. */
  heading: string;
  /** The smaller of the two heading levels. */
  subheading: string;
  bulletList: string;
  orderedList: string;
  /** The toolbar button that adds, edits or removes a link. */
  link: string;
  /** Label of the link address field. */
  linkAddress: string;
  applyLink: string;
  removeLink: string;
  cancel: string;
  /** Shown when a paste or drop is over {@link PASTE_LIMIT_CHARACTERS} and nothing was inserted. */
  pasteTooLarge: string;
  /** Shown when a link address is not an http, https or mailto link and was not applied. */
  linkRefused: string;
  /** Closes a message. */
  dismiss: string;
}

/** Something the member should know, reported by the editor (it also shows it with its label). */
export type EditorMessage =
  | { kind: 'paste-too-large'; characters: number; limit: number }
  | { kind: 'link-refused'; href: string };

/** A member as collaboration carets show them; `color` is a six-digit hex colour such as `#1a4f8b`. */
export interface EditorUser {
  name: string;
  color: string;
}
