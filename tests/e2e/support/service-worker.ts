import type { BrowserContext, Page } from '@playwright/test';

/**
 * Stops the extension's service worker the way Chromium does when it idles out: CDP
 * `Target.closeTarget` on the worker's target. Returns once the target is gone.
 */
export async function stopServiceWorker(context: BrowserContext, anyPage: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(anyPage);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    if (!worker) throw new Error('the extension service worker is not running');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    for (let i = 0; i < 50; i++) {
      const { targetInfos: now } = await cdp.send('Target.getTargets');
      if (!now.some((t) => t.targetId === worker.targetId)) return;
      await anyPage.waitForTimeout(100);
    }
    throw new Error('the service worker did not stop');
  } finally {
    await cdp.detach();
  }
}
