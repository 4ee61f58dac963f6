import init, { WasmReader } from '@contentauth/c2pa-wasm';
import { interpretManifestStore, type C2paFacts, type ManifestStore } from './c2pa-manifest';

/**
 * C2PA through the Content Authenticity Initiative's c2pa-rs, compiled to WASM. It reads from bytes
 * on the calling thread (no Worker), so it runs in the MV3 service worker and in Firefox's
 * background page alike. Never imported by the content script: the 9 MB module stays out of pages.
 * Network is off: no OCSP, and a remote manifest is reported instead of fetched.
 */
const CONTEXT = JSON.stringify({ verify: { remote_manifest_fetch: false, ocsp_fetch: false } });

export type WasmSource = () => Promise<Response | BufferSource | WebAssembly.Module>;

export interface C2paReadResult {
  facts: C2paFacts | null;
  remoteManifest: string | null;
}

export function createC2paReader(wasmSource: WasmSource) {
  let ready: Promise<unknown> | null = null;
  const load = () => (ready ??= wasmSource().then((module_or_path) => init({ module_or_path })));
  return async function readC2pa(format: string, bytes: Uint8Array): Promise<C2paReadResult> {
    await load();
    let reader: WasmReader;
    try {
      reader = await WasmReader.fromBytes(format, bytes, CONTEXT);
    } catch (error) {
      const message = String(error);
      if (message.includes('JumbfNotFound')) return { facts: null, remoteManifest: null };
      const remote = /Remote[A-Za-z]*\("?(https?:\/\/[^")\s]+)/.exec(message)?.[1] ?? null;
      if (remote) return { facts: null, remoteManifest: remote };
      throw error;
    }
    try {
      return { facts: interpretManifestStore(JSON.parse(reader.json()) as ManifestStore), remoteManifest: null };
    } finally {
      reader.free();
    }
  };
}
export type ReadC2pa = ReturnType<typeof createC2paReader>;
