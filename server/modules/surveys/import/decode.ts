/** The encodings an answer file may come in; the preview says which one was used. */
export type ImportEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type DecodedFile = { text: string; encoding: ImportEncoding; bom: boolean };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/**
 * Turns the bytes of an uploaded file into text. Excel on Swedish Windows saves "CSV
 * (semikolonavgränsad)" in Windows-1252 and "CSV UTF-8" with a byte order mark; its "Unicode
 * text" is UTF-16 with a mark. Bytes that are valid UTF-8 are read as UTF-8: Windows-1252 text
 * with any letter beyond ASCII (å, ä, ö) is practically never valid UTF-8, and pure ASCII reads
 * the same either way. Everything else is Windows-1252, which maps every byte to a character, so
 * decoding never fails; a wrong guess shows up as odd letters in the preview, not as an error.
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // The decoder drops a leading byte order mark itself.
    return { text: utf8.decode(bytes), encoding: 'utf-8', bom };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'windows-1252', bom: false };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedFile {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, bom: true };
}
