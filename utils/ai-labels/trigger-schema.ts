import * as z from 'zod/mini';

/**
 * The shape of the AI-disclosure trigger table (triggers.ts): the few words at least one of which
 * every label the detector can find contains, so a page without any of them needs no detector.
 * Terms are literal text with three shorthands, so the prefilter builds its pattern without
 * parsing regular expressions: a space stands for any run of whitespace (or none: "GenAI"), a
 * hyphen for any run of dashes, dots, middle dots or spaces (or none: "DALL·E", "DALLE"), and `#`
 * for a digit.
 */
const term = z.string().check(
  z.minLength(2),
  z.refine((t) => t === t.trim() && !/\s{2}|[\t\n\\]/.test(t), 'plain text with single spaces'),
);

export const LanguageTriggersSchema = z.object({
  /** The phrase-table language (phrases.ts) these terms cover. */
  lang: z.string().check(z.minLength(2)),
  /**
   * Acronyms for "AI", matched with their case like the detector's gate (compile.ts mayHoldLabel):
   * "AI", "KI", "IA", never the "ai" inside "said" or the French "j'ai". Not after or before a
   * letter of their own script within one text.
   */
  acronyms: z.array(term),
  /** Words and word stems for "AI", matched in any case, not after a letter of their own script. */
  words: z.array(term).check(z.minLength(1)),
  /**
   * Words the phrases may glue to an acronym with no hyphen or space between: "KIGENERIERT" in
   * capitals passes the detector's gate, so an acronym followed by a letter counts when one of these
   * follows (and "SIGN", "KIRKA", "AIRPORT" do not).
   */
  compounds: z.array(term),
});
export type LanguageTriggers = z.infer<typeof LanguageTriggersSchema>;

export const TriggerTableSchema = z.object({
  languages: z.array(LanguageTriggersSchema).check(z.minLength(1)),
  /** Generator names (phrases.ts `generators`), in any case, as whole words. */
  generators: z.array(term).check(z.minLength(1)),
});
export type TriggerTable = z.infer<typeof TriggerTableSchema>;
