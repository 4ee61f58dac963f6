import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** Everything that goes into the extension bundle. */
const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs);
}

/** Builds the Chromium extension when `.output/chrome-mv3` is missing or older than its sources. */
export function ensureBuilt(outputDir = join(ROOT, '.output/chrome-mv3')): void {
  const manifest = join(outputDir, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (builtAt >= sourcesAt) return;
  process.stderr.write('candor: building the extension (.output/chrome-mv3 is missing or stale)…\n');
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    // WXT prints a banner, the error, then a stack: keep the first line that names the error.
    const lines = ((error as { stderr?: Buffer }).stderr?.toString() ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    const detail = lines.map((l) => l.trim()).find((l) => /error/i.test(l) && !l.startsWith('at ')) ?? '';
    throw new Error(`the extension failed to build${detail ? `: ${detail}` : ''}`);
  }
}
