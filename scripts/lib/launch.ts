import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { findChromium } from './find-browser';

/** CANDOR_EXTENSION_DIR lets a developer test a private copy while others rebuild `.output`. */
export const EXTENSION_DIR = process.env.CANDOR_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * Test hosts: every name under .candor.test resolves to loopback, so fixtures can be served as
 * distinct sites (per-site rules, cross-origin frames) without any network.
 */
export const TEST_HOST_SUFFIX = 'candor.test';

/** Flags for a quiet, sandbox-free Chromium on this kind of machine, per DEVELOPERS.md. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Real consent banners hide from automated browsers (navigator.webdriver).
  '--disable-blink-features=AutomationControlled',
  `--host-resolver-rules=MAP *.${TEST_HOST_SUFFIX} 127.0.0.1`,
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile and the built extension loaded. */
export async function launchWithExtension(
  /** `args`: extra Chromium flags, e.g. `--lang=zh-CN` for the UI language of extension pages. */
  options: { extensionDir?: string; headless?: boolean; args?: string[] } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profile = await mkdtemp(join(tmpdir(), 'candor-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--enable-automation', '--disable-extensions'],
    args: [
      ...CHROMIUM_FLAGS,
      ...(options.args ?? []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const serviceWorker = async () => {
    const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return running ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  };
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
