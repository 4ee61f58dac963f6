import { z } from 'zod';

/** Per language (BCP 47 code): block openers and trailing-box headings; see boilerplate-phrases.ts. */
export const BoilerplatePhrasesSchema = z.record(
  z.string().min(2),
  z.object({ lead: z.array(z.string().min(2)).min(1), sections: z.array(z.string().min(2)).min(1) }),
);
export type BoilerplatePhrases = z.infer<typeof BoilerplatePhrasesSchema>;
