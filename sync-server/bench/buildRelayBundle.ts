import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Bundles the relay as `npm start` does (`npm run build:relay`: esbuild, well under a second), so that a bench
 * measures the JavaScript a deployment runs, built from the sources in front of it.
 */
export async function buildRelayBundle(repoRoot: string): Promise<void> {
  await promisify(execFile)('npm', ['run', '--silent', 'build:relay'], { cwd: repoRoot });
}
