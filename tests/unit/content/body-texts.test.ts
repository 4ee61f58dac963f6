import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { offerBodyTexts, takeBodyTexts, wantBodyTexts } from '@/utils/content/body-texts';
import { JoinedTexts } from '@/utils/content/joined-texts';
import { watchMutations } from '@/utils/content/mutations';
import { mayHaveAiDisclosure } from '@/utils/ai-labels/prefilter';
import { findConsentDialogs } from '@/utils/consent/heuristic/finder';
import { fakeContext } from '../support/fake-context';

describe('the body texts one walk collects and another reads (body-texts.ts)', () => {
  let lifetime: AbortController;

  beforeEach(() => {
    lifetime = new AbortController();
    document.body.innerHTML = '<h1>Ferries go electric</h1><figure><img src="/a.jpg"><figcaption>Image: AI-generated</figcaption></figure>';
    // What the content script's features watch between them: children and texts.
    watchMutations(fakeContext(lifetime), document, { childList: true, characterData: true, records: () => {}, overflow: () => {} });
  });
  afterEach(() => {
    lifetime.abort();
    takeBodyTexts(document); // nothing carries over to the next test
    vi.restoreAllMocks();
  });

  const someTexts = () => {
    const texts = new JoinedTexts();
    for (const node of [...document.querySelectorAll('h1, figcaption')].map((el) => el.firstChild as Text)) texts.add(node, node.data);
    return texts;
  };

  it('keeps them only for a reader that asked, and hands them out once', () => {
    offerBodyTexts(document, someTexts());
    expect(takeBodyTexts(document)).toBeUndefined();

    wantBodyTexts(document);
    const texts = someTexts();
    offerBodyTexts(document, texts);
    expect(takeBodyTexts(document)).toBe(texts);
    expect(takeBodyTexts(document)).toBeUndefined();
  });

  it('hands out nothing once the children or a text changed after the walk', async () => {
    wantBodyTexts(document);
    offerBodyTexts(document, someTexts());
    (document.querySelector('h1')!.firstChild as Text).data = 'Ferries go diesel';
    await Promise.resolve(); // the observer hears of it a microtask later
    expect(takeBodyTexts(document)).toBeUndefined();

    wantBodyTexts(document);
    offerBodyTexts(document, someTexts());
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    expect(takeBodyTexts(document)).toBeUndefined();
  });

  it('lets the AI-label prefilter read the banner finder\'s walk instead of walking the page again', async () => {
    const walks = vi.spyOn(document, 'createTreeWalker');
    wantBodyTexts(document);
    findConsentDialogs(document);
    expect(walks).toHaveBeenCalledTimes(1);
    expect(mayHaveAiDisclosure(document)).toBe(true);
    expect(walks).toHaveBeenCalledTimes(1);

    // Offered once: the next look walks; so does one after a change.
    expect(mayHaveAiDisclosure(document)).toBe(true);
    expect(walks).toHaveBeenCalledTimes(2);
    wantBodyTexts(document);
    findConsentDialogs(document);
    document.querySelector('figcaption')!.textContent = 'Image: Reuters';
    await Promise.resolve();
    expect(mayHaveAiDisclosure(document)).toBe(false);
    expect(walks).toHaveBeenCalledTimes(4);
  });
});
