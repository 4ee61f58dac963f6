import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findConsentDialogs, findConsentDialogsIn } from '../../../utils/consent/heuristic/finder';
import { loadPage } from './helpers';

/** Counts style reads: the finder may read style only up from prose that names consent. */
function countStyleReads() {
  return vi.spyOn(window, 'getComputedStyle');
}

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('finding consent dialogs cheaply', () => {
  it('reads no style for a sticky footer whose only consent words are links, and finds no banner there', () => {
    loadPage(`
      <main><h1>Harbour news</h1><p>The ferry returns on Monday.</p></main>
      <footer style="position: sticky; bottom: 0"><a href="/cookies">Cookie policy</a> · <a href="/privacy">Privacy</a> · <a href="/data">Data protection</a></footer>`);
    const styles = countStyleReads();
    expect(findConsentDialogs(document)).toEqual([]);
    expect(styles).not.toHaveBeenCalled();
  });

  it('still reads a link text wrapped in an element up to its overlay, and finds no banner in link texts', () => {
    loadPage(`<footer id="f" style="position: sticky; bottom: 0"><a href="/data"><span>Data protection</span></a></footer>`);
    const styles = countStyleReads();
    expect(findConsentDialogs(document)).toEqual([]);
    expect(styles.mock.calls.map(([el]) => el.id)).toEqual(['f']);
  });

  it('reads style only up from the paragraphs of an article about cookies, once per element', () => {
    const filler = Array.from({ length: 50 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
    loadPage(`
      <nav><ul>${filler}</ul></nav>
      <main><article><h1>Why cookies follow you around</h1><p>Tracking cookies and consent banners explained.</p><p>The harbour ferry returns on Monday.</p></article></main>`);
    const styles = countStyleReads();
    expect(findConsentDialogs(document)).toEqual([]);
    const read = styles.mock.calls.map(([el]) => el);
    expect(new Set(read).size).toBe(read.length);
    expect(read.map((el) => el.localName).sort()).toEqual(['article', 'h1', 'main', 'p']);
  });

  it('does not join a word split between two text nodes, but reads a word that starts the next node', () => {
    loadPage(`<div id="split" style="position: fixed; bottom: 0"><span>Coo</span><span>kies help us.</span><button>OK</button></div>`);
    expect(findConsentDialogs(document)).toEqual([]);
    loadPage(`<div id="joined" style="position: fixed; bottom: 0"><span>Menu</span><span>cookies help us.</span><button>Reject</button></div>`);
    expect(findConsentDialogs(document)).toEqual([document.getElementById('joined')]);
  });

  it('finds a web component banner whose host sits in the body with no light text, and reports its shadow root', () => {
    loadPage('<main><p>Article.</p></main><consent-box></consent-box>');
    const shadow = document.querySelector('consent-box')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div class="b" style="position: fixed; bottom: 0"><p>Wir verwenden Cookies.</p><button>Ablehnen</button></div>`;
    const seen: ShadowRoot[] = [];
    expect(findConsentDialogs(document, (root) => seen.push(root))).toEqual([shadow.querySelector('.b')]);
    expect(seen).toEqual([shadow]);
  });

  it("finds a banner component nested deep in an app's tree, and one inside another component's shadow root", () => {
    loadPage('<main><p>Article.</p></main><div id="app"><div class="shell"><cookie-box></cookie-box></div></div>');
    const shadow = document.querySelector('cookie-box')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><consent-dialog></consent-dialog></section>';
    const inner = shadow.querySelector('consent-dialog')!.attachShadow({ mode: 'open' });
    inner.innerHTML = `<div class="b" style="position: fixed; bottom: 0"><p>We use cookies for ads.</p><button>Reject all</button></div>`;
    const seen: ShadowRoot[] = [];
    expect(findConsentDialogs(document, (root) => seen.push(root))).toEqual([inner.querySelector('.b')]);
    expect(seen).toEqual([shadow, inner]);
  });

  it('leaves out a long script text inside an overlay (inline JSON that mentions cookies)', () => {
    const json = JSON.stringify({ cookie: 'x'.repeat(2000), privacy: true });
    loadPage(`<div id="box" style="position: fixed; top: 0"><script type="application/json">${json}</script><p>Breaking: the harbour reopens.</p></div>`);
    const styles = countStyleReads();
    expect(findConsentDialogs(document)).toEqual([]);
    expect(styles).not.toHaveBeenCalled();
  });
});

describe('finding consent dialogs in an added subtree', () => {
  it('finds the banner box around text added to it', () => {
    loadPage('<main><p>Article.</p></main><div id="box" style="position: fixed; bottom: 0"></div>');
    const box = document.getElementById('box')!;
    const added = document.createElement('div');
    added.innerHTML = '<p>We use cookies to measure our audience.</p><button>Reject</button>';
    box.append(added);
    expect(findConsentDialogsIn(added)).toEqual([box]);
  });

  it('finds a banner inside an added subtree and its shadow root', () => {
    loadPage('<main><p>Article.</p></main>');
    const host = document.createElement('cookie-notice');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div class="b" style="position: fixed; bottom: 0"><p>Utilizamos cookies propias.</p><button>Rechazar</button></div>';
    const seen: ShadowRoot[] = [];
    expect(findConsentDialogsIn(host, (root) => seen.push(root))).toEqual([shadow.querySelector('.b')]);
    expect(seen).toEqual([shadow]);
  });

  it('reads no style for an added subtree without consent words', () => {
    loadPage('<main id="feed"></main>');
    const added = document.createElement('section');
    added.innerHTML = '<h2>More stories</h2><p>The ferry returns on Monday.</p><a href="/privacy">Privacy</a>';
    document.getElementById('feed')!.append(added);
    const styles = countStyleReads();
    expect(findConsentDialogsIn(added)).toEqual([]);
    expect(styles).not.toHaveBeenCalled();
  });
});
