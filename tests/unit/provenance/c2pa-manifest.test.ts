import { describe, expect, it } from 'vitest';
import { interpretManifestStore, type ManifestStore } from '@/utils/provenance/c2pa-manifest';

const DST = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
const actions = (...list: object[]) => ({ label: 'c2pa.actions.v2', data: { actions: list } });

function store(partial: Partial<ManifestStore> & { manifests: ManifestStore['manifests'] }): ManifestStore {
  return { active_manifest: 'active', validation_state: 'Valid', validation_status: [{ code: 'signingCredential.untrusted' }], ...partial };
}

describe('C2PA manifest store (c2pa-rs JSON)', () => {
  it('reads the active manifest: AI source type, tool, signer, valid though untrusted', () => {
    const facts = interpretManifestStore(
      store({
        manifests: {
          active: {
            claim_generator: 'Adobe_Firefly adobe_c2pa/0.10.1',
            assertions: [actions({ action: 'c2pa.created', digitalSourceType: `${DST}trainedAlgorithmicMedia`, softwareAgent: 'Adobe Firefly' })],
            signature_info: { issuer: 'Adobe Inc.', common_name: 'Adobe Content Credentials' },
          },
        },
      }),
    );
    expect(facts).toMatchObject({
      sourceType: { term: 'trainedAlgorithmicMedia' },
      generator: 'Adobe Firefly',
      signer: 'Adobe Inc.',
      valid: true,
      trusted: false,
      failures: [],
      ingredientAI: false,
    });
  });

  it('finds AI only in an ingredient manifest (an edit of an AI image), through nested ingredients', () => {
    const facts = interpretManifestStore(
      store({
        manifests: {
          active: {
            claim_generator_info: [{ name: 'Photo Editor', version: '2.0' }],
            assertions: [actions({ action: 'c2pa.opened' }, { action: 'c2pa.color_adjustments' })],
            ingredients: [{ active_manifest: 'middle' }],
          },
          middle: { assertions: [actions({ action: 'c2pa.opened', digitalSourceType: `${DST}digitalCapture` })], ingredients: [{ active_manifest: 'origin' }] },
          origin: { assertions: [actions({ action: 'c2pa.created', digitalSourceType: `${DST}trainedAlgorithmicMedia` })] },
        },
      }),
    );
    expect(facts).toMatchObject({ sourceType: null, generator: 'Photo Editor 2.0', ingredientAI: true, ingredientSourceType: { term: 'trainedAlgorithmicMedia' } });
  });

  it('survives an ingredient cycle', () => {
    const facts = interpretManifestStore(
      store({
        manifests: {
          active: { assertions: [], ingredients: [{ active_manifest: 'other' }] },
          other: { assertions: [], ingredients: [{ active_manifest: 'active' }] },
        },
      }),
    );
    expect(facts?.ingredientAI).toBe(false);
  });

  it('prefers an AI type on any action over the inception type', () => {
    const facts = interpretManifestStore(
      store({
        manifests: {
          active: {
            assertions: [
              actions(
                { action: 'c2pa.opened', digitalSourceType: `${DST}digitalCapture` },
                { action: 'c2pa.edited', digitalSourceType: `${DST}compositeWithTrainedAlgorithmicMedia` },
              ),
            ],
          },
        },
      }),
    );
    expect(facts?.sourceType?.term).toBe('compositeWithTrainedAlgorithmicMedia');
  });

  it('reports an invalid manifest with its failure codes', () => {
    const facts = interpretManifestStore(
      store({
        validation_state: 'Invalid',
        validation_status: [{ code: 'signingCredential.untrusted' }, { code: 'assertion.dataHash.mismatch' }],
        manifests: { active: { assertions: [actions({ action: 'c2pa.created', digitalSourceType: `${DST}digitalCapture` })] } },
      }),
    );
    expect(facts).toMatchObject({ valid: false, failures: ['assertion.dataHash.mismatch'] });
  });

  it('reads v1 actions and a Trusted state', () => {
    const facts = interpretManifestStore(
      store({
        validation_state: 'Trusted',
        manifests: { active: { assertions: [{ label: 'c2pa.actions', data: { actions: [{ action: 'c2pa.created', digitalSourceType: `${DST}algorithmicMedia` }] } }] } },
      }),
    );
    expect(facts).toMatchObject({ valid: true, trusted: true, sourceType: { term: 'algorithmicMedia' } });
  });

  it('returns null without an active manifest', () => {
    expect(interpretManifestStore({ manifests: {} })).toBeNull();
  });
});
