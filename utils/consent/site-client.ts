import type { ContentRequest } from '../messaging/messages';
import { deliver } from '../messaging/deliver';

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

/**
 * The registrable domain of a host, from the background's Public Suffix List; null when unanswered.
 * The background checked the answer (RegistrableDomainAnswerSchema) before sending it.
 */
export async function askRegistrableDomain(host: string): Promise<string | null> {
  const answer = await ask({ type: 'site:registrable', host });
  return typeof answer === 'string' ? answer : null;
}
