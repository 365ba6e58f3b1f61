import { Group, MultiSelect, NumberInput, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { reportSources, reportStatuses } from '../../../../common/reporting';
import { useAreas } from '../places/places-api';
import { categoryName } from './category-name';
import type { InboxFilters } from './report-filters';
import { useReportCategories } from './reports-api';

type Props = { filters: InboxFilters; onChange: (filters: InboxFilters) => void };

const toDays = (value: string | number) => (typeof value === 'number' ? value : null);

/** The inbox filters: area, category, status, source, age and free text. */
export function FilterBar({ filters, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const areas = useAreas(false);
  const categories = useReportCategories();
  const set = (patch: Partial<InboxFilters>) => onChange({ ...filters, ...patch });
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('reports.filters')}>
      <MultiSelect
        label={t('reports.area')}
        data={(areas.data?.items ?? []).map((area) => ({ value: area.id, label: area.name }))}
        value={filters.areaIds}
        onChange={(areaIds) => set({ areaIds })}
        placeholder={filters.areaIds.length ? undefined : t('reports.all')}
        searchable
        clearable
        w={220}
      />
      <MultiSelect
        label={t('reports.category')}
        data={(categories.data?.items ?? []).map((c) => ({
          value: c.id,
          label: categoryName(c, i18n.language),
        }))}
        value={filters.categoryIds}
        onChange={(categoryIds) => set({ categoryIds })}
        placeholder={filters.categoryIds.length ? undefined : t('reports.all')}
        searchable
        clearable
        w={220}
      />
      <MultiSelect
        label={t('reports.status')}
        data={reportStatuses.map((status) => ({ value: status, label: t(`reports.statuses.${status}`) }))}
        value={filters.statuses}
        onChange={(values) => set({ statuses: values as InboxFilters['statuses'] })}
        placeholder={filters.statuses.length ? undefined : t('reports.all')}
        clearable
        w={260}
      />
      <MultiSelect
        label={t('reports.source')}
        data={reportSources.map((source) => ({ value: source, label: t(`reports.sources.${source}`) }))}
        value={filters.sources}
        onChange={(values) => set({ sources: values as InboxFilters['sources'] })}
        placeholder={filters.sources.length ? undefined : t('reports.all')}
        clearable
        w={180}
      />
      <NumberInput
        label={t('reports.minAgeDays')}
        value={filters.minAgeDays ?? ''}
        onChange={(value) => set({ minAgeDays: toDays(value) })}
        min={0}
        max={3650}
        allowDecimal={false}
        w={130}
      />
      <NumberInput
        label={t('reports.maxAgeDays')}
        value={filters.maxAgeDays ?? ''}
        onChange={(value) => set({ maxAgeDays: toDays(value) })}
        min={0}
        max={3650}
        allowDecimal={false}
        w={130}
      />
      <TextInput
        label={t('reports.search')}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filters.q}
        onChange={(event) => set({ q: event.currentTarget.value })}
        w={200}
      />
    </Group>
  );
}
