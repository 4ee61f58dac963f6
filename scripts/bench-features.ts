/**
 * npm run bench:features — what each content feature costs a page on its own, against Readability.
 *
 * Builds the extension once per feature set, with CANDOR_FEATURES (wxt.config.ts; each build goes
 * to `.output/features-<set>`, never over the one the tests load): none, then each feature alone.
 * Every such build holds all the code (the set is chosen when the content script starts), so "none"
 * is what a page pays for Candor's scripts themselves: evaluating them, every feature's tables
 * included, the frame setup, the consent prehide and GPC scripts; each other set adds what starting
 * that feature costs. Then runs bench:page on the full build with those builds measured in the same
 * runs (BENCH_COMPARE_DIR), page by page, and prints its table with one "compared build" line per
 * set. bench:page's settings pass through (BENCH_PAGES, BENCH_RUNS; one storm pair unless
 * BENCH_STORM_RUNS says otherwise); BENCH_FEATURE_SETS="none consent,article" measures other sets.
 */
import { spawnSync } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import { ensureBuilt } from './lib/ensure-build';
import { featureBuildOutDir } from './lib/feature-builds';

const ROOT = resolve(import.meta.dirname, '..');
const SETS = (process.env.BENCH_FEATURE_SETS ?? 'none consent article ai-labels provenance').split(/\s+/).filter(Boolean);

const builds = SETS.map((set) => {
  process.stderr.write(`bench:features: building with CANDOR_FEATURES=${set}…\n`);
  // WXT's progress goes to stderr: shown only when the build fails.
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CANDOR_FEATURES: set } });
  if (build.status !== 0) throw new Error(`the CANDOR_FEATURES=${set} build failed:\n${build.stderr}${build.stdout}`);
  return join(ROOT, featureBuildOutDir(set), 'chrome-mv3');
});
ensureBuilt();
const bench = spawnSync('node', ['--import', 'tsx', join(ROOT, 'scripts/bench-page.ts')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, BENCH_COMPARE_DIR: builds.join(delimiter), BENCH_STORM_RUNS: process.env.BENCH_STORM_RUNS ?? '1' },
});
process.exit(bench.status ?? 1);
