const HEADINGS = 'h1, h2, h3, h4';

/** A heading that is (mostly) a link to another page: the title of a teaser card. */
function isLinkedHeading(heading: Element): boolean {
  const link = heading.querySelector('a[href]');
  return !!link && (link.textContent?.length ?? 0) > 0.5 * (heading.textContent?.length ?? 0);
}

/**
 * True when the container Readability chose is a list of teasers (home page, section front, tag
 * page) rather than one story. Each teaser is a linked heading with its blurb; its card is the
 * largest ancestor that holds no other teaser heading. When three or more cards make up at least
 * half the container's text, it is a listing. On the 91 corpus articles the cards' share is at
 * most 0.09 (linked headings inside "More:" boxes); on the listing fixtures it is 1.0.
 */
export function looksLikeListing(root: Element): boolean {
  const teasers = [...root.querySelectorAll(HEADINGS)].filter(isLinkedHeading);
  if (teasers.length < 3) return false;
  const teaserSet = new Set(teasers);
  const cards = new Set<Element>();
  for (const heading of teasers) {
    let card = heading;
    while (card.parentElement && card.parentElement !== root) {
      const inside = [...card.parentElement.querySelectorAll(HEADINGS)].filter((h) => teaserSet.has(h));
      if (inside.length > 1) break;
      card = card.parentElement;
    }
    cards.add(card);
  }
  const length = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  let cardText = 0;
  for (const card of cards) cardText += length(card);
  return cards.size >= 3 && cardText >= 0.5 * length(root);
}
