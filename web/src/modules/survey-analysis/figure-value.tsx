import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Figure } from './analysis-types';
import { useFormat } from './use-format';

/**
 * One figure in a table cell: "67,3 % (62–72)" with n, or "–" when suppressed. Uncertain cells
 * carry the word "osäker", not a colour alone.
 */
export function FigureValue({
  figure,
  showN = true,
}: {
  figure: Figure | null | undefined;
  showN?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!figure || figure.visibility === 'suppressed' || figure.share === null) {
    return (
      <Text span>
        <span aria-hidden>{t('app.none')}</span>
        <VisuallyHidden>{t('surveyAnalysis.suppressed')}</VisuallyHidden>
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text span style={{ whiteSpace: 'nowrap' }}>
        {format.figure(figure)}
      </Text>
      {showN && figure.n !== null && (
        <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('surveyAnalysis.nValue', { n: figure.n })}
        </Text>
      )}
      {figure.visibility === 'uncertain' && (
        <Badge size="xs" variant="outline" color="#9a3412" title={t('surveyAnalysis.uncertainLong')}>
          {t('surveyAnalysis.uncertain')}
        </Badge>
      )}
    </Group>
  );
}
