import type { AiFinding } from '@/utils/report/schema';

export type AiGroup = 'images' | 'stories' | 'metadata';

/**
 * Splits findings the way a reader thinks of them: claims read from the files themselves
 * (IPTC/C2PA) apart from the publisher's visible words, then pictures (and other media) apart
 * from stories. Every finding lands in exactly one group, so the groups add up to the toolbar badge.
 */
export function groupFindings(findings: AiFinding[]): Record<AiGroup, AiFinding[]> {
  const groups: Record<AiGroup, AiFinding[]> = { images: [], stories: [], metadata: [] };
  for (const finding of findings) {
    if (finding.evidence === 'metadata') groups.metadata.push(finding);
    else if (finding.kind === 'text') groups.stories.push(finding);
    else groups.images.push(finding);
  }
  return groups;
}

/** A short, human name for the labelled item: the story's headline or the image's file name. */
export function targetName(finding: AiFinding): string | null {
  if (finding.target.headline) return finding.target.headline;
  return finding.target.src ? fileNameOf(finding.target.src) : null;
}

/** "harbour.jpg" for https://x.example/img/harbour.jpg?w=640; null when the URL has no file name. */
export function fileNameOf(src: string): string | null {
  try {
    const path = new URL(src).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || null;
  } catch {
    return null;
  }
}
