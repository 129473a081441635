import * as Y from 'yjs';

/** A caret after the last character of `text`, as a collaboration caret puts it in presence (anchor = head). */
export function caretAtEnd(text: Y.XmlText | Y.Text): { anchor: unknown; head: unknown } {
  const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, text.length));
  return { anchor: caret, head: caret };
}
