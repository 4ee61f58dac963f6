import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage } from '@/utils/background/handlers';
import { UiToBackgroundSchema, type UiToBackground } from '@/utils/messaging/messages';
import { DEFAULT_PREFERENCES } from '@/utils/storage/preferences';

const tab = { id: 7 } as chrome.tabs.Tab;
const uiSender = { id: fakeBrowser.runtime.id, url: `${location.origin}/popup.html` };
const content = (frameId: number) => ({ id: fakeBrowser.runtime.id, tab, frameId, url: 'https://news.example/a' });

/** One example of every UI message: the list must cover the whole union. */
const UI_EXAMPLES: UiToBackground[] = [
  { type: 'report:get', tabId: 7 },
  { type: 'history:get' },
  { type: 'history:clear' },
  { type: 'data:clear' },
  { type: 'prefs:get' },
  { type: 'prefs:set', prefs: DEFAULT_PREFERENCES },
  { type: 'site-rule:set', site: 'news.example', rule: 'reject-all' },
];

/**
 * Senders re-send a message answered with `undefined` (utils/messaging/deliver.ts): that is what
 * Chromium gives them when the worker died before answering. So every message the background
 * handles must answer a defined value, null at least.
 */
describe('every handled message is answered with a value, never undefined', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('covers every UI message type', () => {
    const types = UiToBackgroundSchema.def.options.map((option) => option.shape.type.def.values[0]).sort();
    expect(UI_EXAMPLES.map((m) => m.type).sort()).toEqual(types);
  });

  it.each(UI_EXAMPLES.map((m) => [m.type, m] as const))('UI %s', async (_, message) => {
    expect(await onRuntimeMessage(message, uiSender as never)).not.toBeUndefined();
  });

  it('content reports, from the top frame and from subframes (acknowledged and ignored there)', async () => {
    const messages = [
      { type: 'page:start', url: 'https://news.example/a', title: 'A' },
      { type: 'article:found', article: null },
      { type: 'ai:found', findings: [] },
    ];
    for (const frameId of [0, 3]) {
      for (const message of messages) {
        expect(await onRuntimeMessage(message, content(frameId) as never), `${message.type} frame ${frameId}`).not.toBeUndefined();
      }
    }
  });
});
