import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { fetchAutoconsentRules } from '@/utils/consent/platforms/background-client';
import { askRulesEarly } from '@/utils/consent/platforms/rules-early';

const RULES = { autoconsent: [], compact: { v: 1, s: [], r: [] } };

describe("autoconsent's rules asked at document_start", () => {
  let sendMessage: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    sendMessage = vi.fn(async () => RULES);
    (browser.runtime as unknown as { sendMessage: unknown }).sendMessage = sendMessage;
  });

  it('are taken by the engine without asking again, once', async () => {
    askRulesEarly();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(await fetchAutoconsentRules(location.href)).toEqual(RULES);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    // A later start in the same document asks for itself.
    expect(await fetchAutoconsentRules(location.href)).toEqual(RULES);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('are validated like an answer asked for at DOMContentLoaded', async () => {
    sendMessage.mockResolvedValueOnce({ compact: 'not rules' });
    askRulesEarly();
    expect(await fetchAutoconsentRules(location.href)).toBeNull();
  });

  it('count as no answer when the early question failed', async () => {
    sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    askRulesEarly();
    expect(await fetchAutoconsentRules(location.href)).toBeNull();
  });
});
