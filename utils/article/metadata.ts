import { hasType, isArticleNode, jsonLdNodes, nameOf, type JsonLdNode } from './json-ld';

export interface ArticleMetadata {
  headline: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  lang: string | null;
  /** The publisher's own full text (JSON-LD `articleBody`), when it publishes one. */
  articleBody: string | null;
  /** The page's canonical address (link rel=canonical, og:url), if it declares one. */
  url: string | null;
  /** The page declares itself an article (JSON-LD article type or og:type "article"). */
  declaredArticle: boolean;
}

type MetaTags = Map<string, string>;

/**
 * Every <meta> of the page by its property/name/itemprop (first one wins), read in one pass: a
 * querySelector per key would walk a large page's whole DOM for each key a page lacks.
 */
function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function first(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = tags.get(key.toLowerCase());
    if (content) return content;
  }
  return null;
}

/** Trimmed text with runs of whitespace made one space; the ideographic space of CJK titles is kept. */
function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.replace(/[^\S\u3000]+/g, ' ').trim() : null;
}

/** Dates become ISO 8601 in UTC so every consumer compares them the same way; garbage becomes null. */
function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A person's name, not a profile URL (article:author is often a Facebook link). */
function personName(value: string | null): string | null {
  return value && !/^https?:\/\//i.test(value) ? value : null;
}

function canonicalLang(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** The language a text is written in, from its script, for pages that do not declare one. */
function langFromScript(sample: string): string | null {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample)) return 'ja';
  if (/\p{Script=Hangul}/u.test(sample)) return 'ko';
  if (/\p{Script=Han}/u.test(sample)) return 'zh';
  return null;
}

/** The headline from <title>, minus a trailing " | Site" / " - Site" when the site is known. */
function titleHeadline(doc: Document, siteName: string | null): string | null {
  const title = text(doc.title);
  if (!title || !siteName) return title;
  const parts = title.split(/\s+[|\-–—·:]\s+/);
  const kept = parts.filter((part) => part.trim().toLowerCase() !== siteName.toLowerCase());
  return kept.length && kept.length < parts.length ? kept.join(' - ') : title;
}

/**
 * Article metadata in the order of trust the issue sets: JSON-LD (a publisher's structured data),
 * then OpenGraph, then other <meta>, then <time> and the document itself.
 */
export function readMetadata(doc: Document): ArticleMetadata {
  const tags = metaTags(doc);
  const meta = (...keys: string[]) => first(tags, ...keys);
  const nodes = jsonLdNodes(doc);
  const article: JsonLdNode | undefined = nodes.find(isArticleNode);
  const website = nodes.find((node) => hasType(node, 'WebSite'));

  const siteName =
    nameOf(article?.['publisher']) ??
    meta('og:site_name', 'application-name') ??
    nameOf(website?.['name']);
  const headline =
    text(article?.['headline']) ??
    text(article?.['name']) ??
    meta('og:title', 'twitter:title') ??
    text(doc.querySelector('h1')?.textContent) ??
    titleHeadline(doc, siteName);
  const byline =
    nameOf(article?.['author']) ??
    personName(meta('author', 'article:author', 'byl', 'dc.creator', 'parsely-author')) ??
    text(doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"]')?.textContent);
  const publishedAt =
    isoDate(text(article?.['datePublished'])) ??
    isoDate(meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dcterms.created')) ??
    isoDate(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
  const lang =
    canonicalLang(text(article?.['inLanguage'])) ??
    canonicalLang(doc.documentElement.getAttribute('lang')) ??
    canonicalLang(meta('og:locale')) ??
    canonicalLang(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
    langFromScript(`${headline ?? ''} ${doc.title}`);

  return {
    headline,
    byline,
    publishedAt,
    siteName,
    lang,
    articleBody: typeof article?.['articleBody'] === 'string' ? article['articleBody'].trim() || null : null,
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url'),
    declaredArticle: !!article || meta('og:type') === 'article',
  };
}
