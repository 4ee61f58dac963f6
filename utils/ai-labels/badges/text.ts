import type { AiFinding } from '../../report/schema';

/** Badge wording. Kept in one place so the UI language work (issue 7) can translate it. */
export function badgeText(finding: AiFinding): { short: string; name: string; tooltip: string } {
  const what = finding.kind === 'text' ? 'AI-written or AI-assisted story' : `AI-generated ${finding.kind}`;
  const source = finding.evidence === 'metadata' ? 'Publisher metadata' : 'Publisher label';
  const tooltip = `${source}: '${finding.phrase}'`;
  return { short: 'AI', name: `${what}. ${tooltip}`, tooltip };
}
