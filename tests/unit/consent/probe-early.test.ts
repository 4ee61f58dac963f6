import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { fetchConsentProbe } from '@/utils/consent/site-client';
import { askProbeEarly } from '@/utils/consent/probe-early';

const PROBE = { selectors: ['#onetrust-banner-sdk', '.klaro'], frameCmp: false };
const NONE = { selectors: [], frameCmp: false };

describe('the consent probe asked at document_start', () => {
  let sendMessage: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    sendMessage = vi.fn(async () => PROBE);
    (browser.runtime as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
  });

  it('is taken by the content script without asking again, once', async () => {
    askProbeEarly();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage.mock.calls[0]![0]).toEqual({ type: 'consent:probe', url: location.href });
    expect(await fetchConsentProbe(location.href)).toEqual(PROBE);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    // A later start in the same document asks for itself.
    expect(await fetchConsentProbe(location.href)).toEqual(PROBE);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('is validated like an answer asked for at DOMContentLoaded', async () => {
    sendMessage.mockResolvedValueOnce({ selectors: 'not a list' });
    askProbeEarly();
    expect(await fetchConsentProbe(location.href)).toEqual(NONE);
  });

  it('counts as no platform to look for when the early question failed', async () => {
    sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    askProbeEarly();
    expect(await fetchConsentProbe(location.href)).toEqual(NONE);
  });
});
