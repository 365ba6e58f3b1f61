import { Center, Loader } from '@mantine/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientConfig } from '../../app/client-config';

/** What every map component takes from its lazy wrapper: a height and the configured base style. */
type MapProps = { height: number | string; baseStyleUrl?: string | null };

/**
 * A map component loaded only when first shown, with the base style from the client config and
 * a loader of the map's height meanwhile. Shared so that every map page keeps maplibre-gl (about
 * 1 MB) out of the bundle and waits for the style the same way.
 */
export function lazyMap<P extends MapProps>(load: () => Promise<{ default: ComponentType<P> }>) {
  const MapComponent = lazy(load) as ComponentType<P>;
  return function LazyMap(props: Omit<P, 'baseStyleUrl'>) {
    const { t } = useTranslation();
    const config = useClientConfig();
    const loader = (
      <Center h={props.height}>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
    if (config.isPending) return loader;
    const mapProps = { ...props, baseStyleUrl: config.data?.mapStyleUrl ?? null } as P;
    return (
      <Suspense fallback={loader}>
        <MapComponent {...mapProps} />
      </Suspense>
    );
  };
}
