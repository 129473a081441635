import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { createRelay } from './createRelay.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const staticDir = resolve(process.env.STATIC_DIR ?? 'apps/web/dist');

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address?.address ?? '');
}

const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);
const tokenTtlSeconds = Number(process.env.TOKEN_TTL_SECONDS ?? 12 * 60 * 60);
const relay = await createRelay({
  port,
  host,
  dataDir,
  staticDir,
  allowedOrigins,
  tokenTtlMs: tokenTtlSeconds * 1000,
});
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${relay.port}`;
const lines = [
  `Peerloom relay listening on port ${relay.port} (data: ${dataDir})`,
  `  Facilitator: open ${publicUrl}/ and create a session`,
  `  Participants join at: ${publicUrl}/j/<CODE>`,
  ...lanAddresses().map((address) => `  On the venue network: http://${address}:${relay.port}/`),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ event: 'listening', port: relay.port, url: publicUrl })}\n`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`${JSON.stringify({ event: 'stopping', signal })}\n`);
  relay.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
