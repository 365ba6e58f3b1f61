import sharp from 'sharp';
import { maxPhotoBytes } from '../../common/reporting';
import type { Locale } from '../../common/roles';
import { AppError } from './errors';

export type ReencodedPhoto = { bytes: Buffer; width: number; height: number; contentType: 'image/jpeg' };
type PhotoOptions = { field?: string; locale?: Locale };
type Kind = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic';

/** Above this a "photo" is a decompression bomb, whatever its file size. */
export const maxInputPixels = 40_000_000;
const maxEdge = 2048;

const messages = {
  sv: {
    tooLarge: `är för stor (högst ${maxPhotoBytes / 1024 / 1024} MB)`,
    tooManyPixels: 'har för många bildpunkter',
    notImage: 'är inte en bild i JPEG, PNG, WebP eller AVIF',
    heic: 'är en HEIC-bild som inte kan läsas här; välj JPEG (”Mest kompatibel” i kamerans inställningar)',
    unreadable: 'kunde inte läsas som bild',
  },
  en: {
    tooLarge: `is too large (at most ${maxPhotoBytes / 1024 / 1024} MB)`,
    tooManyPixels: 'has too many pixels',
    notImage: 'is not a JPEG, PNG, WebP or AVIF image',
    heic: 'is a HEIC image that cannot be read here; choose JPEG ("Most compatible" in the camera settings)',
    unreadable: 'could not be read as an image',
  },
} satisfies Record<Locale, Record<string, string>>;
type Problem = keyof typeof messages.en;

function reject(
  code: 'payload_too_large' | 'unsupported_media_type',
  problem: Problem,
  options: PhotoOptions,
) {
  const message = messages[options.locale ?? 'sv'][problem];
  return new AppError(code, [{ path: options.field ?? 'photo', message }]);
}

/** What the first bytes say the file is; null when it is none of the accepted formats. */
export function sniffImage(bytes: Buffer): Kind | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (bytes.toString('latin1', 4, 8) === 'ftyp') {
    const brand = bytes.toString('latin1', 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  return null;
}

/** Reads the header only, so a bomb is refused before any pixel is decoded. */
async function checkDimensions(bytes: Buffer, kind: Kind, options: PhotoOptions) {
  let width = 0;
  let height = 0;
  try {
    ({ width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata());
  } catch {
    throw reject('unsupported_media_type', kind === 'heic' ? 'heic' : 'unreadable', options);
  }
  if (width * height > maxInputPixels) throw reject('payload_too_large', 'tooManyPixels', options);
}

/**
 * Checks a photo by its magic bytes and size, then re-encodes it as JPEG: EXIF orientation
 * applied, at most 2048 px on the long side, and no metadata kept (EXIF, GPS, ICC, XMP are
 * dropped because sharp writes none unless asked with withMetadata).
 */
export async function reencodePhoto(bytes: Buffer, options: PhotoOptions = {}): Promise<ReencodedPhoto> {
  if (bytes.length > maxPhotoBytes) throw reject('payload_too_large', 'tooLarge', options);
  const kind = sniffImage(bytes);
  if (!kind) throw reject('unsupported_media_type', 'notImage', options);
  await checkDimensions(bytes, kind, options);
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: maxInputPixels, failOn: 'error' })
      .rotate()
      .resize({ width: maxEdge, height: maxEdge, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height, contentType: 'image/jpeg' };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw reject('payload_too_large', 'tooManyPixels', options);
    }
    throw reject('unsupported_media_type', kind === 'heic' ? 'heic' : 'unreadable', options);
  }
}
