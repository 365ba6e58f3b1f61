/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import type { PublicPlace, ReportForm } from '../../../../common/contracts/public-reports';
import { publicApi } from '../api';
import type { Position } from '../form/draft';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/sv';
import { LazyPinMap } from './lazy-pin-map';
import { PlaceList } from './place-list';

type Props = {
  form: ReportForm;
  error?: string;
  onPlace(place: PublicPlace): void;
  onPin(pin: Position): void;
};

type Found =
  | { state: 'idle' | 'busy' }
  | { state: 'failed'; message: MessageKey }
  | { state: 'done'; places: PublicPlace[] };

/** Three ways to say where: search by address or entrance, my position, or a pin on the map. */
export function PlaceChooser({ form, error, onPlace, onPin }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found>({ state: 'idle' });
  const [mapOpen, setMapOpen] = useState(false);
  const org = form.organization.slug;

  const search = () => {
    if (query.trim().length < 2) return;
    setFound({ state: 'busy' });
    publicApi.search(org, query.trim()).then(
      (places) => setFound({ state: 'done', places }),
      () => setFound({ state: 'failed', message: 'loadFailed' }),
    );
  };

  const locate = () => {
    if (!navigator.geolocation) return setFound({ state: 'failed', message: 'positionFailed' });
    setFound({ state: 'busy' });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) =>
        publicApi.nearby(org, coords.longitude, coords.latitude).then(
          (places) => setFound({ state: 'done', places }),
          () => setFound({ state: 'failed', message: 'positionFailed' }),
        ),
      () => setFound({ state: 'failed', message: 'positionFailed' }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <div class="chooser">
      <label for="f-place">{t('searchLabel')}</label>
      {error && (
        <p class="field-error" id="e-place">
          {error}
        </p>
      )}
      <div class="search-row">
        <input
          id="f-place"
          type="search"
          value={query}
          autocomplete="street-address"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'e-place' : undefined}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter searches instead of submitting the whole report.
            if (event.key === 'Enter') {
              event.preventDefault();
              search();
            }
          }}
        />
        <button type="button" class="secondary" onClick={search}>
          {t('searchButton')}
        </button>
      </div>
      <div class="row">
        <button type="button" class="secondary" onClick={locate}>
          {t('useMyPosition')}
        </button>
        <button type="button" class="secondary" aria-expanded={mapOpen} onClick={() => setMapOpen(!mapOpen)}>
          {mapOpen ? t('closeMap') : t('chooseOnMap')}
        </button>
      </div>
      <div aria-live="polite">
        {found.state === 'busy' && <p class="note">{t('searching')}</p>}
        {found.state === 'failed' && <p class="note">{t(found.message)}</p>}
        {found.state === 'done' && found.places.length === 0 && <p class="note">{t('noResults')}</p>}
      </div>
      {found.state === 'done' && <PlaceList places={found.places} onChoose={onPlace} />}
      {mapOpen && <LazyPinMap org={org} bounds={form.bounds} onPin={onPin} />}
    </div>
  );
}
