/** @jsxImportSource preact */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import type { PinMapProps } from './pin-map';

let loaded: Promise<ComponentType<PinMapProps>> | null = null;

/**
 * Downloads MapLibre (~250 KB gzipped) only when the tenant opens the map: the page itself must
 * stay under 80 KB for cheap phones on slow networks.
 */
export function LazyPinMap(props: PinMapProps) {
  const { t } = useI18n();
  const [PinMap, setPinMap] = useState<ComponentType<PinMapProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loaded ??= import('./pin-map').then((module) => module.PinMap);
    loaded.then(
      (component) => setPinMap(() => component),
      () => {
        loaded = null;
        setFailed(true);
      },
    );
  }, []);
  if (failed) return <p class="note">{t('mapFailed')}</p>;
  if (!PinMap) return <p class="note">{t('mapLoading')}</p>;
  return <PinMap {...props} />;
}
