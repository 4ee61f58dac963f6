import { parseArgs } from 'node:util';
import { scanPage } from './lib/scan-page';

const USAGE = 'usage: npm run --silent scan -- <file-or-url> [--screenshot out.png] [--wait ms] [--timeout ms]';

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number of milliseconds`);
  return n;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      screenshot: { type: 'string' },
      wait: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  if (positionals.length !== 1) throw new Error(USAGE);
  const report = await scanPage({
    target: positionals[0]!,
    screenshot: values.screenshot,
    waitMs: positiveInt(values.wait, 3000, 'wait'),
    timeoutMs: positiveInt(values.timeout, 30_000, 'timeout'),
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`candor scan: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exit(1);
});
