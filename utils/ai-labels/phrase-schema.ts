import * as z from 'zod/mini';

/**
 * The shape of the AI-disclosure phrase table. Phrases are regular-expression sources (matched
 * case-insensitively against normalised text, see normalize.ts) with two placeholders:
 * `{AI}` expands to the language's words for "AI", `{GEN}` to the generator names.
 * A phrase counts only when it covers a whole standalone label or caption clause, so phrases
 * describe the label itself, never the prose around it.
 */
const pattern = z.string().check(
  z.minLength(2),
  z.refine((source) => {
    try {
      new RegExp(source.replaceAll('{AI}', 'AI').replaceAll('{GEN}', 'G'), 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
);

export const PhraseKindSchema = z.enum(['image', 'text', 'video', 'generic']);
export type PhraseKind = z.infer<typeof PhraseKindSchema>;

export const LanguagePhrasesSchema = z.object({
  /** BCP 47 tag reported as the finding's `lang`. */
  lang: z.string().check(z.minLength(2)),
  /** Words for "AI" (regex sources); also the cheap pre-filter that decides which text is examined. */
  ai: z.array(pattern).check(z.minLength(1)),
  /** Labels for an image (photo, illustration…). */
  image: z.array(pattern).check(z.minLength(1)),
  /** Labels that mark a story or article as AI-written or AI-assisted. */
  text: z.array(pattern).check(z.minLength(1)),
  /** Labels for a video. */
  video: z.array(pattern).check(z.minLength(1)),
  /** "AI-generated", "Made with AI": the labelled item decides whether it is an image, video or story. */
  generic: z.array(pattern),
  /**
   * Credits that name a generator without saying what the item is ("created with Midjourney",
   * "Midjourneyで生成"): image labels only in a caption, credit line or alt text, never in prose or
   * a loose line of text.
   */
  credits: z.array(pattern),
  /**
   * Text phrases that are whole sentences ("This article was written with the help of AI") and may
   * be followed by more words in the same sentence ("…and checked by an editor").
   */
  sentences: z.array(pattern),
  /** Words that may precede a label in a credit line: "Illustration:", "Symbolbild:", "图：". */
  prefixes: z.array(z.string().check(z.minLength(1))),
  /** Words that may follow an image label at the start of an alt text: "AI-generated image of …". */
  connectors: z.array(z.string().check(z.minLength(1))),
  /** Whether phrase edges need a word boundary (false for scripts written without spaces). */
  wordBoundaries: z.boolean(),
});
export type LanguagePhrases = z.infer<typeof LanguagePhrasesSchema>;

export const GeneratorSchema = z.object({
  name: z.string().check(z.minLength(1)),
  pattern,
  /** What the generator makes; a video generator's credit marks a video. */
  makes: z.enum(['image', 'video']),
});

export const PhraseTableSchema = z.object({
  languages: z.array(LanguagePhrasesSchema).check(z.minLength(1)),
  /** Named only in a credit or caption context ("Illustration: Midjourney"), never in prose. */
  generators: z.array(GeneratorSchema).check(z.minLength(1)),
});
export type PhraseTable = z.infer<typeof PhraseTableSchema>;
