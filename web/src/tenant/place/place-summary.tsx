/** @jsxImportSource preact */
import type { PublicPlace } from '../../../../common/contracts/public-reports';
import type { Position } from '../form/draft';
import { useI18n } from '../i18n/i18n-context';

type Props = { place: PublicPlace | null; pin: Position | null; fromQr: boolean; onChange(): void };

/** The place already chosen (or filled in from the QR code), with a way to choose another. */
export function PlaceSummary({ place, pin, fromQr, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div class="chosen">
      <p class="chosen-title">{fromQr ? t('placeFromQr') : t('placeChosen')}</p>
      {place ? (
        <p class="chosen-place">
          <strong>{place.label}</strong>
          <br />
          {place.address} · {place.areaName}
        </p>
      ) : (
        pin && (
          <p class="chosen-place">
            <strong>{t('pinLabel')}</strong>
            <br />
            <span dir="ltr">
              {pin.lat.toFixed(5)}, {pin.lon.toFixed(5)}
            </span>
          </p>
        )
      )}
      <button type="button" class="secondary" id="f-place" onClick={onChange}>
        {t('changePlace')}
      </button>
    </div>
  );
}
