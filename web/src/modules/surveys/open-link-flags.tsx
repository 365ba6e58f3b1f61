import { Alert, List } from '@mantine/core';
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
    <Alert
      color="orange"
      variant="outline"
      icon={<IconFlag size={18} aria-hidden />}
      title={t('surveys.flags.title')}
      data-testid="open-link-flags"
    >
      {t('surveys.flags.intro')}
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
