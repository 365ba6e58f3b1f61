import { NumberInput, SimpleGrid } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

type Props = { lon: GetInputPropsReturnType; lat: GetInputPropsReturnType };

/** Longitude and latitude side by side; seven decimals is about a centimetre, finer than a door. */
export function CoordinateFields({ lon, lat }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={2}>
      <NumberInput label={t('buildings.lon')} decimalScale={7} required {...lon} />
      <NumberInput label={t('buildings.lat')} decimalScale={7} required {...lat} />
    </SimpleGrid>
  );
}
