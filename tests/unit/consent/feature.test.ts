import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { consentFeature } from '@/utils/consent/feature';
import type { ConsentEngineModule } from '@/utils/consent/engine';
import type { ConsentPlan } from '@/utils/consent/layer';
import { sharedSlot } from '@/utils/content/shared-slot';
import type { ContentToBackground } from '@/utils/messaging/messages';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/storage/preferences';
import { fakeContext } from '../support/fake-context';
import { injectModulesOnRequest } from '../support/fake-modules';
import { loadPage } from './helpers';

const ARTICLE = '<main><h1>Budget passes</h1><p>The council approved the budget on Tuesday.</p></main><footer><a href="/cookies">Cookie policy</a></footer>';

describe('the consent feature in the always-on script (engine injected only for a banner)', () => {
  let lifetime: AbortController;
  let sent: ContentToBackground[];
  let runs: ConsentPlan[];
  let injected: string[];
  const engine: ConsentEngineModule = { run: async (_env, plan) => void runs.push(plan) };

  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    Object.assign(sharedSlot('frame-setup', () => ({})), { early: undefined, current: undefined });
    lifetime = new AbortController();
    sent = [];
    runs = [];
    injected = injectModulesOnRequest({ 'consent-engine': engine });
    fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
      if ((raw as ContentToBackground).type !== 'frame:setup') return undefined;
      return Promise.resolve({ prefs: DEFAULT_PREFERENCES, consent: { selectors: ['#onetrust-banner-sdk'], frameCmp: false } });
    });
  });
  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  const start = (prefs: Preferences = DEFAULT_PREFERENCES) =>
    consentFeature.start({ ctx: fakeContext(lifetime), doc: document, isTopFrame: true, prefs, send: (m) => sent.push(m) });

  it('injects nothing into a page without a banner, and reports nothing', async () => {
    loadPage(ARTICLE);
    void start();
    await vi.advanceTimersByTimeAsync(13_000);
    expect(injected).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("injects the engine for a known platform's banner and hands it the person's plan", async () => {
    loadPage(`${ARTICLE}<div id="onetrust-banner-sdk"></div>`);
    void start();
    await vi.advanceTimersByTimeAsync(100);
    expect(injected).toEqual(['consent-engine']);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ mode: 'reject-all', siteRule: 'default' });
    expect(runs[0]!.watchMs).toBeGreaterThan(11_000);
  });

  it('a banner shown late still gets an engine with time left to answer it', async () => {
    loadPage(ARTICLE);
    void start();
    await vi.advanceTimersByTimeAsync(10_000);
    document.body.insertAdjacentHTML('beforeend', '<div id="onetrust-banner-sdk"></div>');
    await vi.advanceTimersByTimeAsync(300);
    expect(injected).toEqual(['consent-engine']);
    expect(runs[0]!.watchMs).toBeGreaterThanOrEqual(4000);
  });

  it('on a site the person leaves alone: no engine, and the top frame says the rule was applied', async () => {
    loadPage(`${ARTICLE}<div id="onetrust-banner-sdk"></div>`);
    const host = location.hostname;
    void start({ ...DEFAULT_PREFERENCES, consent: { ...DEFAULT_PREFERENCES.consent, siteRules: { [host]: 'leave-alone' } } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(injected).toEqual([]);
    expect(sent).toEqual([{ type: 'consent:result', consent: { cmp: null, method: 'site-rule:leave-alone', outcome: 'none', verified: false, ms: null } }]);
  });
});
