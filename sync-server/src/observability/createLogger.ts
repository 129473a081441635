import pino, { type Logger } from 'pino';

/**
 * One JSON object a line. Entries carry ids, sizes and counts only: never participant names,
 * answer text or tokens.
 */
export function createLogger(
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: pino.DestinationStream,
): Logger {
  const options = { level, base: { service: 'peerloom-relay' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
