import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { backgroundClient } from '@/utils/messaging/client';
import { deliver } from '@/utils/messaging/deliver';
import { getPreferences } from '@/utils/storage/items';

const uiSender = { id: fakeBrowser.runtime.id, url: `${location.origin}/options.html` };

/**
 * A worker killed while its listener is still working: Chromium resolves the sender's
 * `runtime.sendMessage` with `undefined` (measured with CDP Target.closeTarget, and what the
 * polyfill makes of "message port closed"), and the write it was doing never lands.
 */
function workerKilledOnFirstTry() {
  let tries = 0;
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    tries++;
    if (tries === 1) return undefined;
    return onRuntimeMessage(message, uiSender as never);
  });
  return send;
}

describe('one reliable path to the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('counts an undefined answer as "not handled" and re-sends', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce(undefined).mockResolvedValueOnce(null);
    await expect(deliver({ type: 'page:start' })).resolves.toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('a site rule the UI was told is saved is stored, also when the worker died in the middle of the write', async () => {
    const send = workerKilledOnFirstTry();
    await backgroundClient.setSiteRule('rule29.example', 'reject-all');
    expect(send).toHaveBeenCalledTimes(2);
    expect((await getPreferences()).consent.siteRules).toEqual({ 'rule29.example': 'reject-all' });
  });

  it('saved preferences survive the same kill, and a second rule does not drop the first', async () => {
    workerKilledOnFirstTry();
    const prefs = await backgroundClient.getPreferences();
    await backgroundClient.setPreferences({ ...prefs, consent: { ...prefs.consent, allowed: ['analytics'] } });
    vi.restoreAllMocks();
    workerKilledOnFirstTry();
    await backgroundClient.setSiteRule('rule27.example', 'allow-all');
    vi.restoreAllMocks();
    workerKilledOnFirstTry();
    await backgroundClient.setSiteRule('rule29.example', 'leave-alone');
    expect((await getPreferences()).consent).toMatchObject({
      allowed: ['analytics'],
      siteRules: { 'rule27.example': 'allow-all', 'rule29.example': 'leave-alone' },
    });
  });

  it('gives up with an error (never a silent success) when the background never answers', async () => {
    vi.useFakeTimers();
    try {
      const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
      const result = backgroundClient.setSiteRule('rule31.example', 'allow-all');
      const settled = expect(result).rejects.toThrow('stopped before answering');
      await vi.runAllTimersAsync();
      await settled;
      expect(send.mock.calls.length).toBeGreaterThan(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
