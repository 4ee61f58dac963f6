import * as z from 'zod/mini';

/** Per language (BCP 47 code): block openers and trailing-box headings; see boilerplate-phrases.ts. */
export const BoilerplatePhrasesSchema = z.record(
  z.string().check(z.minLength(2)),
  z.object({
    lead: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
    sections: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
  }),
);
export type BoilerplatePhrases = z.infer<typeof BoilerplatePhrasesSchema>;
