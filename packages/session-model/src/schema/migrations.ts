import type * as Y from 'yjs';
import { controlLayout, roomLayout } from './layout.ts';

/** The stored shape this build writes. Bump it together with a new step below and its test. */
export const SCHEMA_VERSION = 1;

type Migration = (doc: Y.Doc) => void;

/** `controlMigrations[n]` moves a control document from version n to n + 1. */
const controlMigrations: Migration[] = [
  (doc) => {
    const session = controlLayout.session(doc);
    if (!session.has('phase')) session.set('phase', 'warmup');
    if (!session.has('activeQuestionId')) session.set('activeQuestionId', null);
  },
];

const roomMigrations: Migration[] = [() => {}];

const storedVersion = (map: Y.Map<unknown>) => {
  const version = map.get('schemaVersion');
  return typeof version === 'number' ? version : 0;
};

function migrate(
  doc: Y.Doc,
  versionMap: Y.Map<unknown>,
  steps: Migration[],
  origin: unknown,
): 'current' | 'migrated' | 'newer' {
  const from = storedVersion(versionMap);
  if (from > SCHEMA_VERSION) return 'newer';
  if (from === SCHEMA_VERSION) return 'current';
  doc.transact(() => {
    for (let version = from; version < SCHEMA_VERSION; version++) steps[version]?.(doc);
    versionMap.set('schemaVersion', SCHEMA_VERSION);
  }, origin);
  return 'migrated';
}

/** Brings a control document written by an older build to the current shape (facilitator only). */
export const migrateControl = (doc: Y.Doc, origin: unknown) =>
  migrate(doc, controlLayout.session(doc), controlMigrations, origin);

export const migrateRoom = (doc: Y.Doc, origin: unknown) =>
  migrate(doc, roomLayout.meta(doc), roomMigrations, origin);

export const isNewerThanThisBuild = (doc: Y.Doc, kind: 'control' | 'room') =>
  storedVersion(kind === 'control' ? controlLayout.session(doc) : roomLayout.meta(doc)) > SCHEMA_VERSION;
