import { Chip, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FreeTextList } from '../../../../common/contracts/survey-texts';

/** How many answers mention each theme ("färre än 5" when fewer); choosing one filters the list. */
export function ThemeCounts({
  counts,
  chosen,
  onChoose,
}: {
  counts: FreeTextList['themeCounts'];
  chosen: string;
  onChoose: (key: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Chip.Group value={chosen} onChange={(value) => onChoose(value === chosen ? '' : String(value))}>
      <Group gap={6} role="group" aria-label={t('surveyAnalysis.freeText.themeCounts')}>
        {counts.map((count) => (
          <Chip key={count.key} value={count.key} size="sm" variant="outline">
            {count.label} ({count.count === null ? t('surveyAnalysis.freeText.countLessThan') : count.count})
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
