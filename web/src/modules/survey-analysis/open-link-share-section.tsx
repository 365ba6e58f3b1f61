import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OpenLinkFlags } from '../surveys/open-link-flags';
import type { AreaAnalysis } from './analysis-types';
import { Section } from './section';
import { useFormat } from './use-format';

/**
 * How many of the area's answers came by a stairwell's open link (anyone there may answer, so the
 * share tells how much of the figure rests on the weaker channel), and the flagged stairwells.
 */
export function OpenLinkShareSection({ openLinks }: { openLinks: AreaAnalysis['openLinks'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!openLinks) return null;
  return (
    <Section title={t('surveyAnalysis.openLinks.title')}>
      <Text data-testid="open-link-share">
        {openLinks.responses === null || openLinks.openLinkResponses === null
          ? t('surveyAnalysis.openLinks.suppressed')
          : t('surveyAnalysis.openLinks.share', {
              count: openLinks.openLinkResponses,
              total: openLinks.responses,
              share: format.share(openLinks.share),
            })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('surveyAnalysis.openLinks.why')}
      </Text>
      <OpenLinkFlags flags={openLinks.flags} />
    </Section>
  );
}
