const CODE_PATTERN = /^[2-9A-HJKMNP-Z]{6}$/;

/**
 * A typed session code as the relay reads it: lower case, spaces and dashes are fine ("abc def");
 * null when it cannot be a code (6 characters, no 0/O/1/I/L).
 */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return CODE_PATTERN.test(code) ? code : null;
}
