import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/anchor-link';
import type { MapFeatures } from '../places/places-api';

/**
 * The screen-reader (and keyboard) equivalent of the map: every area with its buildings.
 * Entrances are counted rather than listed, since a map of a whole company has thousands.
 */
export function FeatureList({ features }: { features: MapFeatures }) {
  const { t } = useTranslation();
  const items = features.features.map((feature) => feature.properties);
  const areas = items.filter((item) => item.kind === 'area');
  const buildings = items.filter((item) => item.kind === 'building');
  const entrances = items.filter((item) => item.kind === 'entrance').length;
  return (
    <section aria-labelledby="map-list-heading">
      <Title order={2} size="h4" id="map-list-heading" mb="xs">
        {t('map.listTitle')}
      </Title>
      {items.length === 0 && <Text>{t('map.empty')}</Text>}
      <List listStyleType="none" spacing={4}>
        {areas.map((area) => (
          <List.Item key={area.id}>
            <AnchorLink to="/areas/$id" params={{ id: area.id }}>
              {t('map.kinds.area')}: {area.label}
            </AnchorLink>
          </List.Item>
        ))}
        {buildings.map((building) => (
          <List.Item key={building.id}>
            <AnchorLink to="/buildings/$id" params={{ id: building.id }}>
              {t('map.kinds.building')}: {building.label}
            </AnchorLink>
          </List.Item>
        ))}
      </List>
      {entrances > 0 && (
        <Text size="sm" mt="xs">
          {t('entrances.title')}: {entrances}
        </Text>
      )}
    </section>
  );
}
