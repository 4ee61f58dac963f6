import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { ContentEnv } from '@/utils/content/env';
import { sharedSlot } from '@/utils/content/shared-slot';
import { startContent } from '@/utils/content/start';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/storage/preferences';
import { fakeContext } from '../support/fake-context';

const started = vi.hoisted(() => [] as ContentEnv[]);
vi.mock('@/utils/content/features', () => ({
  contentFeatures: [{ name: 'recorder', allFrames: true, start: (env: ContentEnv) => void started.push(env) }],
}));

const NO_GPC: Preferences = { ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, globalPrivacyControl: false } };

describe('startContent', () => {
  let sendMessage: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    started.length = 0;
    Object.assign(sharedSlot('frame-setup', () => ({})), { early: undefined, current: undefined });
    sendMessage = vi.fn(async () => null);
    (browser.runtime as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
    vi.spyOn(console, 'debug').mockImplementation(() => {});
  });

  it("starts the features with the preferences of the frame's setup, without reading storage", async () => {
    await fakeBrowser.storage.local.set({ preferences: DEFAULT_PREFERENCES }); // not what the page gets
    sendMessage.mockImplementation(async (message: { type: string }) =>
      message.type === 'frame:setup' ? { prefs: NO_GPC, consent: { selectors: [], frameCmp: false } } : null,
    );
    await startContent(fakeContext(new AbortController()));
    expect(started).toHaveLength(1);
    expect(started[0]!.prefs).toEqual(NO_GPC);
  });

  it('starts them with the default preferences (reject all non-essential) when the background does not answer', async () => {
    sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    await startContent(fakeContext(new AbortController()));
    expect(started).toHaveLength(1);
    expect(started[0]!.prefs).toEqual(DEFAULT_PREFERENCES);
  });
});
