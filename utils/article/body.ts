import { Readability } from '@mozilla/readability';
import { BLOCK_RULES, ELEMENT_RULES, isSectionEnd, type RuleContext } from './body-rules';
import { textBlocks, type TextBlock } from './text-blocks';

export interface BodyOptions {
  /** Rule names to switch off (the benchmark's ablation). */
  disabled?: ReadonlySet<string>;
}

export interface Body {
  /** Paragraphs separated by blank lines. */
  text: string;
  paragraphs: string[];
  readabilityByline: string | null;
  /** The container Readability chose (inside the mutated document). */
  root: Element;
}

/** Drops the blocks from a trailing "About the author" / "Related" heading to the end of its container. */
function cutTrailingSections(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let cutUnder: Element | null = null;
  for (const block of blocks) {
    if (cutUnder && cutUnder.contains(block.element)) continue;
    cutUnder = null;
    if (isSectionEnd(block)) {
      cutUnder = block.element.parentElement;
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * The article body: Readability chooses the container, then Candor assembles its text block by
 * block and removes what the rules in body-rules.ts recognise as not-the-story.
 * Readability mutates `doc`: pass a clone of a live document.
 */
export function extractBody(doc: Document, context: RuleContext, options: BodyOptions = {}): Body | null {
  const off = options.disabled ?? new Set<string>();
  const parsed = new Readability(doc, { keepClasses: true, serializer: (el: Node) => el }).parse();
  const root = parsed?.content as unknown as Element | undefined;
  if (!parsed || !root) return null;
  const elementRules = ELEMENT_RULES.filter((rule) => !off.has(rule.name));
  const blockRules = BLOCK_RULES.filter((rule) => !off.has(rule.name));
  let blocks = textBlocks(root, (el) => el !== root && elementRules.some((rule) => rule.skip(el)));
  if (!off.has('section-ends')) blocks = cutTrailingSections(blocks);
  const paragraphs = blocks.filter((block) => !blockRules.some((rule) => rule.drop(block, context))).map((b) => b.text);
  return { text: paragraphs.join('\n\n'), paragraphs, readabilityByline: parsed.byline ?? null, root };
}
