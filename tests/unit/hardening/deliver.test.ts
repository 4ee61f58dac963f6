import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOrderedSender, deliver } from '@/utils/content/deliver';

describe('delivering content messages across a worker restart', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(console, 'debug').mockImplementation(() => {});
  });

  it('re-sends when the worker died before answering', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce('ok');
    await expect(deliver({ type: 'page:start' })).resolves.toBe('ok');
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives up at once when the extension context is gone', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(deliver({ type: 'page:start' })).rejects.toThrow('invalidated');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps the order of messages when an earlier one is slow to be answered (re-sent)', async () => {
    const delivered: string[] = [];
    const sender = createOrderedSender(async (message) => {
      const { type } = message as { type: string };
      if (type === 'page:start') await new Promise((done) => setTimeout(done, 30));
      delivered.push(type);
      return null;
    });
    sender({ type: 'page:start' });
    sender({ type: 'article:found' });
    sender({ type: 'ai:found' });
    await vi.waitFor(() => expect(delivered).toEqual(['page:start', 'article:found', 'ai:found']));
  });
});
