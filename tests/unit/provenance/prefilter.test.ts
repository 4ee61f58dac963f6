import { describe, expect, it } from 'vitest';
import { hasProvenanceMarkers, scanJpegHead, sniffFormat } from '@/utils/provenance/prefilter';
import { jpegWithXmp, pngWithXmp, SKELETON_JPEG, SKELETON_PNG, xmpPacket } from './make-images';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('byte prefilter', () => {
  it('sniffs the containers it reads', () => {
    expect(sniffFormat(SKELETON_JPEG)).toBe('image/jpeg');
    expect(sniffFormat(SKELETON_PNG)).toBe('image/png');
    expect(sniffFormat(bytes('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffFormat(bytes('\0\0\0\x1cftypavif'))).toBe('image/avif');
    expect(sniffFormat(bytes('\0\0\0\x1cftypheic'))).toBe('image/heic');
    expect(sniffFormat(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
  });

  it('stops a JPEG at its image data when no metadata segment came before', () => {
    expect(scanJpegHead(SKELETON_JPEG)).toBe('none');
    expect(scanJpegHead(jpegWithXmp(xmpPacket({ digitalSourceType: 'digitalCapture' })))).toBe('xmp');
    const app11 = Uint8Array.from([0xff, 0xd8, 0xff, 0xeb, 0x00, 0x08, 0x4a, 0x50, 0, 0, 0, 0]);
    expect(scanJpegHead(app11)).toBe('c2pa');
    expect(scanJpegHead(SKELETON_JPEG.subarray(0, 12))).toBe('more');
  });

  it('ignores an EXIF APP1 that is not XMP', () => {
    const exif = Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x08, ...bytes('Exif\0\0'), ...SKELETON_JPEG.subarray(2)]);
    expect(scanJpegHead(exif)).toBe('none');
  });

  it('finds XMP packets and JUMBF boxes anywhere in the bytes', () => {
    expect(hasProvenanceMarkers(SKELETON_JPEG)).toEqual({ c2pa: false, xmp: false });
    expect(hasProvenanceMarkers(pngWithXmp(xmpPacket({})))).toEqual({ c2pa: false, xmp: true });
    expect(hasProvenanceMarkers(bytes('....jumb....c2pa....'))).toEqual({ c2pa: true, xmp: false });
  });
});
