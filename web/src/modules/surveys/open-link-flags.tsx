import { Alert, List, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpenLinkFlag } from './survey-types';

/**
 * Stairwells whose open link brought more answers than they have households: the answers are
 * counted, and the coordinator is told to look (the rule: docs/surveys-anonymity.md).
 */
export function OpenLinkFlags({ flags }: { flags: OpenLinkFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  const text = (flag: OpenLinkFlag) => {
    const values = { address: flag.address, households: flag.households, answers: flag.openLinkResponses };
    if (flag.households === 0) return t('surveys.flags.itemUnknown', values);
    return flag.openLinkResponses > flag.households
      ? t('surveys.flags.item', values)
      : t('surveys.flags.itemFew', values);
  };
  return (
    // The title is plain bold text: Mantine's coloured alert titles fall below WCAG contrast.
    <Alert color="orange" icon={<IconFlag size={18} aria-hidden />} data-testid="open-link-flags">
      <Text fw={700} size="sm">
        {t('surveys.flags.title')}
      </Text>
      <Text size="sm">{t('surveys.flags.intro')}</Text>
      <List size="sm" mt="xs">
        {flags.map((flag) => (
          <List.Item key={`${flag.entranceId}-${flag.month ?? ''}`}>
            {flag.month ? t('surveys.flags.month', { month: flag.month, text: text(flag) }) : text(flag)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
