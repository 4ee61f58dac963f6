import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** Helpers the corpus benchmarks share (bench:article-main-thread, bench:copy-transfer, bench:ai-labels). */

const ROOT = resolve(import.meta.dirname, '../..');

/** A Chromium trace event, as far as the benchmarks read them (durations in µs; tdur: thread time). */
export interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  pid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The value below which a share `q` of `xs` lies (nearest rank; NaN for none). */
export const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** The corpus pages (`<id>/page.html`) of `dir`, by id, at most `limit`. */
export function corpusPageIds(dir: string, limit = Infinity): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'page.html')))
    .map((e) => e.name)
    .sort()
    .slice(0, limit);
}

/** The product's code for a page or an extension script: `entry` (TypeScript, imports from the repository root) as one minified IIFE. */
export async function bundleForPage(entry: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    alias: { '@': ROOT },
  });
  return out.outputFiles[0]!.text;
}
