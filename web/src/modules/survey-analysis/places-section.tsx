import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Figure } from './analysis-types';
import { FiguresTable } from './figures-table';
import { Section } from './section';

/** Buildings or entrances with the index each; small ones show "–" (suppressed with their neighbours). */
export function PlacesSection({
  title,
  labelHeader,
  places,
}: {
  title: string;
  labelHeader: string;
  places: { key: string; label: string; figure: Figure }[];
}) {
  const { t } = useTranslation();
  return (
    <Section title={title}>
      {places.length === 0 ? (
        <Text>{t('surveyAnalysis.empty')}</Text>
      ) : (
        <FiguresTable name={title} labelHeader={labelHeader} rows={places} />
      )}
    </Section>
  );
}
