import type { BrowserContext, Page } from '@playwright/test';

/**
 * Stops the extension's service worker the way Chromium does when it idles out: CDP
 * `Target.closeTarget` on the worker's target. Returns once that target is gone; a message from a
 * page may start a fresh worker (a new target) right after, which is what the callers test.
 */
export async function stopServiceWorker(context: BrowserContext, anyPage: Page, extensionId: string): Promise<void> {
  const origin = `chrome-extension://${extensionId}/`;
  const cdp = await context.newCDPSession(anyPage);
  const workers = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  try {
    const [worker] = await workers();
    if (!worker) throw new Error('the extension service worker is not running');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    for (let i = 0; i < 100; i++) {
      if (!(await workers()).some((t) => t.targetId === worker.targetId)) return;
      await anyPage.waitForTimeout(100);
    }
    const { targetInfos } = await cdp.send('Target.getTargets');
    throw new Error(`the service worker did not stop; targets: ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
  } finally {
    await cdp.detach();
  }
}
