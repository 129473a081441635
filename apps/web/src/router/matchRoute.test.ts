import { describe, expect, it } from 'vitest';
import { matchRoute } from './matchRoute.ts';

describe('matchRoute', () => {
  it('matches static and parameter segments', () => {
    expect(matchRoute('/', '/')).toEqual({});
    expect(matchRoute('/s/:id', '/s/abc-123')).toEqual({ id: 'abc-123' });
    expect(matchRoute('/j/:code', '/j/ABC234/')).toEqual({ code: 'ABC234' });
    expect(matchRoute('/j/:code', '/j/caf%C3%A9')).toEqual({ code: 'café' });
  });

  it('refuses other paths and malformed escapes', () => {
    expect(matchRoute('/s/:id', '/f/abc')).toBeNull();
    expect(matchRoute('/s/:id', '/s/abc/extra')).toBeNull();
    expect(matchRoute('/s/:id', '/s/%E0%A4%A')).toBeNull();
  });
});
