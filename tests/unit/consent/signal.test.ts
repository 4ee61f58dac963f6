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
    loadPage(ARTICLE);
    result = outcome();
    await vi.advanceTimersByTimeAsync(1500);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<div><section><div id="onetrust-banner-sdk"></div></section></div>');
    await vi.advanceTimersByTimeAsync(300);
    expect(result()).toBe(true); // a bare id, looked up by id, deep in the added subtree

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

  it('says yes at a recheck for a banner a late stylesheet makes an overlay and shows, with no DOM mutation', async () => {
    // A box in the flow, hidden: no overlay, nothing shown at the first look. A constructed
    // stylesheet adopted later (no mutation record) makes it a fixed, shown banner: only a recheck
    // of the texts seen at the first look finds it.
    loadPage(`${ARTICLE}<div class="late" style="display: none"><p>We use cookies for advertising. Do you consent?</p><button>Reject all</button></div>`);
    const result = outcome();
    await vi.advanceTimersByTimeAsync(500);
    expect(result()).toBeUndefined();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.late { display: block !important; position: fixed; bottom: 0 }');
    document.adoptedStyleSheets = [sheet];
    try {
      await vi.advanceTimersByTimeAsync(400);
      expect(result()).toBeUndefined(); // no mutation: nothing is scanned before the 1 s recheck
      await vi.advanceTimersByTimeAsync(200);
      expect(result()).toBe(true);
    } finally {
      document.adoptedStyleSheets = [];
    }
  });

  it('says yes at a recheck for a custom element upgraded after the first look, whose banner is in its shadow root', async () => {
    loadPage(`${ARTICLE}<div id="app"><div class="shell"><late-consent></late-consent></div></div>`);
    const result = outcome();
    await vi.advanceTimersByTimeAsync(500);
    expect(result()).toBeUndefined();
    // Defined later: the upgrade attaches a shadow root and renders into it, no light-DOM mutation.
    customElements.define(
      'late-consent',
      class extends HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'open' }).innerHTML = BANNER;
        }
      },
    );
    await vi.advanceTimersByTimeAsync(400);
    expect(document.querySelector('late-consent')!.shadowRoot).not.toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(result()).toBe(true);
  });

  it('says yes at a recheck for a banner whose text appears in a shadow root seen at the first look', async () => {
    loadPage(`${ARTICLE}<div id="widget"></div>`);
    const shadow = document.getElementById('widget')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = BANNER.replace('We use cookies to improve your experience and for advertising. Do you consent?', 'Loading…');
    const result = outcome();
    await vi.advanceTimersByTimeAsync(500);
    expect(result()).toBeUndefined();
    // Text set in place (a framework's text update): no record of any observer Candor keeps.
    (shadow.querySelector('p')!.firstChild as Text).data = 'We use cookies for advertising. Do you consent?';
    await vi.advanceTimersByTimeAsync(400);
    expect(result()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(result()).toBe(true);
  });

  it('walks the page once: a new stylesheet and the 1 s recheck look again only at what the first look saw', async () => {
    loadPage(ARTICLE);
    const walks = vi.spyOn(document, 'createTreeWalker');
    const result = outcome();
    await vi.advanceTimersByTimeAsync(0);
    expect(walks).toHaveBeenCalledTimes(1);
    document.head.insertAdjacentHTML('beforeend', '<style>.x { color: red }</style>');
    await vi.advanceTimersByTimeAsync(1500);
    expect(walks).toHaveBeenCalledTimes(1);
    expect(result()).toBeUndefined();
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
