/** schema.org types that describe one article (the types Readability and Google News accept, and kin). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
]);

export type JsonLdNode = Record<string, unknown>;

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  // "https://schema.org/NewsArticle" and "NewsArticle" are the same type.
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** The scripts that hold a page's JSON-LD (also kept in the page copy, page-copy.ts). */
export const JSON_LD_SCRIPTS = 'script[type="application/ld+json"]';

/** Every node of every JSON-LD block, flattening arrays and `@graph` at any depth of the top level. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (isNode(value)) {
      nodes.push(value);
      if (value['@graph']) visit(value['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll(JSON_LD_SCRIPTS)) {
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments.
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*(<!--|\/\*<!\[CDATA\[\*\/)|(-->|\/\*\]\]>\*\/)\s*$/g, '')), 0);
    } catch {
      // A broken block on a hostile page is not ours to fix: ignore it.
    }
  }
  return nodes;
}

export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

export function hasType(node: JsonLdNode, type: string): boolean {
  return typesOf(node).includes(type);
}

/** A text value, or the `name` of a node, or the names of a list of them, joined. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (isNode(value)) return nameOf(value['name']);
  return null;
}
