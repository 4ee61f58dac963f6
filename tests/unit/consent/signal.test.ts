import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeContext } from '../support/fake-context';
import { watchForConsentSignal } from '@/utils/consent/signal';
import { loadPage } from './helpers';

const PLATFORMS = ['#onetrust-banner-sdk', '.cc-window:not(.cc-invisible)', 'tiktok-cookie-banner'];
const ARTICLE = `
  <header style="position: sticky; top: 0"><a href="/privacy">Privacy</a> <a href="/cookies">Cookie policy</a></header>
  <main><h1>Why browsers are phasing out third-party cookies</h1>
  <p>Cookies let sites remember you; regulators want consent before tracking. This article is about them.</p></main>
  <footer><a href="/cookies">Cookie settings</a></footer>`;
const BANNER = `
  <div class="banner" data-banner="x" style="position: fixed; bottom: 0">
    <p>We use cookies to improve your experience and for advertising. Do you consent?</p>
    <button>Accept all</button><button>Reject all</button>
  </div>`;

describe('the consent prefilter (whether to inject the consent engine into a frame)', () => {
  let lifetime: AbortController;
  let ctx: ContentScriptContext;
  beforeEach(() => {
    vi.useFakeTimers();
    lifetime = new AbortController();
    ctx = fakeContext(lifetime);
  });
  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  /** The content script of the next page: the previous one's watch ends, a new one starts later. */
  const restart = () => {
    lifetime.abort();
    lifetime = new AbortController();
    ctx = fakeContext(lifetime);
  };
  const outcome = (timeout = 5000) => {
    let result: boolean | undefined;
    void watchForConsentSignal(ctx, document, PLATFORMS, timeout).then((seen) => (result = seen));
    return () => result;
  };

  it('says no for an article about cookies with privacy links, once its watch is over', async () => {
    loadPage(ARTICLE);
    const result = outcome();
    await vi.advanceTimersByTimeAsync(4900);
    expect(result()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(result()).toBe(false);
  });

  it("says yes at once for a known platform's container, even while it is still hidden", async () => {
    loadPage(`${ARTICLE}<div id="onetrust-banner-sdk" style="display: none"></div>`);
    const result = outcome();
    await vi.advanceTimersByTimeAsync(0);
    expect(result()).toBe(true);
  });

  it('says yes for a platform container the page adds later, or a class that makes an element one', async () => {
    loadPage(ARTICLE);
    let result = outcome();
    await vi.advanceTimersByTimeAsync(1500);
    document.body.append(Object.assign(document.createElement('tiktok-cookie-banner')));
    await vi.advanceTimersByTimeAsync(300);
    expect(result()).toBe(true);

    restart();
    loadPage(`${ARTICLE}<div class="cc-window cc-invisible"></div>`);
    result = outcome();
    await vi.advanceTimersByTimeAsync(1500);
    expect(result()).toBeUndefined();
    document.querySelector('.cc-window')!.classList.remove('cc-invisible');
    await vi.advanceTimersByTimeAsync(300);
    expect(result()).toBe(true);
  });

  it('says yes when a home-made consent dialog is shown, at start or later', async () => {
    loadPage(ARTICLE + BANNER);
    let result = outcome();
    await vi.advanceTimersByTimeAsync(0);
    expect(result()).toBe(true);

    restart();
    loadPage(ARTICLE);
    result = outcome();
    await vi.advanceTimersByTimeAsync(2000);
    document.body.insertAdjacentHTML('beforeend', BANNER);
    await vi.advanceTimersByTimeAsync(300);
    expect(result()).toBe(true);
  });

  it('says yes when a class on an ancestor or a new stylesheet shows a banner that was in the page', async () => {
    loadPage(ARTICLE + BANNER.replace('position: fixed;', 'position: fixed; display: none;').replace('class="banner"', 'class="banner late"'));
    document.head.insertAdjacentHTML('beforeend', '<style>body.consent .late { display: block !important }</style>');
    let result = outcome();
    await vi.advanceTimersByTimeAsync(500);
    expect(result()).toBeUndefined();
    document.body.classList.add('consent');
    await vi.advanceTimersByTimeAsync(300);
    expect(result()).toBe(true);

    restart();
    document.body.classList.remove('consent');
    loadPage(ARTICLE + BANNER.replace('position: fixed;', 'position: fixed; display: none;').replace('class="banner"', 'class="banner late"'));
    result = outcome();
    await vi.advanceTimersByTimeAsync(500);
    expect(result()).toBeUndefined();
    document.head.insertAdjacentHTML('beforeend', '<style>.late { display: block !important }</style>');
    await vi.advanceTimersByTimeAsync(300);
    expect(result()).toBe(true);
  });

  it('stops watching when the content script is invalidated', async () => {
    loadPage(ARTICLE);
    const result = outcome();
    await vi.advanceTimersByTimeAsync(100);
    lifetime.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(result()).toBe(false);
  });
});
