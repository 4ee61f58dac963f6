import * as z from 'zod/mini';

/**
 * Digital source types as data: the IPTC NewsCodes vocabulary (cv.iptc.org/newscodes/digitalsourcetype)
 * plus C2PA's own term. `ai` marks the terms that mean generative AI made or composited the media;
 * `claim` is the plain-language sentence a badge shows. Terms not listed are reported as unknown.
 */
const SourceTypeEntrySchema = z.object({
  scheme: z.enum(['iptc', 'c2pa']),
  term: z.string().check(z.regex(/^[a-zA-Z]+$/)),
  ai: z.boolean(),
  deprecated: z._default(z.boolean(), false),
  claim: z.string().check(z.minLength(1)),
});
export type SourceTypeEntry = z.infer<typeof SourceTypeEntrySchema>;

export const SOURCE_TYPES: readonly SourceTypeEntry[] = z.array(SourceTypeEntrySchema).parse([
  { scheme: 'iptc', term: 'trainedAlgorithmicMedia', ai: true, claim: 'created with a generative AI tool' },
  { scheme: 'iptc', term: 'compositeWithTrainedAlgorithmicMedia', ai: true, claim: 'combines other media with generative AI output' },
  { scheme: 'iptc', term: 'compositeSynthetic', ai: true, claim: 'a composite that includes synthetic elements' },
  { scheme: 'c2pa', term: 'trainedAlgorithmicData', ai: true, claim: 'created with a generative AI model' },
  { scheme: 'iptc', term: 'algorithmicMedia', ai: false, claim: 'made by an algorithm, not by generative AI' },
  { scheme: 'iptc', term: 'digitalCapture', ai: false, claim: 'captured by a digital camera' },
  { scheme: 'iptc', term: 'computationalCapture', ai: false, claim: 'captured by a camera with computational processing' },
  { scheme: 'iptc', term: 'humanEdits', ai: false, claim: 'edited by a person' },
  { scheme: 'iptc', term: 'algorithmicallyEnhanced', ai: false, claim: 'enhanced by an algorithm' },
  { scheme: 'iptc', term: 'screenCapture', ai: false, claim: 'a screen capture' },
  { scheme: 'iptc', term: 'negativeFilm', ai: false, claim: 'scanned from negative film' },
  { scheme: 'iptc', term: 'positiveFilm', ai: false, claim: 'scanned from positive film' },
  { scheme: 'iptc', term: 'print', ai: false, claim: 'scanned from a print' },
  { scheme: 'iptc', term: 'digitalCreation', ai: false, claim: 'created digitally by a person' },
  { scheme: 'iptc', term: 'compositeCapture', ai: false, claim: 'a composite of captured elements' },
  { scheme: 'iptc', term: 'composite', ai: false, claim: 'a composite of elements' },
  { scheme: 'iptc', term: 'virtualRecording', ai: false, claim: 'a recording of a virtual event' },
  { scheme: 'iptc', term: 'dataDrivenMedia', ai: false, claim: 'generated from data' },
  { scheme: 'iptc', term: 'softwareImage', ai: false, deprecated: true, claim: 'created by software' },
  { scheme: 'iptc', term: 'minorHumanEdits', ai: false, deprecated: true, claim: 'with minor human edits' },
  { scheme: 'iptc', term: 'digitalArt', ai: false, deprecated: true, claim: 'digital art made by a person' },
]);

const BASES = {
  iptc: 'http://cv.iptc.org/newscodes/digitalsourcetype/',
  c2pa: 'http://c2pa.org/digitalsourcetype/',
} as const;

export interface SourceType {
  /** The canonical URI (http scheme, as the vocabularies publish it). */
  uri: string;
  term: string;
  /** The table entry, or null for a term Candor does not know. */
  entry: SourceTypeEntry | null;
}

const URI = /^https?:\/\/(cv\.iptc\.org\/newscodes\/digitalsourcetype|c2pa\.org\/digitalsourcetype)\/([A-Za-z]+)\/?$/i;

/**
 * Normalises a digital source type written as an http(s) URI (any host case, optional trailing
 * slash) or as a bare term. Returns null for anything that is not a digital source type.
 */
export function normaliseSourceType(raw: unknown): SourceType | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim();
  const match = URI.exec(value);
  const scheme = match ? (match[1]!.toLowerCase().startsWith('c2pa') ? 'c2pa' : 'iptc') : null;
  const term = match ? match[2]! : /^[A-Za-z]+$/.test(value) ? value : null;
  if (!term) return null;
  const entry =
    SOURCE_TYPES.find((e) => e.term === term && (scheme === null || e.scheme === scheme)) ?? null;
  const base = BASES[entry?.scheme ?? scheme ?? 'iptc'];
  return { uri: base + term, term, entry };
}

export const isAiSourceType = (type: SourceType | null): boolean => type?.entry?.ai === true;
