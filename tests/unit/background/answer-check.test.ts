import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerWith } from '@/utils/background/answer';
import { consentProbe } from '@/utils/background/consent-probe';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { FrameSetupAnswerSchema, ProvenanceCheckResponseSchema } from '@/utils/messaging/messages';
import { UNANSWERED_FRAME_SETUP } from '@/utils/messaging/values';
import { preferencesItem } from '@/utils/storage/items';
import { DEFAULT_PREFERENCES } from '@/utils/storage/preferences';

// The real probe, replaceable per test by a broken one (a bug in the background's own code).
vi.mock('@/utils/background/consent-probe', async (original) => {
  const real = await original<typeof import('@/utils/background/consent-probe')>();
  return { ...real, consentProbe: vi.fn(real.consentProbe) };
});

const tab = { id: 7 } as chrome.tabs.Tab;
const frame = (frameId: number, url = 'https://news.example/a') => ({ id: fakeBrowser.runtime.id, tab, frameId, url });
const setupOf = (frameId: number, url?: string) => onRuntimeMessage({ type: 'frame:setup', url: 'https://ignored.example/' }, frame(frameId, url));

describe('the background checks its answers to content scripts before sending them', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(consentProbe).mockClear();
    vi.spyOn(console, 'warn').mockImplementation(() => {}).mockClear();
  });

  it('sends a valid answer as its schema reads it', async () => {
    const schema = z.array(z.object({ src: z.string() }));
    const answer = Promise.resolve([{ src: 'https://e.example/i.jpg', extra: 'not in the schema' }]);
    expect(await answerWith('provenance:check', schema, answer, [])).toEqual([{ src: 'https://e.example/i.jpg' }]);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('never sends a malformed answer: it logs why and sends the fallback', async () => {
    const malformed = [{ src: 42 }] as never;
    const sent = await answerWith('provenance:check', ProvenanceCheckResponseSchema, malformed, []);
    expect(sent).toEqual([]);
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(String(vi.mocked(console.warn).mock.calls[0]![0])).toContain('malformed provenance:check answer not sent');
  });

  it("answers a frame's setup with the stored preferences and the probe for the sender's URL, not the message's", async () => {
    const prefs = { ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, allowed: ['functional' as const] } };
    await preferencesItem.setValue(prefs);
    const top = await setupOf(0);
    expect(FrameSetupAnswerSchema.safeParse(top).success).toBe(true);
    expect(top).toEqual({ prefs, consent: consentProbe('https://news.example/a', true) });
    // Every frame asks (consent runs in all of them), a platform's own consent frame included.
    const cmpFrame = await setupOf(3, 'https://cdn.privacy-mgmt.com/index.html?message_id=1234');
    expect(cmpFrame).toMatchObject({ prefs, consent: { frameCmp: true } });
  });

  it('answers salvaged preferences when the stored value is partly corrupted', async () => {
    await fakeBrowser.storage.local.set({
      preferences: {
        consent: { allowed: ['analytics', 'everything'], siteRules: { 'kept.example': 'allow-all', 'bad.example': 42 }, globalPrivacyControl: false },
        badges: { enabled: 'yes', minImagePx: 48, disabledSites: [] },
        history: { retentionDays: -5 },
      },
    });
    const answer = (await setupOf(0)) as z.infer<typeof FrameSetupAnswerSchema>;
    expect(FrameSetupAnswerSchema.safeParse(answer).success).toBe(true);
    expect(answer.prefs).toEqual({
      ...DEFAULT_PREFERENCES,
      consent: { allowed: ['analytics'], siteRules: { 'kept.example': 'allow-all' }, globalPrivacyControl: false },
    });
  });

  it('sends the safe setup (default preferences, no probe) instead of a malformed one, and logs it', async () => {
    vi.mocked(consentProbe).mockReturnValueOnce({ selectors: 'oops' } as never);
    expect(await setupOf(0)).toEqual(UNANSWERED_FRAME_SETUP);
    expect(String(vi.mocked(console.warn).mock.calls[0]![0])).toContain('malformed frame:setup answer not sent');
  });

  it('checks the other answers the always-on content script trusts', async () => {
    expect(await onRuntimeMessage({ type: 'site:registrable', host: 'www.news.example.co.uk' }, frame(0))).toBe('example.co.uk');
    expect(await onRuntimeMessage({ type: 'article:extract', url: 'https://news.example/a', copy: 'c1', count: 1 }, frame(2))).toEqual({ read: false });
    expect(console.warn).not.toHaveBeenCalled();
  });
});
