import { ConsentProbeAnswerSchema, RegistrableDomainAnswerSchema, type ContentRequest } from '../messaging/messages';
import { deliver } from '../messaging/deliver';
import { takeEarlyProbe } from './probe-early';

/**
 * Asks the background a consent question. Questions take the same re-sending path as every content
 * message (a worker stopped mid-question is started again); one still unanswered counts as no
 * answer (null), never as an error in the page.
 */
export async function ask(message: ContentRequest): Promise<unknown> {
  try {
    return await deliver(message);
  } catch (error) {
    console.debug('[candor] consent request not answered', message.type, error);
    return null;
  }
}

/** The registrable domain of a host, from the background's Public Suffix List; null when unanswered. */
export async function askRegistrableDomain(host: string): Promise<string | null> {
  const answer = RegistrableDomainAnswerSchema.safeParse(await ask({ type: 'site:registrable', host }));
  return answer.success ? answer.data : null;
}

/**
 * What this frame's consent prefilter looks for (background/consent-probe.ts). Unanswered, it looks
 * for home-made dialogs only: known platforms' banners are dialogs too, just found later.
 */
export async function fetchConsentProbe(url: string): Promise<{ selectors: string[]; frameCmp: boolean }> {
  // Asked at document_start when the prehide script could (probe-early.ts), else now.
  const answer = ConsentProbeAnswerSchema.safeParse(await (takeEarlyProbe() ?? ask({ type: 'consent:probe', url })));
  return answer.success ? answer.data : { selectors: [], frameCmp: false };
}
