import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { askFrameSetupEarly, frameSetup, startFrameSetup } from '@/utils/content/frame-setup';
import { sharedSlot } from '@/utils/content/shared-slot';
import type { FrameSetupAnswer } from '@/utils/messaging/messages';
import { preferencesItem } from '@/utils/storage/items';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/storage/preferences';

const ALLOW_ANALYTICS: Preferences = { ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, allowed: ['analytics'] } };
const SETUP: FrameSetupAnswer = { prefs: ALLOW_ANALYTICS, consent: { selectors: ['#onetrust-banner-sdk', '.klaro'], frameCmp: false } };
const UNANSWERED: FrameSetupAnswer = { prefs: DEFAULT_PREFERENCES, consent: { selectors: [], frameCmp: false } };

describe("a frame's setup (preferences and consent probe), asked at document_start", () => {
  let sendMessage: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(sharedSlot('frame-setup', () => ({})), { early: undefined, current: undefined });
    sendMessage = vi.fn(async () => SETUP);
    (browser.runtime as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
    vi.spyOn(console, 'debug').mockImplementation(() => {});
  });
  afterEach(() => vi.useRealTimers());

  it('is taken by the content script without asking again, once, and shared with its features', async () => {
    askFrameSetupEarly();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage.mock.calls[0]![0]).toEqual({ type: 'frame:setup', url: location.href });
    expect(await startFrameSetup()).toEqual(SETUP);
    expect(await frameSetup()).toEqual(SETUP);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    // A later start in the same document (an updated extension) asks for itself.
    expect(await startFrameSetup()).toEqual(SETUP);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it("carries the stored preferences and the frame's probe, as the background answers them", async () => {
    await preferencesItem.setValue(ALLOW_ANALYTICS);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 4 } as chrome.tabs.Tab, frameId: 0, url: 'https://news.example/a' };
    sendMessage.mockImplementation(async (message: unknown) => onRuntimeMessage(message, sender));
    askFrameSetupEarly();
    const setup = await startFrameSetup();
    expect(setup.prefs).toEqual(ALLOW_ANALYTICS);
    expect(setup.consent.selectors).toContain('#onetrust-banner-sdk');
  });

  it('falls back to the default preferences (reject all) when the extension can no longer answer', async () => {
    sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    askFrameSetupEarly();
    expect(await startFrameSetup()).toEqual(UNANSWERED);
  });

  it('falls back to the default preferences when a stopped worker never answers', async () => {
    vi.useFakeTimers();
    sendMessage.mockResolvedValue(undefined); // what Chromium gives when the worker died before answering
    const setup = startFrameSetup(); // not asked early: asked now
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await setup).toEqual(UNANSWERED);
    expect(sendMessage.mock.calls.length).toBeGreaterThan(1); // re-sent before giving up
    expect((await setup).prefs.consent.allowed).toEqual([]);
  });

  it('falls back when the background acknowledged without a setup (null)', async () => {
    sendMessage.mockResolvedValue(null);
    expect(await frameSetup()).toEqual(UNANSWERED);
  });
});
