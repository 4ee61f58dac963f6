import type { RuleBundle } from '@duckduckgo/autoconsent';
import * as z from 'zod/mini';
import {
  AutoconsentRulesAnswerSchema,
  MainWorldAnswerSchema,
  RegistrableDomainAnswerSchema,
  type ContentRequest,
} from '../../messaging/messages';
import { deliver } from '../../messaging/deliver';
import { PlatformStateSchema, type PlatformState } from './categories';
import { takeEarlyRules } from './rules-early';

/**
 * The consent engine's questions to the background; answers are validated like any message. They
 * take the same re-sending path as every content message (a worker stopped mid-question is started
 * again); one still unanswered counts as no answer, never as an error in the page.
 */
async function ask(message: ContentRequest): Promise<unknown> {
  try {
    return await deliver(message);
  } catch (error) {
    console.debug('[candor] consent request not answered', message.type, error);
    return null;
  }
}

export async function fetchAutoconsentRules(url: string): Promise<RuleBundle | null> {
  // Asked at document_start when the prehide script could (rules-early.ts), else now.
  const answer = await (takeEarlyRules() ?? ask({ type: 'autoconsent:init', url }));
  const parsed = AutoconsentRulesAnswerSchema.safeParse(answer);
  // The shape is checked here; autoconsent decodes the compact rules itself and skips bad ones.
  return parsed.success ? (parsed.data as RuleBundle) : null;
}

/** The registrable domain of a host, from the background's Public Suffix List; null when unanswered. */
export async function askRegistrableDomain(host: string): Promise<string | null> {
  const answer = RegistrableDomainAnswerSchema.safeParse(await ask({ type: 'site:registrable', host }));
  return answer.success ? answer.data : null;
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
