import { describe, expect, it } from 'vitest';
import { describeLastEdit } from './describeLastEdit.ts';

const now = 1_700_000_000_000;

describe('describeLastEdit', () => {
  it('says never, now, minutes or hours', () => {
    expect(describeLastEdit(null, now)).toEqual({ unit: 'never' });
    expect(describeLastEdit(now - 20_000, now)).toEqual({ unit: 'now' });
    expect(describeLastEdit(now - 2 * 60_000 - 5_000, now)).toEqual({ unit: 'minutes', count: 2 });
    expect(describeLastEdit(now - 59 * 60_000, now)).toEqual({ unit: 'minutes', count: 59 });
    expect(describeLastEdit(now - 125 * 60_000, now)).toEqual({ unit: 'hours', count: 2 });
  });

  it('reads an edit stamped slightly ahead of this device’s estimate of server time as now', () => {
    expect(describeLastEdit(now + 3_000, now)).toEqual({ unit: 'now' });
  });
});
