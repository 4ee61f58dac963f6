import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AiSection } from '@/components/popup/AiSection';
import { ArticleSection } from '@/components/popup/ArticleSection';
import type { AiFinding, Article } from '@/utils/report/schema';

// Page-provided strings a hostile or broken page can put in a report.
const XSS = '<img src=x onerror="window.__pwned=1">';
const RTL = '\u202Egpj.exe\u202C';
const ZW = 'A\u200BI\u200D \uFEFFgenerated';
const LONG = 'Very long headline '.repeat(2000);

function mount(node: preact.ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}

/** Nothing from the page became markup: no element but the component's own, no handler attribute. */
function expectInert(host: HTMLElement) {
  expect(host.querySelector('img[src="x"], script, iframe, [onerror]')).toBeNull();
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('page strings are rendered as text in the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '';
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('article: headline, byline, site name and highlights with markup, RTL overrides, zero-width and huge strings', () => {
    const article: Article = {
      headline: `${XSS}${RTL}${LONG}`,
      byline: XSS,
      publishedAt: XSS,
      siteName: `${ZW}${XSS}`,
      lang: XSS,
      text: XSS,
      wordCount: 3,
      readingMinutes: 1,
      highlights: [{ text: XSS }, { text: RTL, source: 'summarizer' }],
    };
    const host = mount(<ArticleSection article={article} host={XSS} />);
    expectInert(host);
    expect(host.textContent).toContain(XSS);
    expect(host.textContent).toContain(RTL);
  });

  it('AI findings: phrases and story headlines with markup and control characters', () => {
    const findings: AiFinding[] = [
      { id: 'a', kind: 'image', evidence: 'caption', phrase: XSS, lang: XSS, target: { src: 'https://e.example/x.jpg' } },
      { id: 'b', kind: 'text', evidence: 'label', phrase: `${ZW}${RTL}`, lang: null, target: { headline: XSS } },
      { id: 'c', kind: 'image', evidence: 'alt', phrase: LONG, lang: null, target: {} },
    ];
    const host = mount(<AiSection findings={findings} tabId={1} />);
    expectInert(host);
    expect(host.textContent).toContain(XSS);
  });
});
