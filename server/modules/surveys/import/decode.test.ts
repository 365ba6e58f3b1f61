import { describe, expect, it } from 'vitest';
import { decodeImportFile } from './decode';
import { utf8, windows1252 } from './test-csv';

describe('decodeImportFile', () => {
  it('reads Windows-1252 bytes as Excel writes them on Swedish Windows', () => {
    // "Källare;Mycket bra" with ä as the single byte 0xE4.
    const bytes = Uint8Array.from([0x4b, 0xe4, 0x6c, 0x6c, 0x61, 0x72, 0x65, 0x3b, ...utf8('Mycket bra')]);
    expect(decodeImportFile(bytes)).toEqual({
      text: 'Källare;Mycket bra',
      encoding: 'windows-1252',
      bom: false,
    });
    expect(decodeImportFile(windows1252('Inte så bra;Dålig;€'))).toMatchObject({
      text: 'Inte så bra;Dålig;€',
    });
  });

  it('reads UTF-8 with and without a byte order mark, dropping the mark', () => {
    expect(decodeImportFile(utf8('Källare;Vet ej', true))).toEqual({
      text: 'Källare;Vet ej',
      encoding: 'utf-8',
      bom: true,
    });
    expect(decodeImportFile(utf8('Källare;Vet ej'))).toEqual({
      text: 'Källare;Vet ej',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('reads the UTF-16 of Excel\'s "Unicode text"', () => {
    const body = Buffer.from('Område\tF1\r\n', 'utf16le');
    const bytes = Uint8Array.from([0xff, 0xfe, ...body]);
    expect(decodeImportFile(bytes)).toEqual({ text: 'Område\tF1\r\n', encoding: 'utf-16le', bom: true });
  });

  it('never fails, whatever the bytes', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeImportFile(bytes).encoding).toBe('windows-1252');
    expect(decodeImportFile(bytes).text).toHaveLength(256);
  });
});
