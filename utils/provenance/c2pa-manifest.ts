import { isAiSourceType, normaliseSourceType, type SourceType } from './source-types';

/**
 * Interprets the manifest store JSON that c2pa-rs (through @contentauth/c2pa-wasm) reports: the
 * active manifest's action source types, the ingredient manifests' (an edit of an AI image carries
 * the AI type only in its ingredient), generator, signer and validation. Pure: no WASM here.
 */
interface Action {
  action?: string;
  digitalSourceType?: string;
  softwareAgent?: string | { name?: string };
}
interface Manifest {
  claim_generator?: string;
  claim_generator_info?: { name?: string; version?: string }[];
  assertions?: { label?: string; data?: { actions?: Action[] } }[];
  ingredients?: { active_manifest?: string }[];
  signature_info?: { issuer?: string; common_name?: string; time?: string };
}
export interface ManifestStore {
  active_manifest?: string;
  manifests?: Record<string, Manifest>;
  validation_state?: string;
  validation_status?: { code?: string }[];
  validation_results?: { activeManifest?: { failure?: { code?: string }[] } };
}

export interface C2paFacts {
  sourceType: SourceType | null;
  /** The tool that made the media (the AI action's software agent) or the claim generator. */
  generator: string | null;
  signer: string | null;
  /** c2pa-rs's verdict on signature and hashes; trust in the signer is a separate matter. */
  valid: boolean;
  trusted: boolean;
  /** Failure codes other than "untrusted signer", which every signer is without a trust list. */
  failures: string[];
  ingredientAI: boolean;
  ingredientSourceType: SourceType | null;
}

const actionsOf = (manifest: Manifest): Action[] =>
  (manifest.assertions ?? [])
    .filter((a) => a.label === 'c2pa.actions' || a.label === 'c2pa.actions.v2' || /^c2pa\.actions(\.v2)?__\d+$/.test(a.label ?? ''))
    .flatMap((a) => a.data?.actions ?? []);

const agentName = (agent: Action['softwareAgent']): string | null =>
  typeof agent === 'string' ? agent : agent?.name ?? null;

/** The manifest's source type: an AI type on any action wins, else the inception action's, else any. */
function sourceTypeOf(manifest: Manifest): { type: SourceType | null; agent: string | null } {
  const typed = actionsOf(manifest)
    .map((action) => ({ action, type: normaliseSourceType(action.digitalSourceType) }))
    .filter((a) => a.type);
  const pick =
    typed.find((a) => isAiSourceType(a.type)) ??
    typed.find((a) => a.action.action === 'c2pa.created' || a.action.action === 'c2pa.opened') ??
    typed[0];
  return { type: pick?.type ?? null, agent: pick ? agentName(pick.action.softwareAgent) : null };
}

function generatorOf(manifest: Manifest): string | null {
  const info = manifest.claim_generator_info?.[0];
  if (info?.name) return info.version ? `${info.name} ${info.version}` : info.name;
  return manifest.claim_generator?.split(' ')[0]?.replace(/_/g, ' ') ?? null;
}

/** The first AI source type among the ingredient manifests, walked depth-first without cycles. */
function ingredientSourceType(store: ManifestStore, manifest: Manifest, seen: Set<string>): SourceType | null {
  let found: SourceType | null = null;
  for (const ingredient of manifest.ingredients ?? []) {
    const label = ingredient.active_manifest;
    const next = label && !seen.has(label) ? store.manifests?.[label] : undefined;
    if (!label || !next) continue;
    seen.add(label);
    const own = sourceTypeOf(next).type;
    if (isAiSourceType(own)) return own;
    found ??= ingredientSourceType(store, next, seen);
    if (isAiSourceType(found)) return found;
  }
  return found;
}

const IGNORED_FAILURES = new Set(['signingCredential.untrusted', 'cawg.x509.credential.untrusted']);

export function interpretManifestStore(store: ManifestStore): C2paFacts | null {
  const label = store.active_manifest;
  const active = label ? store.manifests?.[label] : undefined;
  if (!label || !active) return null;
  const own = sourceTypeOf(active);
  const ingredientType = ingredientSourceType(store, active, new Set([label]));
  const codes = [
    ...(store.validation_results?.activeManifest?.failure ?? []),
    ...(store.validation_status ?? []),
  ].map((s) => s.code ?? '');
  const failures = [...new Set(codes.filter((c) => c && !IGNORED_FAILURES.has(c)))];
  const state = store.validation_state;
  const valid = state ? state === 'Valid' || state === 'Trusted' : failures.length === 0;
  return {
    sourceType: own.type,
    generator: own.agent ?? generatorOf(active),
    signer: active.signature_info?.issuer ?? active.signature_info?.common_name ?? null,
    valid,
    trusted: state === 'Trusted',
    failures,
    ingredientAI: isAiSourceType(ingredientType),
    ingredientSourceType: ingredientType,
  };
}
