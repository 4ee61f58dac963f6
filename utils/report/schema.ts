import { z } from 'zod';
import { ConsentCategorySchema } from '../storage/preferences';

/**
 * The page report: Candor's public contract (schemaVersion 1), exported by the popup and the
 * scan CLI and documented in the README. Later versions may add fields, never rename these.
 */
export const HighlightSchema = z.object({
  text: z.string(),
  /** 'extractive' sentences are verbatim from the article; 'summarizer' ones are machine-written. */
  source: z.enum(['extractive', 'summarizer']).optional(),
});

export const ArticleSchema = z.object({
  headline: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  siteName: z.string().nullable(),
  lang: z.string().nullable(),
  text: z.string(),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative(),
  highlights: z.array(HighlightSchema),
});

export const AiKindSchema = z.enum(['image', 'text', 'video', 'audio']);
export const AiEvidenceSchema = z.enum(['label', 'alt', 'caption', 'metadata']);

export const AiFindingSchema = z.object({
  id: z.string().min(1),
  kind: AiKindSchema,
  evidence: AiEvidenceSchema,
  phrase: z.string(),
  lang: z.string().nullable(),
  target: z.object({
    src: z.url().optional(),
    headline: z.string().max(160).optional(),
  }),
});

export const ConsentOutcomeSchema = z.enum([
  'rejected',
  'custom',
  'accepted',
  'hidden',
  'wall',
  'none',
  'failed',
]);

export const ConsentResultSchema = z.object({
  cmp: z.string().nullable(),
  method: z.string(),
  outcome: ConsentOutcomeSchema,
  verified: z.boolean(),
  ms: z.number().nonnegative().nullable(),
  /** Categories the answer allowed besides necessary ([] = rejected all); absent when not known. */
  categories: z.array(ConsentCategorySchema).optional(),
  /** Which engine layer produced the result: 'platform' (known CMPs) or 'heuristic' (home-made). */
  layer: z.string().max(40).optional(),
});

export const PageReportSchema = z.object({
  schemaVersion: z.literal(1),
  url: z.string(),
  title: z.string(),
  scannedAt: z.string(),
  article: ArticleSchema.nullable(),
  ai: z.array(AiFindingSchema),
  consent: ConsentResultSchema.nullable(),
});

export type Highlight = z.infer<typeof HighlightSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type AiFinding = z.infer<typeof AiFindingSchema>;
export type ConsentResult = z.infer<typeof ConsentResultSchema>;
export type PageReport = z.infer<typeof PageReportSchema>;

export function emptyReport(url: string, title: string, now = new Date()): PageReport {
  return { schemaVersion: 1, url, title, scannedAt: now.toISOString(), article: null, ai: [], consent: null };
}
