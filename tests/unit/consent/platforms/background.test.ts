import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { platformMainWorld } from '@/utils/consent/platforms/main-world';

const sender = (frameId: number, url = 'https://news.example/story') =>
  ({ id: fakeBrowser.runtime.id, tab: { id: 5 } as chrome.tabs.Tab, frameId, url }) as const;

describe('background answers to the consent engine', () => {
  const executeScript = vi.fn();
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript.mockReset();
    (browser as unknown as { scripting: unknown }).scripting = { executeScript };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('answers autoconsent:init with compact rules filtered for the sender frame', async () => {
    const top = (await onRuntimeMessage({ type: 'autoconsent:init', url: 'https://ignored.example/' }, sender(0))) as {
      compact: { r: unknown[] };
    };
    const frame = (await onRuntimeMessage({ type: 'autoconsent:init', url: 'https://ignored.example/' }, sender(3))) as {
      compact: { r: unknown[] };
    };
    expect(top.compact.r.length).toBeGreaterThan(100);
    // Subframes get only the frame rules (Sourcepoint, TrustArc…), a much shorter list.
    expect(frame.compact.r.length).toBeGreaterThan(0);
    expect(frame.compact.r.length).toBeLessThan(top.compact.r.length);
  });

  it('answers site:registrable from the Public Suffix List, in frames too (the content script does not carry it)', async () => {
    expect(await onRuntimeMessage({ type: 'site:registrable', host: 'news.example.co.uk' }, sender(0))).toBe('example.co.uk');
    expect(await onRuntimeMessage({ type: 'site:registrable', host: 'someone.github.io' }, sender(4))).toBe('someone.github.io');
    expect(await onRuntimeMessage({ type: 'site:registrable', host: 'localhost' }, sender(0))).toBeNull();
  });

  it('runs a named platform call in the sender frame main world and returns its value', async () => {
    executeScript.mockResolvedValue([{ result: { decided: true, items: [] } }]);
    const call = { kind: 'platform', platform: 'onetrust', op: 'read', grant: [] };
    const answer = await onRuntimeMessage({ type: 'consent:main-world', call }, sender(2));
    expect(answer).toEqual({ ok: true, value: { decided: true, items: [] } });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 5, frameIds: [2] },
      world: 'MAIN',
      injectImmediately: true,
      func: platformMainWorld,
      args: ['onetrust', 'read', []],
    });
  });

  it('targets the asking document where the browser names it, so a call never runs in the next page', async () => {
    executeScript.mockResolvedValue([{ result: null }]);
    const call = { kind: 'platform', platform: 'onetrust', op: 'apply', grant: [] };
    await onRuntimeMessage({ type: 'consent:main-world', call }, { ...sender(0), documentId: 'doc-onetrust' });
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 5, documentIds: ['doc-onetrust'] } }));
  });

  it('runs autoconsent eval snippets by name, and nothing that is not in the tables', async () => {
    executeScript.mockResolvedValue([{ result: true }]);
    expect(await onRuntimeMessage({ type: 'consent:main-world', call: { kind: 'snippet', id: 'EVAL_COOKIEBOT_1' } }, sender(0))).toEqual({
      ok: true,
      value: true,
    });
    expect(await onRuntimeMessage({ type: 'consent:main-world', call: { kind: 'snippet', id: 'EVAL_NOT_A_SNIPPET' } }, sender(0))).toEqual({
      ok: false,
    });
    const unknown = { kind: 'platform', platform: 'evil-cmp', op: 'apply', grant: [] };
    expect(await onRuntimeMessage({ type: 'consent:main-world', call: unknown }, sender(0))).toEqual({ ok: false });
    // Code is never accepted: a malformed call is dropped by the schema before anything runs.
    expect(onRuntimeMessage({ type: 'consent:main-world', call: { kind: 'code', code: 'alert(1)' } }, sender(0))).toBeUndefined();
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('reports a main-world call that cannot run (frame gone, page threw) as not ok', async () => {
    executeScript.mockRejectedValue(new Error('Frame with ID 2 was removed.'));
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const call = { kind: 'platform', platform: 'klaro', op: 'apply', grant: [] };
    expect(await onRuntimeMessage({ type: 'consent:main-world', call }, sender(2))).toEqual({ ok: false });
  });
});
