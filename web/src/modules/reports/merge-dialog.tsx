import { Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../common/contracts/reports';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { ageInDays } from './report-age';
import { type ReportList, useDuplicateSuggestions, useInvalidateReports } from './reports-api';

type Props = { reportId: string; onMerged: (intoId: string) => void };
type Candidate = ReportSummary & { distanceMeters?: number };

/**
 * Marks this report as a duplicate of another: one suggested by the server (same category, near
 * in place and time) or one found by its tracking code.
 */
export function MergeDialog({ reportId, onMerged }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidateReports();
  const suggestions = useDuplicateSuggestions(reportId, true);
  const [code, setCode] = useState('');
  const [needle] = useDebouncedValue(code.trim(), 300);
  const found = useQuery({
    queryKey: ['reports', 'by-code', needle],
    enabled: needle.length >= 3,
    queryFn: () => api.get<ReportList>(`/api/reports?q=${encodeURIComponent(needle)}&limit=10`),
  });
  const merge = useMutation({
    mutationFn: (intoId: string) => api.post(`/api/reports/${reportId}/merge`, { intoId }),
    onSuccess: async (_, intoId) => {
      notifySuccess(t('reports.merge.done'));
      await invalidate();
      onMerged(intoId);
    },
  });
  const candidates = (items: Candidate[]) => (
    <CandidateList
      items={items.filter((item) => item.id !== reportId)}
      busy={merge.isPending}
      onPick={merge.mutate}
    />
  );
  return (
    <Stack>
      <FormError error={merge.error ?? suggestions.error} />
      <Title order={3} size="h4">
        {t('reports.merge.suggestions')}
      </Title>
      {suggestions.isPending && <Loader aria-label={t('app.loading')} />}
      {suggestions.data && candidates(suggestions.data.suggestions)}
      <TextInput
        label={t('reports.merge.byCode')}
        value={code}
        onChange={(event) => setCode(event.currentTarget.value)}
      />
      {found.data && candidates(found.data.items)}
    </Stack>
  );
}

function CandidateList({
  items,
  busy,
  onPick,
}: {
  items: Candidate[];
  busy: boolean;
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text size="sm">{t('reports.merge.none')}</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Group component="li" key={item.id} justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Text fw={600}>
              {item.trackingCode} · {item.categoryName}
            </Text>
            <Text size="sm">
              {[
                item.distanceMeters !== undefined &&
                  t('reports.merge.distance', { meters: Math.round(item.distanceMeters) }),
                t('reports.days', { count: ageInDays(item.createdAt) }),
                item.placeLabel,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {/* Lists never carry a restricted report's description: its category stands in. */}
            {(item.description || item.restricted) && (
              <Text size="sm" lineClamp={2}>
                {item.restricted ? t('reports.restrictedCategory') : item.description}
              </Text>
            )}
          </Stack>
          <Button size="compact-sm" loading={busy} onClick={() => onPick(item.id)}>
            {t('reports.merge.into', { code: item.trackingCode })}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
