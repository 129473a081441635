// The relay's document writes, on their own thread with their own SQLite connection, so that a commit that waits
// for the disk never stalls the event loop that fans keystrokes out. A commit hands its pages to the operating
// system (synchronous = NORMAL: a relay process that dies loses nothing); one marked `sync` also waits for fsync
// (synchronous = FULL for that transaction), which puts it and every frame written before it in the WAL on disk.
// A compaction is a checkpoint the relay encoded, written in place of the log. Plain JavaScript because a worker
// thread does not inherit tsx's loader on Node 20: this file must load the same under tsx, vitest and plain node.
// StorageWriter.ts is its only caller and documents the messages.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');

const appendUpdate = db.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)');
const deleteUpdates = db.prepare('DELETE FROM updates WHERE doc = ?');
const bindClient = db.prepare('INSERT OR IGNORE INTO client_owners (doc, client, owner) VALUES (?, ?, ?)');
// A sync with no write of its own still needs a frame to commit: the time of the last sync, kept as a setting.
const markSynced = db.prepare(
  "INSERT OR REPLACE INTO settings (key, value) VALUES ('documents-synced-at', ?)",
);

/** Replaces a document's update log by a checkpoint the relay encoded from its live copy. */
function replaceLog(docName, checkpoint) {
  deleteUpdates.run(docName);
  appendUpdate.run(docName, Buffer.from(checkpoint.buffer, checkpoint.byteOffset, checkpoint.byteLength));
}

const commit = db.transaction((writes) => {
  if (writes.length === 0) markSynced.run(new Date().toISOString());
  for (const write of writes) {
    if (write.compact) replaceLog(write.docName, write.checkpoint);
    else if (write.owners)
      for (const [client, owner] of write.owners) bindClient.run(write.docName, client, owner);
    else
      appendUpdate.run(
        write.docName,
        Buffer.from(write.data.buffer, write.data.byteOffset, write.data.byteLength),
      );
  }
});

parentPort.on('message', (message) => {
  if (message.type === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  if (message.type !== 'commit') throw new Error(`unknown storage writer message ${String(message.type)}`);
  const started = performance.now();
  try {
    if (message.sync) db.pragma('synchronous = FULL');
    commit(message.writes);
    parentPort.postMessage({ id: message.id, ok: true, commitMs: performance.now() - started });
  } catch (error) {
    parentPort.postMessage({ id: message.id, ok: false, error: String(error) });
  } finally {
    if (message.sync) db.pragma('synchronous = NORMAL');
  }
});
