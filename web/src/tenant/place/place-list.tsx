/** @jsxImportSource preact */
import type { PublicPlace } from '../../../../common/contracts/public-reports';
import { useI18n } from '../i18n/i18n-context';

type Props = { places: PublicPlace[]; onChoose(place: PublicPlace): void };

/** Search or nearby results; each has its own labelled "Choose" button. */
export function PlaceList({ places, onChoose }: Props) {
  const { t } = useI18n();
  return (
    <ul class="places">
      {places.map((place) => (
        <li key={`${place.entranceToken ?? ''}|${place.label}|${place.address}|${place.lon},${place.lat}`}>
          <span class="place-text">
            <strong>{place.label}</strong>
            <span>
              {place.address} · {place.areaName}
            </span>
          </span>
          <button
            type="button"
            class="secondary"
            aria-label={`${t('choose')}: ${place.label}, ${place.address}`}
            onClick={() => onChoose(place)}
          >
            {t('choose')}
          </button>
        </li>
      ))}
    </ul>
  );
}
