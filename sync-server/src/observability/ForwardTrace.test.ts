import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FORWARD_TRACE_FIELDS, FORWARD_TRACE_GC, ForwardTrace, monotonicMs } from './ForwardTrace.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function readRecords(file: string): number[][] {
  const bytes = readFileSync(file);
  const values = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  const records: number[][] = [];
  for (let index = 0; index < values.length; index += FORWARD_TRACE_FIELDS)
    records.push([...values.subarray(index, index + FORWARD_TRACE_FIELDS)]);
  return records;
}

describe('ForwardTrace', () => {
  it('is off unless PEERLOOM_FORWARD_TRACE names a file', () => {
    expect(ForwardTrace.fromEnvironment({})).toBeNull();
  });

  it('writes one record per client of each forwarded update, in time order, stamped when the turn ends', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'forward-trace-'));
    folders.push(folder);
    const file = join(folder, 'trace.bin');
    const trace = ForwardTrace.fromEnvironment({ PEERLOOM_FORWARD_TRACE: file });
    if (!trace) throw new Error('no trace');
    const receivedAt = trace.now();
    trace.forwarded(
      new Map([
        [11, 4],
        [12, 7],
      ]),
      receivedAt,
    );
    await new Promise((resolve) => setImmediate(resolve));
    trace.close();
    const updates = readRecords(file).filter((record) => record[0] !== FORWARD_TRACE_GC);
    expect(updates.map((record) => record.slice(0, 2))).toEqual([
      [11, 4],
      [12, 7],
    ]);
    for (const [, , received, forwarded, flushed] of updates) {
      expect(received).toBe(receivedAt);
      expect(forwarded).toBeGreaterThanOrEqual(received ?? Number.NaN);
      expect(flushed).toBeGreaterThanOrEqual(forwarded ?? Number.NaN);
      expect(flushed).toBeLessThanOrEqual(monotonicMs());
    }
  });
});
