import { beforeEach, describe, expect, it } from 'vitest';
import { decide } from '../../../utils/consent/heuristic/decide';
import { readDialog } from '../../../utils/consent/heuristic/dialog';
import { findConsentDialogs } from '../../../utils/consent/heuristic/finder';
import { bannerTexts, fixtureBody, loadPage, plan } from './helpers';

const TEXTS = bannerTexts();

function unhideBanners(root: ParentNode = document) {
  root.querySelectorAll('[data-banner], [data-backdrop]').forEach((el) => el.removeAttribute('hidden'));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('finding consent dialogs', () => {
  for (const [lang, t] of Object.entries(TEXTS)) {
    it(`finds the ${lang} banner and picks its reject, never its accept`, () => {
      loadPage(`
        <main><h1>News</h1><p>An article that is long enough to be an article.</p></main>
        <div class="banner" data-banner="x"><h2></h2><p></p><div class="actions">
          <button class="primary" data-accept></button>${t.link ? '<a href="#" class="tiny" data-reject></a>' : '<button data-reject></button>'}
        </div></div>`);
      document.querySelector('h2')!.textContent = t.title;
      document.querySelector('.banner p')!.textContent = t.body;
      document.querySelector('[data-accept]')!.textContent = t.accept;
      document.querySelector('[data-reject]')!.textContent = t.reject;
      const dialogs = findConsentDialogs(document);
      expect(dialogs).toEqual([document.querySelector('[data-banner]')]);
      const action = decide(readDialog(dialogs[0]!), plan('reject-all'), false);
      expect(action.kind).toBe('click');
      if (action.kind === 'click') {
        expect(action.control.el).toBe(document.querySelector('[data-reject]'));
        expect(action.outcome).toBe('rejected');
      }
    });
  }

  it('ignores an article about cookies and a sticky header that only links to a privacy page', () => {
    loadPage(`
      <header style="position: sticky; top: 0"><nav><a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></nav></header>
      <article><h1>Why cookies follow you around</h1><p>Tracking cookies and consent banners explained: privacy regulators say…</p></article>`);
    expect(findConsentDialogs(document)).toEqual([]);
  });

  it('ignores a closed settings modal left in the DOM with aria-hidden', () => {
    loadPage(`<div role="dialog" aria-hidden="true"><p>Cookie settings: necessary, analytics</p><button>Save &amp; accept</button></div>`);
    expect(findConsentDialogs(document)).toEqual([]);
  });

  it('ignores a hidden banner and finds it once shown', () => {
    loadPage(fixtureBody('notice.html'));
    expect(findConsentDialogs(document)).toEqual([]);
    unhideBanners();
    expect(findConsentDialogs(document)).toEqual([document.getElementById('notice')]);
  });

  it('finds a role=dialog modal and treats its backdrop as a separate, textless element', () => {
    loadPage(fixtureBody('second-layer.html'));
    unhideBanners();
    const [dialog] = findConsentDialogs(document);
    expect(dialog?.getAttribute('data-banner')).toBe('hm_layers');
  });

  it('takes the outermost overlay when a modal sits inside a fixed wrapper', () => {
    loadPage(`<div id="wrap" style="position: fixed; inset: 0"><div role="dialog"><p>We use cookies for analytics.</p><button>Reject</button></div></div>`);
    expect(findConsentDialogs(document)).toEqual([document.getElementById('wrap')]);
  });

  it('finds a banner inside an open shadow root', () => {
    loadPage('<cookie-box></cookie-box>');
    const shadow = document.querySelector('cookie-box')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<style>.b{position:fixed;bottom:0}</style><div class="b"><p>Utilizamos cookies propias y de terceros.</p><button>Rechazar</button><button>Aceptar</button></div>`;
    const seen: ShadowRoot[] = [];
    const dialogs = findConsentDialogs(document, (root) => seen.push(root));
    expect(dialogs).toEqual([shadow.querySelector('.b')]);
    expect(seen).toEqual([shadow]);
    const action = decide(readDialog(dialogs[0]!), plan('reject-all'), false);
    expect(action.kind === 'click' && action.control.label).toBe('Rechazar');
  });

  it('finds a banner that follows another overlay inside the same page wrapper', () => {
    loadPage(`<div id="app">
      <header style="position: sticky; top: 0"><nav><a href="/privacy">Privacy policy</a></nav></header>
      <main><p>Article text.</p></main>
      <div id="banner" style="position: fixed; bottom: 0"><p>We use cookies to measure our audience.</p><button>Reject</button><button>Accept</button></div>
    </div>`);
    expect(findConsentDialogs(document)).toEqual([document.getElementById('banner')]);
  });

  it('reads a sentence a framework rendered as several text nodes', () => {
    loadPage('<div id="banner" style="position: fixed; bottom: 0"><p id="text"></p><button>Reject</button></div>');
    const p = document.getElementById('text')!;
    for (const part of ['We use ', '3', ' cookies', ' for ads.']) p.append(document.createTextNode(part));
    expect(findConsentDialogs(document)).toEqual([document.getElementById('banner')]);
  });

  it('does not take a page-sized fixed container for a banner', () => {
    loadPage(`<div style="position: fixed; inset: 0"><p>${'Long article text about privacy and cookies. '.repeat(120)}</p></div>`);
    expect(findConsentDialogs(document)).toEqual([]);
  });
});

describe('reading a dialog', () => {
  it('reads toggles with their categories, labels from <label for>, aria-labelledby and rows', () => {
    loadPage(fixtureBody('second-layer.html') + fixtureBody('switches-de.html'));
    document.querySelectorAll('[data-layer]').forEach((el) => el.removeAttribute('hidden'));
    unhideBanners();
    const dialogs = findConsentDialogs(document);
    expect(dialogs).toHaveLength(2);
    const [first, second] = dialogs.map(readDialog);
    expect(first!.toggles.map((t) => [...t.categories].join() + (t.disabled ? ':disabled' : ''))).toEqual([
      'necessary:disabled',
      'functional',
      'analytics',
      'advertising',
      'social',
    ]);
    expect(second!.toggles.map((t) => [...t.categories].join() + (t.disabled ? ':disabled' : ''))).toEqual([
      'necessary:disabled',
      'functional',
      'analytics',
      'advertising',
      'social',
    ]);
  });

  it('never counts a link to another page as an answer', () => {
    loadPage(`<div style="position:fixed"><p>We use cookies.</p><a href="https://example.com/settings">Cookie settings</a><a href="#" id="own">Settings</a></div>`);
    const dialog = readDialog(findConsentDialogs(document)[0]!);
    expect(dialog.controls.map((c) => c.match?.role ?? null)).toEqual([null, 'settings']);
  });

  it('marks a consent-or-pay wall', () => {
    loadPage(fixtureBody('wall.html'));
    unhideBanners();
    const dialog = readDialog(findConsentDialogs(document)[0]!);
    expect(dialog.wall).toBe(true);
    expect(decide(dialog, plan('reject-all'), false).kind).toBe('wall');
  });
});
