import type { ContentEnv, ContentFeature } from '../content/env';
import { safely } from '../content/safely';
import type { Article } from '../report/schema';
import { loadModule } from '../content/modules';
import { summarizerHighlights } from './summarizer';
import { isSubstantialChange } from './body-change';
import { readElsewhere } from './read-elsewhere';
import { watchMutations } from '../content/mutations';

/** Quiet time after an SPA navigation or a body change before re-scanning (routes render in steps). */
const SETTLE_MS = 800;
/** A page that never stops changing is still re-scanned at least this often while it changes. */
const MAX_WAIT_MS = 5000;
/** Idle-callback deadline: scan within this time even on a page that is never idle. */
const IDLE_TIMEOUT_MS = 2000;

async function findArticle(env: ContentEnv, idle: () => Promise<void>): Promise<Article | null> {
  let article = await readElsewhere(env.doc);
  // In the page itself only as a last resort: the reader (Readability) is injected for it then.
  if (article === undefined) article = await (await loadModule('article-reader')).read(env.doc, idle);
  if (article && env.prefs.highlights.source === 'summarizer') {
    const written = await summarizerHighlights(article);
    if (written) return { ...article, highlights: written };
  }
  return article;
}

/** Same document when only the fragment differs (#section links are not navigations). */
function sameDocument(a: URL, b: URL): boolean {
  return a.origin + a.pathname + a.search === b.origin + b.pathname + b.search;
}

/**
 * Finds the article at idle time (never competing with the page's first paint) and reports it;
 * re-scans after SPA navigations and when the article body is replaced, debounced, and reports
 * only when the result changed.
 *
 * SPA navigations start a new report: the content glue sends `page:start` only at startup, so this
 * feature — and only this one — sends `page:start` for a route change, before that page's article.
 * Other features (AI labels) re-scan on the same 'wxt:locationchange' event.
 */
export const articleFeature: ContentFeature = {
  name: 'article',
  allFrames: false,
  start(env) {
    const { ctx, doc } = env;
    let lastSent: string | undefined;
    let timer: number | undefined;
    let pendingSince: number | undefined;
    /** Bumped on each SPA navigation, so a scan begun on the previous route never reports late. */
    let route = 0;

    const idle = () => new Promise<void>((done) => ctx.requestIdleCallback(() => done(), { timeout: IDLE_TIMEOUT_MS }));
    const scan = async () => {
      pendingSince = undefined;
      if (ctx.isInvalid) return; // an updated or reloaded extension has its own content script
      const startedOn = route;
      const article = await findArticle(env, idle);
      const key = JSON.stringify(article);
      if (key === lastSent || ctx.isInvalid || startedOn !== route) return;
      lastSent = key;
      env.send({ type: 'article:found', article });
    };
    const schedule = (delay: number) => {
      const now = Date.now();
      pendingSince ??= now;
      if (timer !== undefined && now - pendingSince > MAX_WAIT_MS) return; // let the pending scan run
      clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        timer = undefined;
        ctx.requestIdleCallback(() => safely('article', scan), { timeout: IDLE_TIMEOUT_MS });
      }, delay);
    };

    schedule(0);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      if (sameDocument(event.newUrl, event.oldUrl)) return;
      route++;
      env.send({ type: 'page:start', url: event.newUrl.href, title: doc.title });
      lastSent = undefined; // the new report has no article yet, even if the text is unchanged
      schedule(SETTLE_MS);
    });
    // Through the shared observer; in a mutation storm (records dropped) any added or removed node may be the article.
    watchMutations(ctx, doc, {
      childList: true,
      records: (records) => {
        if (isSubstantialChange(records)) schedule(SETTLE_MS);
      },
      overflow: () => schedule(SETTLE_MS),
    });
  },
};
