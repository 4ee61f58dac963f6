/**
 * Builds small images carrying provenance metadata in test code, so the tests need no binary
 * fixtures: XMP packets (IPTC digital source type, TC260 AIGC, dcterms:provenance) written into a
 * JPEG APP1 segment or a PNG iTXt chunk. Used by the unit tests and, with a browser-encoded base
 * image, by the E2E test.
 */
export interface XmpFields {
  /** Iptc4xmpExt:DigitalSourceType value (a URI or a term). */
  digitalSourceType?: string;
  /** TC260:AIGC JSON object (written XML-escaped, as real writers do). */
  tc260?: Record<string, string>;
  /** dcterms:provenance: a remote C2PA manifest URL. */
  remoteManifest?: string;
  /** Prefix to declare for the IPTC namespace (writers choose their own). */
  iptcPrefix?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmpPacket(fields: XmpFields): string {
  const p = fields.iptcPrefix ?? 'Iptc4xmpExt';
  const attrs = [
    fields.digitalSourceType !== undefined ? `${p}:DigitalSourceType="${escapeXml(fields.digitalSourceType)}"` : '',
    fields.remoteManifest !== undefined ? `dcterms:provenance="${escapeXml(fields.remoteManifest)}"` : '',
  ].join(' ');
  const tc260 = fields.tc260 ? `<TC260:AIGC>${escapeXml(JSON.stringify(fields.tc260))}</TC260:AIGC>` : '';
  return (
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description rdf:about="" xmlns:${p}="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"` +
    ` xmlns:dcterms="http://purl.org/dc/terms/" xmlns:TC260="http://www.tc260.org.cn/ns/AIGC/1.0/" ${attrs}>` +
    `${tc260}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  );
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) (out.set(part, at), (at += part.length));
  return out;
}

/** A structurally valid baseline JPEG skeleton (SOI, JFIF APP0, SOS, EOI): enough for metadata readers. */
export const SKELETON_JPEG = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0x56, 0x78, 0xff, 0xd9,
]);

/** Inserts an XMP APP1 segment right after SOI (and after APP0 when the base has one). */
export function jpegWithXmp(xmp: string, base: Uint8Array = SKELETON_JPEG): Uint8Array {
  const payload = join(utf8('http://ns.adobe.com/xap/1.0/\0'), utf8(xmp));
  const length = payload.length + 2;
  if (length > 0xffff) throw new Error('XMP too long for one APP1 segment');
  const segment = join(Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff]), payload);
  let at = 2;
  if (base[2] === 0xff && base[3] === 0xe0) at = 4 + ((base[4]! << 8) | base[5]!);
  return join(base.subarray(0, at), segment, base.subarray(at));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function u32(n: number): Uint8Array {
  return Uint8Array.from([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = join(utf8(type), data);
  return join(u32(data.length), body, u32(crc32(body)));
}

/** A 1×1 PNG skeleton: signature, IHDR, one IDAT, IEND. */
export const SKELETON_PNG = join(
  Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  pngChunk('IHDR', Uint8Array.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])),
  pngChunk('IDAT', Uint8Array.from([0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01])),
  pngChunk('IEND', new Uint8Array()),
);

/** Inserts an iTXt chunk with keyword XML:com.adobe.xmp after IHDR. */
export function pngWithXmp(xmp: string, base: Uint8Array = SKELETON_PNG): Uint8Array {
  const ihdrEnd = 8 + 12 + 13;
  const itxt = pngChunk('iTXt', join(utf8('XML:com.adobe.xmp'), Uint8Array.from([0, 0, 0, 0, 0]), utf8(xmp)));
  return join(base.subarray(0, ihdrEnd), itxt, base.subarray(ihdrEnd));
}
