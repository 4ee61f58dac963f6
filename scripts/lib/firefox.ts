import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export class FirefoxNotFoundError extends Error {}

/** Debian's firefox-esr (or FIREFOX_PATH); Playwright's own Firefox cannot be downloaded here. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FIREFOX_PATH) {
    if (existsSync(env.FIREFOX_PATH)) return env.FIREFOX_PATH;
    throw new FirefoxNotFoundError(`FIREFOX_PATH is set to ${env.FIREFOX_PATH}, but no file is there.`);
  }
  const found = FIREFOX_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new FirefoxNotFoundError('No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH.');
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The gecko id from the built manifest. */
  addonId: string;
  /** moz-extension://<uuid>/<path>: the uuid is fixed per run through a preference. */
  extensionUrl(path: string): string;
  /** An extension page (the popup, unrendered) to ask the background things as Candor's UI does. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Puppeteer never sees a navigation to a moz-extension:// page finish (the page moves to the
 * extension process), although the page loads: start it, then wait for the document itself.
 */
async function openExtensionPage(page: Page, url: string, timeout = 15_000): Promise<void> {
  void page.goto(url, { timeout }).catch(() => undefined);
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not load in ${timeout} ms`);
}

/**
 * Starts headless Firefox over WebDriver BiDi (puppeteer-core) with a fresh profile and installs
 * the built Firefox extension as a temporary add-on.
 */
export async function launchFirefoxWithExtension(
  options: { extensionDir?: string; headless?: boolean } = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npx wxt build -b firefox\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('the Firefox manifest has no gecko id');
  const uuid = randomUUID();
  const profile = await mkdtemp(join(tmpdir(), 'candor-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.headless ?? true,
    userDataDir: profile,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every host (the *.candor.test fixture sites included) resolves to loopback; no network.
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(extensionDir);
  let probe: Page | undefined;
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  return {
    browser,
    addonId,
    extensionUrl,
    async extensionPage() {
      if (!probe || probe.isClosed()) {
        probe = await browser.newPage();
        await openExtensionPage(probe, extensionUrl('popup.html'));
      }
      return probe;
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
