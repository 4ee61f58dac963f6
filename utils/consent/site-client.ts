import { ask } from '../content/deliver';

/**
 * The registrable domain of a host, from the background's Public Suffix List; null when unanswered.
 * The background checked the answer (RegistrableDomainAnswerSchema) before sending it.
 */
export async function askRegistrableDomain(host: string): Promise<string | null> {
  const answer = await ask({ type: 'site:registrable', host });
  return typeof answer === 'string' ? answer : null;
}
