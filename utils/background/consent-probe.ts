import { filterCompactRules } from '@duckduckgo/autoconsent';
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json';
import { CODE_RULE_SELECTORS, isSourcepointFrameUrl } from '../consent/platforms/code-rules';
import { PLATFORM_ADAPTERS } from '../consent/platforms/adapters';
import type { ConsentProbeAnswer } from '../messaging/messages';

type CompactRules = Parameters<typeof filterCompactRules>[0];
type CompactRule = CompactRules['r'][number];
type Step = Record<string, unknown>;

/**
 * The first selector a rule's detection needs, or null when it needs none (main-world checks, XPath).
 * autoconsent passes detectCmp only when every step passes, so the first one is a necessary
 * condition; of an `any`, each alternative's. Chains through shadow roots and frames start with an
 * ordinary selector in this document.
 */
function detectSelectors(step: Step, strings: readonly string[]): string[] | null {
  if (Array.isArray(step.any)) {
    const all = (step.any as Step[]).map((alternative) => detectSelectors(alternative, strings));
    return all.every((found) => found !== null) ? all.flat() : null;
  }
  if (step.if && typeof step.if === 'object') return detectSelectors(step.if as Step, strings);
  for (const [long, short] of [['exists', 'e'], ['visible', 'v']] as const) {
    let value = typeof step[short] === 'number' ? strings[step[short] as number] : step[long];
    if (Array.isArray(value)) value = value[0];
    if (typeof value === 'string' && value && !value.startsWith('xpath/') && isBalanced(value)) return [value];
    if (value !== undefined) return null;
  }
  return null;
}

/**
 * Whether brackets, parentheses and quotes close: a selector that leaves one open is accepted on
 * its own (the parser closes it at the end) but swallows the selectors after it in a list.
 */
export function isBalanced(selector: string): boolean {
  const closers: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === '\\') i++;
    else if (quote) quote = c === quote ? null : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '[') closers.push(']');
    else if (c === '(') closers.push(')');
    else if (c === ']' || c === ')') {
      if (closers.pop() !== c) return false;
    }
  }
  return !quote && closers.length === 0;
}

function ruleSelectors(rule: CompactRule, strings: readonly string[]): string[] | null {
  for (const step of rule[6] as Step[]) {
    const found = detectSelectors(step, strings);
    if (found) return found;
  }
  return null;
}

const probes = new Map<string, ConsentProbeAnswer>();
const MAX_PROBES = 200;

/**
 * What the always-on consent prefilter of a frame at `url` looks for (part of the `frame:setup`
 * answer): the detection selectors of the catalogue rules autoconsent would run there (generic
 * ones and those for this site), of its code platforms and of Candor's own adapters. A site rule
 * whose detection has no selector makes the engine start at once.
 */
export function consentProbe(url: string, mainFrame: boolean): ConsentProbeAnswer {
  const rules = filterCompactRules(compactRules as CompactRules, { url, mainFrame });
  const specific = rules.r.filter((rule) => rule[3] !== '');
  const key = `${mainFrame}|${specific.map((rule) => rule[1]).join('|')}`;
  let probe = probes.get(key);
  if (!probe) {
    const selectors = new Set<string>();
    let frameCmp = !mainFrame && specific.length > 0;
    for (const rule of rules.r) {
      const found = ruleSelectors(rule, rules.s);
      if (found) found.forEach((selector) => selectors.add(selector));
      else if (rule[3] !== '') frameCmp = true;
    }
    if (mainFrame) {
      for (const list of Object.values(CODE_RULE_SELECTORS)) list.forEach((selector) => selectors.add(selector));
      for (const adapter of PLATFORM_ADAPTERS) [...adapter.banner, ...adapter.prehide].forEach((selector) => selectors.add(selector));
    }
    probe = { selectors: [...selectors], frameCmp };
    if (probes.size >= MAX_PROBES) probes.delete(probes.keys().next().value!);
    probes.set(key, probe);
  }
  return !mainFrame && isSourcepointFrameUrl(url) ? { ...probe, frameCmp: true } : probe;
}
