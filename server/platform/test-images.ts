import zlib from 'node:zlib';
import sharp from 'sharp';

/** A JPEG as a phone makes one: EXIF with the owner's name, GPS position and a rotation flag. */
export async function phonePhoto(width = 60, height = 40): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c04020' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Artist: 'Secret Person', Make: 'PhoneMaker' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '59/1 12/1 36/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '17/1 57/1 0/1',
      },
    })
    .toBuffer();
}

export const pngOf = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#2040c0' } })
    .png()
    .toBuffer();

/**
 * A decompression bomb: a valid tiny PNG whose header claims width × height pixels (the IHDR
 * chunk is rewritten with a fresh CRC), so only a decoder that trusts the header is in trouble.
 */
export async function pngBomb(width = 30_000, height = 30_000): Promise<Buffer> {
  const png = Buffer.from(await pngOf(1, 1));
  // Signature (8) + length (4), then the IHDR chunk: type (4), width (4), height (4) …
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  const ihdr = png.subarray(12, 12 + 4 + 13);
  png.writeUInt32BE(zlib.crc32(ihdr), 12 + 4 + 13);
  return png;
}
