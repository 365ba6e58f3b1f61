import { Checkbox, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { open311Disclosures } from '../../../../common/contracts/open311';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { useAbility } from '../../app/session';

type Publication = { publishSummaries: boolean };
const key = ['open311-publication'] as const;

/**
 * What Open311 publishes: always only category, status, dates and a coarse place; an admin may
 * turn on staff-approved public summaries. Keys get more only by their own agreement.
 */
export function PublicationSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mayChange = useAbility('open311.publication');
  const publication = useQuery({
    queryKey: key,
    queryFn: () => api.get<Publication>('/api/open311-publication'),
  });
  const change = useMutation({
    mutationFn: (publishSummaries: boolean) =>
      api.put<Publication>('/api/open311-publication', { publishSummaries }),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
  return (
    <Stack component="section" aria-labelledby="publication-heading" gap="sm" maw={720}>
      <Title order={2} size="h3" id="publication-heading">
        {t('reportSettings.publication')}
      </Title>
      <Text>{t('reportSettings.publicationIntro')}</Text>
      <FormError error={publication.error ?? change.error} />
      {publication.isPending && <Loader aria-label={t('app.loading')} />}
      {publication.data && (
        <Checkbox
          label={t('reportSettings.publishSummaries')}
          description={t(mayChange ? 'reportSettings.publishSummariesHint' : 'reportSettings.adminOnly')}
          checked={publication.data.publishSummaries}
          disabled={!mayChange || change.isPending}
          onChange={(event) => change.mutate(event.currentTarget.checked)}
        />
      )}
      <Title order={3} size="h4">
        {t('reportSettings.disclosureLevels')}
      </Title>
      <List>
        {open311Disclosures.map((level) => (
          <List.Item key={level}>
            <Text span fw={600}>
              {t(`reportSettings.disclosure.${level}`)}
            </Text>
            : {t(`reportSettings.disclosureHint.${level}`)}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
