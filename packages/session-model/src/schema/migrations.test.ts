import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readSnapshot } from '../readSnapshot.ts';
import { controlLayout } from './layout.ts';
import { migrateControl, SCHEMA_VERSION } from './migrations.ts';

describe('schema migrations', () => {
  it('brings an unversioned control document to the current version with defaults', () => {
    const control = new Y.Doc();
    controlLayout.session(control).set('title', 'Old');
    expect(migrateControl(control, null)).toBe('migrated');
    expect(controlLayout.session(control).get('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(readSnapshot(control, new Y.Doc())).toMatchObject({ title: 'Old', phase: 'warmup', ready: true });
    expect(migrateControl(control, null)).toBe('current');
  });

  it('leaves a document from a newer build alone and flags it', () => {
    const control = new Y.Doc();
    controlLayout.session(control).set('schemaVersion', SCHEMA_VERSION + 1);
    expect(migrateControl(control, null)).toBe('newer');
    expect(readSnapshot(control, new Y.Doc()).unsupported).toBe(true);
  });
});
