import exifr from 'exifr';
import { normaliseSourceType, type SourceType } from './source-types';
import { parseTc260, TC260_NAMESPACE, type Tc260Label } from './tc260';

/**
 * Reads the provenance fields of an image's XMP: IPTC digital source type, TC260 AIGC label and
 * a C2PA remote-manifest reference (dcterms:provenance). exifr finds the packet in every container
 * (JPEG APP1 incl. extended XMP, PNG iTXt, WebP, HEIF/AVIF, TIFF); fields are then looked up by
 * namespace URI, not by the prefix a writer happened to choose.
 */
const IPTC_EXT = 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/';
const DCTERMS = 'http://purl.org/dc/terms/';
const PLUS = 'http://ns.useplus.org/ldf/xmp/1.0/';

export interface XmpMarkers {
  sourceType: SourceType | null;
  /** The raw value when it is present but not a digital source type Candor can read. */
  rawSourceType: string | null;
  tc260: Tc260Label | null;
  remoteManifest: string | null;
  /** Software or creator tool named by the XMP, shown as the generator. */
  creatorTool: string | null;
}

type XmpTree = Record<string, Record<string, unknown> | undefined> & { xmlns?: Record<string, string> };

const XMP_PARSER = exifr.segmentParsers.get('xmp') as { parse(xmp: string): XmpTree };

/** The raw XMP packet(s) of an image, or null when there is none. */
export async function extractXmp(bytes: Uint8Array): Promise<string | null> {
  const output = await exifr.parse(bytes, {
    tiff: false, ifd0: false, exif: false, gps: false, interop: false, iptc: false, icc: false,
    jfif: false, ihdr: false, makerNote: false, userComment: false,
    xmp: { parse: false }, multiSegment: true, mergeOutput: false, silentErrors: true,
  } as never).catch(() => null);
  const xmp: unknown = output?.xmp;
  return typeof xmp === 'string' && xmp.length > 0 ? xmp : null;
}

/** Namespace URI → prefix, from the packet's own declarations (the parser keys output by prefix). */
function prefixesOf(xmp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [, prefix, uri] of xmp.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']+)["']/g)) {
    map.set(uri!, [...(map.get(uri!) ?? []), prefix!]);
  }
  return map;
}

function field(tree: XmpTree, prefixes: Map<string, string[]>, namespace: string, name: string): unknown {
  for (const prefix of prefixes.get(namespace) ?? []) {
    const value = tree[prefix]?.[name];
    if (value !== undefined) return value;
  }
  return undefined;
}

const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value);
  return null;
};

export function readXmpPacket(xmp: string): XmpMarkers {
  let tree: XmpTree;
  try {
    tree = XMP_PARSER.parse(xmp) ?? {};
  } catch {
    tree = {};
  }
  const prefixes = prefixesOf(xmp);
  const rawSourceType =
    text(field(tree, prefixes, IPTC_EXT, 'DigitalSourceType')) ?? text(field(tree, prefixes, PLUS, 'DigitalSourceType'));
  const remote = text(field(tree, prefixes, DCTERMS, 'provenance'));
  return {
    sourceType: normaliseSourceType(rawSourceType),
    rawSourceType,
    tc260: parseTc260(text(field(tree, prefixes, TC260_NAMESPACE, 'AIGC'))),
    remoteManifest: remote && /^https?:\/\//i.test(remote) ? remote : null,
    creatorTool: text(field(tree, prefixes, 'http://ns.adobe.com/xap/1.0/', 'CreatorTool')),
  };
}

export async function readXmpMarkers(bytes: Uint8Array): Promise<XmpMarkers | null> {
  const xmp = await extractXmp(bytes);
  return xmp ? readXmpPacket(xmp) : null;
}
