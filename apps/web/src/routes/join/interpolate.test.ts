import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate.ts';

describe('interpolate', () => {
  it('fills every slot and leaves unknown ones visible', () => {
    expect(interpolate('Continue as {{name}}', { name: 'Ada' })).toBe('Continue as Ada');
    expect(interpolate('{{a}}-{{ a }}-{{b}}', { a: 1 })).toBe('1-1-{{b}}');
    expect(interpolate('Names can have at most {{max}} characters.', { max: 60 })).toBe(
      'Names can have at most 60 characters.',
    );
  });
});
