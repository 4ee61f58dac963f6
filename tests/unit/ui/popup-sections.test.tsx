import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AiSection } from '@/components/popup/AiSection';
import { ArticleSection } from '@/components/popup/ArticleSection';
import { CookiesSection } from '@/components/popup/CookiesSection';
import type { AiFinding, Article } from '@/utils/report/schema';
import { useCatalogue } from './i18n-stub';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\u202Egnp.exe';

const article: Article = {
  headline: HOSTILE,
  byline: 'Mei Lindqvist',
  publishedAt: '2026-11-18T07:30:00+09:00',
  siteName: '<b>Tidewire</b>',
  lang: 'en',
  text: '…',
  wordCount: 600,
  readingMinutes: 3,
  highlights: [{ text: 'Verbatim sentence.', source: 'extractive' }, { text: '<i>Machine</i> summary.', source: 'summarizer' }],
};

let root: HTMLElement;
const mount = async (node: preact.ComponentChild) => {
  await act(() => render(node, root));
};

describe('popup sections', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useCatalogue();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  it('renders page-provided strings as text, never as markup', async () => {
    await mount(<ArticleSection article={article} host="news.example" />);
    expect(root.querySelector('img, script, b, i')).toBeNull();
    expect(root.querySelector('h3')!.textContent).toBe(HOSTILE);
    expect(root.textContent).toContain('<b>Tidewire</b>');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says when highlights were written by the browser’s summarizer and marks those sentences', async () => {
    await mount(<ArticleSection article={article} host="news.example" />);
    expect(root.querySelector('[data-testid="highlights-source"]')!.textContent).toContain('AI summarizer');
    const items = [...root.querySelectorAll('.highlights li')];
    expect(items.map((li) => li.querySelector('.pill')?.textContent ?? null)).toEqual([null, 'machine-written']);
    expect(root.textContent).toContain('3 min');
  });

  it('shows the "not a news article" state', async () => {
    await mount(<ArticleSection article={null} host="news.example" />);
    expect(root.textContent).toContain('Not a news article');
  });

  it('counts every finding like the toolbar badge and asks the page to reveal one', async () => {
    const findings: AiFinding[] = [
      { id: 'f1', kind: 'image', evidence: 'caption', phrase: 'AI 生成的图像', lang: 'zh', target: { src: 'https://n.example/a.jpg' } },
      { id: 'f2', kind: 'text', evidence: 'label', phrase: '由 AI 报道', lang: 'zh', target: { headline: HOSTILE } },
      { id: 'f3', kind: 'image', evidence: 'metadata', phrase: 'trainedAlgorithmicMedia', lang: null, target: { src: 'https://n.example/b.jpg' } },
    ];
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true);
    await mount(<AiSection findings={findings} tabId={42} />);
    expect(root.querySelector('[data-testid="ai-count"]')!.textContent).toBe('3');
    expect(root.querySelectorAll('[data-testid^="ai-group-"]')).toHaveLength(3);
    expect(root.querySelector('img, script')).toBeNull();
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Show on page: a.jpg',
      `Show on page: ${HOSTILE}`,
      'Show on page: b.jpg',
    ]);
    await act(async () => buttons[1]!.click());
    expect(send).toHaveBeenCalledWith(42, { type: 'ai:reveal', id: 'f2' });
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('tells the person when the page does not answer "Show on page"', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    const finding: AiFinding = { id: 'f1', kind: 'image', evidence: 'alt', phrase: 'AI image', lang: 'en', target: {} };
    await mount(<AiSection findings={[finding]} tabId={1} />);
    await act(async () => root.querySelector('button')!.click());
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('did not answer');
  });

  it('shows what an image file’s metadata claims, and the images whose metadata claims no AI', async () => {
    const provenance = { standard: 'c2pa' as const, sourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia', generator: HOSTILE, signer: 'Example Signer', valid: false, ingredientAI: false };
    const finding: AiFinding = { id: 'm1', kind: 'image', evidence: 'metadata', phrase: 'trainedAlgorithmicMedia', lang: null, target: { src: 'https://n.example/gen.jpg' }, provenance };
    const camera = { ...provenance, sourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture', generator: 'Camera 1', valid: true };
    const records = [
      { id: 'm1', src: 'https://n.example/gen.jpg', verdict: 'ai' as const, claim: '', provenance, failures: [], remoteManifest: null, bytes: 0, ms: 1 },
      { id: 'p2', src: 'https://n.example/photo.jpg', verdict: 'not-ai' as const, claim: '', provenance: camera, failures: [], remoteManifest: null, bytes: 0, ms: 1 },
    ];
    await mount(<AiSection findings={[finding]} tabId={1} provenance={records} />);
    const metadata = root.querySelector('[data-testid="ai-group-metadata"]')!;
    expect(metadata.textContent).toContain('C2PA');
    expect(metadata.textContent).toContain(HOSTILE);
    expect(metadata.querySelector('.status-bad')!.textContent).toBe('Does not match the image');
    expect(root.querySelector('img, script')).toBeNull();
    const others = root.querySelector('[data-testid="provenance-others"]')!;
    expect(others.querySelectorAll('li')).toHaveLength(1);
    expect(others.textContent).toContain('photo.jpg');
    expect(others.textContent).toContain('No AI claimed');
    // Only findings count towards the toolbar number.
    expect(root.querySelector('[data-testid="ai-count"]')!.textContent).toBe('1');
  });

  it('shows what was done about cookies and applies a one-click site rule', async () => {
    const onRule = vi.fn().mockResolvedValue(undefined);
    const consent = { cmp: null, method: 'heuristic:reject', outcome: 'rejected' as const, verified: true, ms: 1140, categories: [] };
    await mount(<CookiesSection consent={consent} tabId={5} site="candor.test" rule="default" onRule={onRule} />);
    expect(root.querySelector('[data-testid="consent-outcome"]')!.textContent).toBe('Rejected all non-essential cookies');
    expect(root.textContent).toContain('Site’s own banner');
    expect(root.textContent).toContain('Only necessary cookies');
    expect(root.querySelector('legend')!.textContent).toBe('On candor.test:');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['reject-all', false],
      ['allow-all', false],
      ['leave-alone', false],
      ['default', true],
    ]);
    await act(async () => radios[2]!.click());
    expect(onRule).toHaveBeenCalledWith('leave-alone');
    expect(root.textContent).toContain('Reload the page to apply.');
  });

  it('offers no site rule where the page has no host', async () => {
    await mount(<CookiesSection consent={null} tabId={5} site={null} rule="default" onRule={vi.fn()} />);
    expect(root.querySelector('input[type="radio"]')).toBeNull();
    expect(root.textContent).toContain('No cookie banner seen');
  });
});
