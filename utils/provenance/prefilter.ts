/**
 * Cheap byte checks that run before any parser: which container an image is, and whether it can
 * carry provenance at all. Most news images carry none, so these decide whether the 9 MB C2PA
 * decoder is ever loaded and, for JPEG, whether the rest of the file needs downloading.
 */

export type ImageFormat = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif' | 'image/heic' | 'image/gif';

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (/^(heic|heix|mif1|msf1|hevc)$/.test(brand)) return 'image/heic';
  }
  return null;
}

/**
 * 'c2pa': a JUMBF segment, so the whole file is needed (its hashes cover the image data);
 * 'xmp': XMP only, and the head up to the image data holds all of it; 'none': no metadata
 * segment; 'more': not decided yet, read further.
 */
export type HeadVerdict = 'c2pa' | 'xmp' | 'none' | 'more';

const XMP_SIGNATURES = ['http://ns.adobe.com/xap/1.0/\0', 'http://ns.adobe.com/xmp/extension/\0'];

/**
 * Walks the JPEG segments before the image data. APP1 XMP and APP11 JUMBF (C2PA) must come before
 * the first scan (SOS), so reaching SOS decides: most photos need only their first kilobytes read.
 */
export function scanJpegHead(bytes: Uint8Array): HeadVerdict {
  let at = 2;
  let xmp = false;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return xmp ? 'xmp' : 'none'; // not a segment boundary: malformed, stop here
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return xmp ? 'xmp' : 'none';
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker === 0xeb) return 'c2pa'; // APP11: JUMBF boxes (C2PA manifest store)
    if (marker === 0xe1) {
      const longest = Math.max(...XMP_SIGNATURES.map((sig) => sig.length));
      if (at + 4 + longest > bytes.length) return 'more';
      const head = ascii(bytes, at + 4, longest);
      if (XMP_SIGNATURES.some((sig) => head.startsWith(sig))) xmp = true;
    }
    at += 2 + length;
  }
  return 'more';
}

const MARKERS = ['jumb', 'c2pa', 'caBX', '<x:xmpmeta', 'XML:com.adobe.xmp', 'http://ns.adobe.com/xap/1.0/'].map((m) =>
  Uint8Array.from(m, (c) => c.charCodeAt(0)),
);

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]!;
  for (let at = bytes.indexOf(first); at !== -1 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < needle.length && bytes[at + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** Whether the bytes contain anything a provenance reader could use: JUMBF/C2PA boxes or an XMP packet. */
export function hasProvenanceMarkers(bytes: Uint8Array): { c2pa: boolean; xmp: boolean } {
  return {
    c2pa: contains(bytes, MARKERS[0]!) || contains(bytes, MARKERS[1]!) || contains(bytes, MARKERS[2]!),
    xmp: MARKERS.slice(3).some((m) => contains(bytes, m)),
  };
}
