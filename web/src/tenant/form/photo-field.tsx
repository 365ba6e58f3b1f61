/** @jsxImportSource preact */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { maxPhotoBytes, maxPhotosPerReport } from '../../../../common/reporting';
import { useI18n } from '../i18n/i18n-context';
import { downscale } from './downscale';
import { describedBy, FieldError } from './field-error';
import { fieldId } from './validate';

type Props = { photos: Blob[]; kept: boolean; error?: string; onChange(photos: Blob[]): void };

/**
 * Up to three photos, shrunk in the browser before upload. No `capture` attribute: it makes some
 * phones open the camera only, and a tenant often has the photo already.
 */
export function PhotoField({ photos, kept, error, onChange }: Props) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | undefined>();
  const urls = useMemo(() => photos.map((photo) => URL.createObjectURL(photo)), [photos]);
  useEffect(
    () => () => {
      for (const url of urls) URL.revokeObjectURL(url);
    },
    [urls],
  );
  const full = photos.length >= maxPhotosPerReport;
  const shown = problem ?? error;

  async function add(files: FileList | null) {
    const next = [...photos];
    let message: string | undefined;
    for (const file of Array.from(files ?? [])) {
      if (next.length >= maxPhotosPerReport) break;
      if (!file.type.startsWith('image/')) message = t('photoNotImage', { name: file.name });
      else {
        const small = await downscale(file);
        if (small.size > maxPhotoBytes) message = t('photoTooLarge', { name: file.name });
        else next.push(small);
      }
    }
    setProblem(message);
    onChange(next);
  }

  return (
    <fieldset class={shown ? 'group has-error' : 'group'}>
      <legend>{t('photosLegend', { n: maxPhotosPerReport })}</legend>
      {!kept && <p class="hint">{t('photosNotKept')}</p>}
      <FieldError id="e-photos" message={shown} />
      {photos.length > 0 && (
        <ul class="thumbs">
          {urls.map((url, index) => (
            <li key={url}>
              <img src={url} alt={t('photoAlt', { n: index + 1 })} />
              <button
                type="button"
                class="secondary"
                onClick={() => onChange(photos.filter((_, i) => i !== index))}
              >
                {t('removePhoto', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p class="note">{t('photosFull')}</p>
      ) : (
        <div class="file">
          <label for={fieldId('photos')} class="button secondary">
            {t('addPhoto')}
          </label>
          <input
            id={fieldId('photos')}
            type="file"
            accept="image/*"
            multiple
            aria-describedby={describedBy(shown && 'e-photos')}
            onChange={(event) => {
              const input = event.currentTarget;
              void add(input.files).then(() => {
                input.value = '';
              });
            }}
          />
        </div>
      )}
    </fieldset>
  );
}
