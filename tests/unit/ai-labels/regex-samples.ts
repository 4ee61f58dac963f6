import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Texts a regular expression matches, enough of them that every alternative of every group, and
 * every optional part both left out and put in, appears in at least one: each sequence combines
 * its parts' samples side by side (the i-th sample of each, cycling), each alternation adds its
 * branches' samples up. Good for proving that something holds for every phrase of a table without
 * enumerating every combination. Lookarounds are ignored; `\p{…}` only under `*` or `?`.
 */
export function regexSamples(source: string): string[] {
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: true });
  return [...new Set(samplesOf(pattern))];
}

type Node = AST.Pattern | AST.Alternative | AST.Element | AST.CharacterClassElement;

function samplesOf(node: Node): string[] {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.flatMap(samplesOf);
    case 'Alternative':
      return zip(node.elements.map(samplesOf));
    case 'Quantifier': {
      const inner = samplesOf(node.element);
      if (node.min === 0) return ['', ...inner];
      if (!inner.length) throw new Error(`no sample for ${node.raw}`);
      return inner.map((s) => s.repeat(node.min));
    }
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'CharacterClass':
      if (node.negate) throw new Error(`negated class ${node.raw}`);
      return node.elements.flatMap(samplesOf);
    case 'CharacterClassRange':
      return [String.fromCodePoint(node.min.value), String.fromCodePoint(node.max.value)];
    case 'CharacterSet':
      if ('negate' in node && node.negate) throw new Error(`negated set ${node.raw}`);
      return node.kind === 'digit' ? ['4'] : node.kind === 'space' ? [' '] : node.kind === 'word' || node.kind === 'any' ? ['x'] : [];
    case 'Assertion':
      return [''];
    default:
      throw new Error(`unsupported ${node.type} in ${node.raw}`);
  }
}

/** The i-th sample of a sequence: the i-th sample of each part, cycling through shorter lists. */
function zip(lists: string[][]): string[] {
  const count = Math.max(1, ...lists.map((l) => l.length));
  return Array.from({ length: count }, (_, i) => lists.map((l) => (l.length ? l[i % l.length] : '')).join(''));
}

/**
 * Texts where a part matching `head` (an acronym such as "KI") is directly followed by what comes
 * after an optional separator left out ("KI" + "generiert", from `(?:KI|AI)-?(?:generiert|…)`), with
 * every alternative of the part that follows.
 */
export function gluedSamples(source: string, head: RegExp): string[] {
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: true });
  const found: string[] = [];
  const visit = (node: AST.Node) => {
    if (node.type === 'Alternative') {
      node.elements.forEach((element, i) => {
        const next = node.elements[i + 1];
        if (!next || next.type !== 'Quantifier' || next.min !== 0 || i + 2 >= node.elements.length) return;
        const heads = samplesOf(element).filter((s) => head.test(s));
        const rest = node.elements.slice(i + 2);
        // Every alternative of the part right after the separator, each with the rest of the sequence.
        for (const first of samplesOf(rest[0]!)) {
          const tail = zip(rest.slice(1).map(samplesOf))[0] ?? '';
          for (const h of heads) found.push(`${h}${first}${tail}`);
        }
      });
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(pattern);
  return [...new Set(found)];
}

function childrenOf(node: AST.Node): AST.Node[] {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives;
    case 'Alternative':
      return node.elements;
    case 'Quantifier':
      return [node.element];
    default:
      return [];
  }
}
