import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { loadModule, provideModule } from '@/utils/content/modules';
import { articleReader } from '@/utils/article/reader';
import { forgetModules } from '../support/fake-modules';

const sender = { id: fakeBrowser.runtime.id, tab: { id: 9 } as chrome.tabs.Tab, frameId: 2, documentId: 'doc-9-2', url: 'https://news.example/' };

describe('content modules, injected on demand', () => {
  const executeScript = vi.fn();
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript.mockReset();
    (browser as unknown as { scripting: unknown }).scripting = { executeScript };
    forgetModules();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'debug').mockImplementation(() => {});
  });

  it("the background injects the module's file into exactly the asking document, at once", async () => {
    executeScript.mockResolvedValue([{ result: undefined }]);
    expect(await onRuntimeMessage({ type: 'module:load', name: 'consent-engine' }, sender)).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 9, documentIds: ['doc-9-2'] },
      files: ['/consent-engine.js'],
      injectImmediately: true,
    });
  });

  it('the background injects only the modules it knows, and says false when the document is gone', async () => {
    expect(onRuntimeMessage({ type: 'module:load', name: '../evil' }, sender)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
    executeScript.mockRejectedValue(new Error('No frame with id 2'));
    expect(await onRuntimeMessage({ type: 'module:load', name: 'ai-labels' }, sender)).toBe(false);
  });

  it('a module is asked for once per frame, and is there when the answer arrives', async () => {
    const sendMessage = vi.fn(async () => {
      provideModule('article-reader', articleReader); // what the injected script does when it runs
      return true;
    });
    (browser.runtime as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
    const [first, second] = await Promise.all([loadModule('article-reader'), loadModule('article-reader')]);
    expect(first).toBe(articleReader);
    expect(second).toBe(articleReader);
    expect(await loadModule('article-reader')).toBe(articleReader);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'module:load', name: 'article-reader' });
  });

  it('a module that could not be injected rejects, and is asked for again next time', async () => {
    const sendMessage = vi.fn(async () => false);
    (browser.runtime as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
    await expect(loadModule('ai-labels')).rejects.toThrow('not injected');
    sendMessage.mockImplementation(async () => {
      provideModule('article-reader', articleReader);
      return true;
    });
    await expect(loadModule('ai-labels')).rejects.toThrow('not injected');
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});
