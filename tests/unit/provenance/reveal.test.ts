import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { provenanceFeature } from '@/utils/provenance/feature';
import { DEFAULT_PREFERENCES } from '@/utils/storage/preferences';
import { fakeContext } from '../support/fake-context';

/** The popup's "Show on page" reaches the provenance feature's listener, checked without zod. */
describe("the provenance feature's ai:reveal listener", () => {
  let lifetime: AbortController;
  beforeEach(() => {
    fakeBrowser.reset();
    lifetime = new AbortController();
    // happy-dom has no document.images; this page shows none.
    Object.defineProperty(document, 'images', { value: [], configurable: true });
    provenanceFeature.start({ ctx: fakeContext(lifetime), doc: document, isTopFrame: true, prefs: DEFAULT_PREFERENCES, send: () => {} });
  });
  afterEach(() => lifetime.abort());

  const own = { id: fakeBrowser.runtime.id };
  /** What the listeners answered through sendResponse (the browser's own API; no polyfill in content scripts). */
  const answers = async (message: unknown, sender: { id?: string } = own) => {
    const sent: unknown[] = [];
    // The fake's type knows only (message, sender); its listeners get every argument given.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    await trigger(message, sender, (answer: unknown) => sent.push(answer));
    return sent;
  };

  it('answers a reveal of a metadata finding from Candor itself (false: no such badge on this page)', async () => {
    expect(await answers({ type: 'ai:reveal', id: 'metadata:https://e.example/i.jpg' })).toEqual([false]);
  });

  it("stays silent for other extensions, label findings (the AI module's) and malformed messages", async () => {
    const silent = [
      [{ type: 'ai:reveal', id: 'metadata:x' }, { id: 'another-extension' }],
      [{ type: 'ai:reveal', id: 'label-1' }, own],
      [{ type: 'ai:reveal', id: 42 }, own],
      [{ type: 'ai:reveal' }, own],
      [{ type: 'report:get', id: 'metadata:x' }, own],
      [null, own],
      ['ai:reveal', own],
    ] as const;
    for (const [message, sender] of silent) expect(await answers(message, sender), JSON.stringify(message)).toEqual([]);
  });
});
