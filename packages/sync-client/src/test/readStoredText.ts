import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** The text `text` of what IndexedDB alone holds of document `name`: what a device opening it afresh reads. */
export async function readStoredText(name: string): Promise<string> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(name, doc);
  await persistence.whenSynced;
  const text = doc.getText('text').toString();
  await persistence.destroy();
  return text;
}
