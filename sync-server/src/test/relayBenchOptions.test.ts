import { expect, it } from 'vitest';
import { parseBenchOptions } from '../../bench/benchOptions.ts';

it('bench:relay --relays 3 --redis runs one relay on SQLite and the 3-relay cluster, side by side', () => {
  const options = parseBenchOptions(['--relays', '3', '--redis']);
  expect(options.relays).toEqual(['ours', 'cluster']);
  expect(options.clusterRelays).toBe(3);
  expect(parseBenchOptions([]).relays).toEqual(['ours', 'unguarded', 'stock']);
  expect(parseBenchOptions(['--redis', '--only', 'cluster']).relays).toEqual(['cluster']);
});

it('bench:relay refuses several relays without Redis, and a cluster without --redis', () => {
  expect(() => parseBenchOptions(['--relays', '3'])).toThrow(/--redis/);
  expect(() => parseBenchOptions(['--only', 'cluster'])).toThrow(/--redis/);
  expect(() => parseBenchOptions(['--relays', '0', '--redis'])).toThrow(
    /--relays must be a positive integer/,
  );
});
