/**
 * The data of many text nodes searched as one string, joined by "\n": a separator no searched word
 * holds, which bounds a word as a text's start or end does (textContent would run words together,
 * "dawnAI"). One regexp pass over the page's text instead of one call per node; a match's offset
 * leads back to its node. Used by the consent banner finder and the AI-label prefilter.
 */
export class JoinedTexts {
  readonly nodes: Text[] = [];
  readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private length = 0;

  add(node: Text, data: string): void {
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length + 1;
  }

  /** All the texts, joined. */
  joined(): string {
    return this.parts.join('\n');
  }

  /** The index of the text holding `offset` of the joined string, searched onward from index `from` (offsets asked in order). */
  indexAt(offset: number, from = 0): number {
    let i = from;
    while (i + 1 < this.starts.length && this.starts[i + 1]! <= offset) i++;
    return i;
  }

  /** Where text `index` starts in the joined string. */
  startOf(index: number): number {
    return this.starts[index]!;
  }
}
