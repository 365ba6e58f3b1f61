import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Breakdown } from './analysis-types';
import { FiguresTable } from './figures-table';
import { Section } from './section';

// Open-link answers (one link per stairwell) can come from the same person more than once.
const weakerParts = new Set(['open_link']);

/** The index by age, gender, years in the area and answer channel. */
export function BreakdownsSection({ breakdowns }: { breakdowns: Breakdown[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('surveyAnalysis.areaPage.breakdowns')}>
      {breakdowns.map((breakdown) => {
        const title = breakdown.label || t(`surveyAnalysis.areaPage.groups.${breakdown.group}`);
        return (
          <Stack gap={4} key={breakdown.group}>
            <Title order={3} size="h4">
              {title}
            </Title>
            <FiguresTable
              name={title}
              labelHeader={t('surveyAnalysis.areaPage.group')}
              rows={breakdown.parts.map((part) => ({
                key: part.key,
                figure: part.figure,
                label: weakerParts.has(part.key) ? (
                  <Group gap={6} wrap="nowrap">
                    {part.label}
                    <Badge size="xs" variant="outline" color="gray.8">
                      {t('surveyAnalysis.areaPage.weakerMark')}
                    </Badge>
                  </Group>
                ) : (
                  part.label
                ),
              }))}
            />
            {breakdown.group === 'channel' && (
              <Text size="sm" c="dimmed">
                {t('surveyAnalysis.areaPage.weaker')}
              </Text>
            )}
          </Stack>
        );
      })}
    </Section>
  );
}
