import type { BrowserContext, Page } from '@playwright/test';

/**
 * Stops the extension's service worker the way Chromium does when it idles out: CDP
 * `Target.closeTarget` on the worker's target. Returns once the target left the target list, or a
 * fresh worker started (a content script's message may wake one within milliseconds, under the
 * same target id). Busy workers sometimes survive one close, so it is repeated a few times.
 */
export async function stopServiceWorker(context: BrowserContext, anyPage: Page, extensionId: string): Promise<void> {
  const origin = `chrome-extension://${extensionId}/`;
  const cdp = await context.newCDPSession(anyPage);
  const workers = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  let restarted = false;
  const onRestart = () => (restarted = true);
  try {
    const [worker] = await workers();
    if (!worker) throw new Error('the extension service worker is not running');
    context.on('serviceworker', onRestart);
    for (let attempt = 0; attempt < 4; attempt++) {
      await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      for (let i = 0; i < 60; i++) {
        if (restarted || !(await workers()).some((t) => t.targetId === worker.targetId)) return;
        await anyPage.waitForTimeout(50);
      }
    }
    const { targetInfos } = await cdp.send('Target.getTargets');
    throw new Error(`the service worker did not stop; targets: ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
  } finally {
    context.off('serviceworker', onRestart);
    await cdp.detach();
  }
}
