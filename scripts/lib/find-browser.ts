import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where Candor looks for Chromium, in order; the first that exists is used. */
const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export class BrowserNotFoundError extends Error {}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new BrowserNotFoundError(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.`);
  }
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new BrowserNotFoundError(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; or `npx playwright install chromium`) or set CHROME_PATH.',
  );
}
