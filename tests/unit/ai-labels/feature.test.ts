import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { aiLabelsFeature } from '@/utils/ai-labels/feature';
import { aiLabelsModule } from '@/utils/ai-labels/module';
import type { ContentToBackground } from '@/utils/messaging/messages';
import { DEFAULT_PREFERENCES } from '@/utils/storage/preferences';
import { fakeContext } from '../support/fake-context';
import { injectModulesOnRequest } from '../support/fake-modules';

const NEWS = `<main><h1>Harbour cities agree to share offshore wind power</h1>
  <figure><img src="/a.jpg" alt="Turbines at dawn"><figcaption>Photo: Port authority</figcaption></figure>
  <p>Ministers signed the agreement on Tuesday after two years of talks.</p></main>`;
const LABELLED_CARD = `<article class="card"><img src="/b.jpg" alt="Ferry"><span class="tag">AI 生成的图像</span>
  <h3>港口渡轮将在明年全面改用电力驱动</h3></article>`;

describe('the AI-label feature in the always-on script (prefilter, detector injected on demand)', () => {
  let lifetime: AbortController;
  let sent: ContentToBackground[];
  let injected: string[];

  beforeEach(async () => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    lifetime = new AbortController();
    sent = [];
    injected = injectModulesOnRequest({ 'ai-labels': aiLabelsModule });
  });
  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  const start = (body: string) => {
    document.body.innerHTML = body;
    aiLabelsFeature.start({ ctx: fakeContext(lifetime), doc: document, isTopFrame: true, prefs: DEFAULT_PREFERENCES, send: (m) => sent.push(m) });
  };
  const findings = () => sent.filter((m) => m.type === 'ai:found').map((m) => (m.type === 'ai:found' ? m.findings.length : -1));

  it('reports an empty list for a page without any trigger, and injects nothing', async () => {
    start(NEWS);
    await vi.advanceTimersByTimeAsync(3000);
    expect(findings()).toEqual([0]);
    expect(injected).toEqual([]);
  });

  it('injects the detector into a page with a label, which reports it', async () => {
    start(NEWS + LABELLED_CARD);
    await vi.advanceTimersByTimeAsync(3000);
    expect(injected).toEqual(['ai-labels']);
    expect(findings().at(-1)).toBe(1);
  });

  it('injects it when the page adds a labelled item later (infinite scroll), once', async () => {
    start(NEWS);
    await vi.advanceTimersByTimeAsync(3000);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', LABELLED_CARD + LABELLED_CARD.replace('b.jpg', 'c.jpg'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(injected).toEqual(['ai-labels']);
    expect(findings()).toEqual([0, 2]);
  });

  it('an alt text set later is looked at too', async () => {
    start(NEWS);
    await vi.advanceTimersByTimeAsync(3000);
    document.querySelector('img')!.setAttribute('alt', 'AI-generated image of turbines');
    await vi.advanceTimersByTimeAsync(3000);
    expect(injected).toEqual(['ai-labels']);
  });
});
