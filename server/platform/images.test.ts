import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { maxPhotoBytes } from '../../common/reporting';
import { AppError } from './errors';
import { reencodePhoto, sniffImage } from './images';
import { phonePhoto, pngBomb, pngOf } from './test-images';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('reencodePhoto', () => {
  it('re-encodes a phone photo as JPEG without EXIF or GPS, turned upright', async () => {
    const input = await phonePhoto(60, 40);
    const before = await sharp(input).metadata();
    expect(before.exif?.toString('latin1')).toContain('Secret Person');
    expect(before.orientation).toBe(6);

    const out = await reencodePhoto(input);
    const after = await sharp(out.bytes).metadata();
    expect(out.contentType).toBe('image/jpeg');
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(out.bytes.includes(Buffer.from('Secret Person'))).toBe(false);
    // Orientation 6 is a quarter turn: the stored pixels become 40 × 60.
    expect([out.width, out.height, after.width, after.height]).toEqual([40, 60, 40, 60]);
  });

  it('shrinks large photos to at most 2048 px on the long side', async () => {
    const out = await reencodePhoto(await pngOf(3000, 1500));
    expect([out.width, out.height]).toEqual([2048, 1024]);
  });

  it('refuses what is not an image by its bytes, naming the field', async () => {
    const error = await rejection(
      reencodePhoto(Buffer.from('%PDF-1.7 not a photo at all'), { field: 'photos[1]', locale: 'en' }),
    );
    expect(error.code).toBe('unsupported_media_type');
    expect(error.issues).toEqual([{ path: 'photos[1]', message: 'is not a JPEG, PNG, WebP or AVIF image' }]);
  });

  it('refuses a file with image magic bytes but a broken body', async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    const error = await rejection(reencodePhoto(broken, { locale: 'sv' }));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.issues?.[0].message).toBe('kunde inte läsas som bild');
  });

  it('refuses a file larger than the limit before decoding it', async () => {
    const big = Buffer.concat([await pngOf(10, 10), Buffer.alloc(maxPhotoBytes)]);
    const error = await rejection(reencodePhoto(big, { field: 'photos[0]' }));
    expect(error.code).toBe('payload_too_large');
    expect(error.issues?.[0].path).toBe('photos[0]');
  });

  it('refuses a decompression bomb (a tiny PNG declaring 30000 × 30000)', async () => {
    const bomb = await pngBomb();
    expect(bomb.length).toBeLessThan(200);
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(30_000);
    const error = await rejection(reencodePhoto(bomb, { field: 'photos[0]', locale: 'en' }));
    expect(error.code).toBe('payload_too_large');
    expect(error.issues).toEqual([{ path: 'photos[0]', message: 'has too many pixels' }]);
  });

  it('knows the accepted formats by their first bytes', async () => {
    expect(sniffImage(await pngOf(2, 2))).toBe('png');
    expect(
      sniffImage(
        await sharp(await pngOf(2, 2))
          .webp()
          .toBuffer(),
      ),
    ).toBe('webp');
    expect(
      sniffImage(
        await sharp(await pngOf(2, 2))
          .avif()
          .toBuffer(),
      ),
    ).toBe('avif');
    expect(
      sniffImage(
        await sharp(await pngOf(2, 2))
          .gif()
          .toBuffer(),
      ),
    ).toBeNull();
    expect(sniffImage(Buffer.from('GIF89a'))).toBeNull();
  });
});
