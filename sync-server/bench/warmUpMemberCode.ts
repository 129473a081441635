import * as Y from 'yjs';
import { caretAtEnd } from './caretAtEnd.ts';
import { presenceMessage } from './presenceMessage.ts';

/**
 * Runs, in this bench worker only, what its simulated members do for each keystroke (a Yjs insert and its
 * update, the caret's relative position and presence JSON, the receiver's `Y.parseUpdateMeta`) on scratch
 * documents, without a socket. A phone in step 4 has run its code since the session started; the bench
 * workers start the typing minute with that code never run, and at 100 members per worker on two cores
 * their first seconds of compiling it delay the keystrokes they receive: a cost of the simulation, not of
 * the relay. Nothing is sent, so the relay stays as cold as the bench leaves it.
 */
export function warmUpMemberCode(keystrokes = 4_000): void {
  const docs = Array.from({ length: 5 }, () => new Y.Doc());
  const texts = docs.map((doc) => {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    doc.getXmlFragment('warm-up').push([paragraph]);
    return text;
  });
  let seen = 0;
  for (const doc of docs) {
    doc.on('update', (update: Uint8Array) => {
      for (const [, clock] of Y.parseUpdateMeta(update).to) seen += clock > 0 ? 1 : 0;
    });
  }
  for (let keystroke = 0; keystroke < keystrokes; keystroke++) {
    const index = keystroke % texts.length;
    const text = texts[index] as Y.XmlText;
    text.insert(text.length, String.fromCharCode(97 + (keystroke % 26)));
    presenceMessage(docs[index]?.clientID ?? 0, keystroke, JSON.stringify({ cursor: caretAtEnd(text) }));
  }
  for (const doc of docs) doc.destroy();
  if (seen < keystrokes) throw new Error(`member warm-up saw ${seen} of ${keystrokes} updates`);
}
