import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentEnv } from '../../../utils/content/env';
import { runLayers } from '../../../utils/consent/engine';
import { createHeuristicLayer } from '../../../utils/consent/heuristic/layer';
import type { ConsentLayer, LayerControl } from '../../../utils/consent/layer';
import type { ConsentResult } from '../../../utils/report/schema';
import { DEFAULT_PREFERENCES } from '../../../utils/storage/preferences';
import { fixtureBody, loadPage, plan } from './helpers';

const KIT = readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/consent-homemade/kit.js'), 'utf8');
const RECORDER = readFileSync(resolve(import.meta.dirname, '../../fixtures/pages/consent-homemade/recorder.js'), 'utf8');

// A grace time no test waits out: the heuristic acts only on a release these tests cause.
vi.mock('../../../utils/consent/layer', async (original) => ({ ...(await original()), PLATFORM_GRACE_MS: 60_000 }));

// The click recorder listens on window, which outlives each test's page: install it once.
new Function(RECORDER)();

/** Loads a fixture page and runs its banner kit, as the browser would. */
function openFixture(name: string) {
  loadPage(fixtureBody(name));
  new Function(KIT)();
  const banner = document.querySelector('[data-banner]')!;
  (window as unknown as { homemadeBanner(el: Element): void }).homemadeBanner(banner);
}

const env = (): ContentEnv => ({
  ctx: { onInvalidated: () => () => {} } as unknown as ContentEnv['ctx'],
  doc: document,
  isTopFrame: true,
  prefs: DEFAULT_PREFERENCES,
  send: () => {},
});
const control = (): LayerControl => ({ signal: new AbortController().signal, claim: () => {}, clear: () => {} });
const cookie = (name: string) => document.cookie.split('; ').find((c) => c.startsWith(`${name}=`))?.slice(name.length + 1);
const acceptClicks = () => Number(sessionStorage.getItem('fixture:accept-clicks') ?? '0');

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://news.example.com/');
  for (const c of document.cookie.split('; ')) if (c) document.cookie = `${c.split('=')[0]}=; max-age=0; path=/`;
  sessionStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('the home-made banner layer', () => {
  it('rejects a second-layer banner with pre-ticked toggles, verified by the stored cookie', async () => {
    openFixture('second-layer.html');
    const result = await createHeuristicLayer(() => Promise.resolve()).start(env(), plan('reject-all'), control());
    expect(result).toMatchObject({ outcome: 'rejected', verified: true, method: 'heuristic:toggles', categories: [] });
    expect(cookie('hm_layers')).toBe('selected:');
    expect(acceptClicks()).toBe(0);
    expect(document.documentElement.style.overflow).toBe('');
  });

  it('switches exactly the allowed categories on', async () => {
    openFixture('switches-de.html');
    const result = await createHeuristicLayer(() => Promise.resolve()).start(env(), plan('custom', ['analytics']), control());
    expect(result).toMatchObject({ outcome: 'custom', verified: true, categories: ['analytics'] });
    expect(cookie('hm_switches')).toBe('selected:analytics');
    expect(acceptClicks()).toBe(0);
  });

  it('hides a notice and restores scrolling without clicking anything', async () => {
    openFixture('notice.html');
    const result = await createHeuristicLayer(() => Promise.resolve()).start(env(), plan('reject-all'), control());
    expect(result).toMatchObject({ outcome: 'hidden', verified: true });
    expect(document.getElementById('notice')!.getAttribute('data-candor-hidden')).toBe('consent-notice');
    expect(getComputedStyle(document.documentElement).overflow).not.toBe('hidden');
    expect(Number(sessionStorage.getItem('fixture:clicks') ?? '0')).toBe(0);
  });

  it('retries a banner that ignores early clicks, and gives up on one that never closes', async () => {
    openFixture('early-ignore.html');
    const early = await createHeuristicLayer(() => Promise.resolve()).start(env(), plan('reject-all'), control());
    expect(early).toMatchObject({ outcome: 'rejected', verified: true });
    expect(Number(sessionStorage.getItem('fixture:clicks'))).toBeGreaterThan(1);

    sessionStorage.clear();
    openFixture('broken.html');
    const broken = await createHeuristicLayer(() => Promise.resolve()).start(env(), plan('reject-all'), control());
    expect(broken).toMatchObject({ outcome: 'failed', verified: false });
    expect(Number(sessionStorage.getItem('fixture:clicks'))).toBe(3);
    expect(acceptClicks()).toBe(0);
  }, 20_000);

  it('stops a reload loop: after four answers on the origin within two minutes it reports failed', async () => {
    sessionStorage.setItem('candor:consent-attempts', JSON.stringify({ n: 4, at: Date.now() }));
    openFixture('second-layer.html');
    const result = await createHeuristicLayer(() => Promise.resolve()).start(env(), plan('reject-all'), control());
    expect(result).toMatchObject({ outcome: 'failed', method: 'heuristic:reload-loop' });
    expect(cookie('hm_layers')).toBeUndefined();
  });

  it('resolves null when no banner appears within the watch time', async () => {
    loadPage('<main><p>No banner here.</p></main>');
    const started = performance.now();
    const result = await createHeuristicLayer(() => Promise.resolve()).start(env(), { ...plan('reject-all'), watchMs: 300 }, control());
    expect(result).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the orchestrator', () => {
  const platform = (run: (control: LayerControl) => Promise<ConsentResult | null>): ConsentLayer => ({
    name: 'platform',
    start: (_env, _plan, control) => run(control),
  });
  const known: ConsentResult = { cmp: 'Example CMP', method: 'autoconsent', outcome: 'rejected', verified: true, ms: 5 };

  it('lets a platform claim stop the heuristic before it clicks', async () => {
    openFixture('second-layer.html');
    const result = await runLayers(env(), plan('reject-all'), [
      platform(async (control) => {
        control.claim('Example CMP');
        await new Promise((r) => setTimeout(r, 300));
        return known;
      }),
    ]);
    expect(result).toMatchObject({ ...known, layer: 'platform' });
    expect(Number(sessionStorage.getItem('fixture:clicks') ?? '0')).toBe(0);
    expect(cookie('hm_layers')).toBeUndefined();
  });

  it('runs the heuristic once the platform layer found nothing', async () => {
    openFixture('second-layer.html');
    const result = await runLayers(env(), plan('reject-all'), [platform(async () => null)]);
    expect(result).toMatchObject({ outcome: 'rejected', layer: 'heuristic' });
  });

  it("answers a home-made dialog once the platform layer's look begun after it recognised nothing", async () => {
    openFixture('second-layer.html');
    const result = await runLayers(env(), plan('reject-all'), [
      platform(async (control) => {
        // Looks at the page every 100 ms and recognises nothing, as autoconsent's passes do; it
        // never resolves on its own, so only a clear can let the heuristic act before the grace.
        while (!control.signal.aborted) {
          const since = performance.now();
          await new Promise((r) => setTimeout(r, 100));
          control.clear(since);
        }
        return null;
      }),
    ]);
    expect(result).toMatchObject({ outcome: 'rejected', layer: 'heuristic' });
  });

  it('does not answer on a look begun before the dialog was seen', async () => {
    openFixture('second-layer.html');
    let clicksBeforeRelease = -1;
    const result = await runLayers(env(), plan('reject-all'), [
      platform(async (control) => {
        control.clear(performance.now() - 1000); // a look that ended before the dialog showed
        await new Promise((r) => setTimeout(r, 300));
        clicksBeforeRelease = Number(sessionStorage.getItem('fixture:clicks') ?? '0');
        return null; // found nothing: now the heuristic may act
      }),
    ]);
    expect(clicksBeforeRelease).toBe(0);
    expect(result).toMatchObject({ outcome: 'rejected', layer: 'heuristic' });
  });

  it('survives a throwing layer', async () => {
    openFixture('notice.html');
    const result = await runLayers(env(), plan('reject-all'), [platform(() => Promise.reject(new Error('boom')))]);
    expect(result).toMatchObject({ outcome: 'hidden' });
  });
});
