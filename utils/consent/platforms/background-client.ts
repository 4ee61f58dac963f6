import type { RuleBundle } from '@duckduckgo/autoconsent';
import * as z from 'zod/mini';
import { AutoconsentRulesAnswerSchema, MainWorldAnswerSchema } from '../../messaging/messages';
import { ask } from '../../content/deliver';
import { PlatformStateSchema, type PlatformState } from './categories';

export async function fetchAutoconsentRules(url: string): Promise<RuleBundle | null> {
  const parsed = AutoconsentRulesAnswerSchema.safeParse(await ask({ type: 'autoconsent:init', url }));
  // The shape is checked here; autoconsent decodes the compact rules itself and skips bad ones.
  return parsed.success ? (parsed.data as RuleBundle) : null;
}

/** Runs an autoconsent eval snippet in this frame's main world; a failure counts as false. */
export async function runSnippet(id: string): Promise<unknown> {
  const answer = MainWorldAnswerSchema.safeParse(await ask({ type: 'consent:main-world', call: { kind: 'snippet', id } }));
  return answer.success && answer.data.ok ? answer.data.value : false;
}

async function platformCall(platform: string, op: 'apply' | 'read', grant: string[] = []): Promise<unknown> {
  const answer = MainWorldAnswerSchema.safeParse(
    await ask({ type: 'consent:main-world', call: { kind: 'platform', platform, op, grant } }),
  );
  return answer.success && answer.data.ok ? answer.data.value : null;
}

/** The main-world side of one platform adapter, seen from the isolated content script. */
export const platformApi = {
  /** Records exactly `grant`; answers the stored state it left, or null when it could not. */
  apply: async (platform: string, grant: string[]): Promise<PlatformState | null> => {
    const parsed = z.nullable(PlatformStateSchema).safeParse(await platformCall(platform, 'apply', grant));
    return parsed.success ? parsed.data : null;
  },
  /** The platform's stored state, validated: a page can put anything in its globals. */
  read: async (platform: string): Promise<PlatformState | null> => {
    const parsed = z.nullable(PlatformStateSchema).safeParse(await platformCall(platform, 'read'));
    return parsed.success ? parsed.data : null;
  },
};
export type PlatformApi = typeof platformApi;
