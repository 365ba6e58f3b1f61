import { Button, Group, Loader, SegmentedControl, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconTool } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../common/contracts/reports';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { useAbility } from '../../app/session';
import { WorkOrderDialog } from '../work-orders/work-order-dialog';
import { AreaCounts } from './area-counts';
import { ExportLinks } from './export-links';
import { FilterBar } from './filter-bar';
import { LazyReportsMap } from './lazy-reports-map';
import { defaultInboxFilters, filterParams, type InboxFilters } from './report-filters';
import { ReportList } from './report-list';
import { useReportCounts, useReportList } from './reports-api';

/** Inkorg: every report the actor may see, filtered, as a list or on a map, with counts per area. */
export function InboxPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<InboxFilters>(defaultInboxFilters);
  // Typing in the search box should not send a request per key.
  const [debounced] = useDebouncedValue(filters, 300);
  const [view, setView] = useState<'list' | 'map'>('list');
  const canExport = useAbility('report.export');
  const canCreate = useAbility('report.create');
  const counts = useReportCounts(debounced);
  const actions = (canCreate || canExport) && (
    <>
      {canExport && <ExportLinks path="/api/reports/export" params={filterParams(debounced)} />}
      {canCreate && (
        <Button component={Link} to="/reports/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('reports.create.button')}
        </Button>
      )}
    </>
  );
  return (
    <Page title={t('reports.inboxTitle')} actions={actions}>
      <FilterBar filters={filters} onChange={setFilters} />
      {counts.data && <AreaCounts counts={counts.data} />}
      <SegmentedControl
        w="fit-content"
        value={view}
        onChange={(value) => setView(value as 'list' | 'map')}
        data={[
          { value: 'list', label: t('reports.viewList') },
          { value: 'map', label: t('reports.viewMap') },
        ]}
        aria-label={t('reports.view')}
      />
      {view === 'list' ? <InboxList filters={debounced} /> : <LazyReportsMap filters={debounced} />}
    </Page>
  );
}

function InboxList({ filters }: { filters: InboxFilters }) {
  const { t } = useTranslation();
  const list = useReportList(filters);
  const canCreateWorkOrder = useAbility('work_order.create');
  const [selected, setSelected] = useState<Map<string, ReportSummary>>(new Map());
  const [creating, setCreating] = useState(false);
  const reports = list.data?.pages.flatMap((page) => page.items) ?? [];
  const toggle = (id: string) => {
    const next = new Map(selected);
    const report = reports.find((item) => item.id === id);
    if (next.has(id)) next.delete(id);
    else if (report) next.set(id, report);
    setSelected(next);
  };
  const total = list.data?.pages[0]?.total;
  return (
    <Stack gap="sm">
      <FormError error={list.error} />
      {list.isPending && <Loader aria-label={t('app.loading')} />}
      {total !== undefined && <div aria-live="polite">{t('reports.total', { count: total })}</div>}
      {canCreateWorkOrder && selected.size > 0 && (
        <Group>
          <Button leftSection={<IconTool size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('reports.workOrderFromSelected', { count: selected.size })}
          </Button>
          <Button variant="subtle" onClick={() => setSelected(new Map())}>
            {t('reports.clearSelection')}
          </Button>
        </Group>
      )}
      {list.data && (
        <ReportList
          reports={reports}
          selection={canCreateWorkOrder ? { selected: new Set(selected.keys()), toggle } : undefined}
        />
      )}
      {list.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={list.isFetchingNextPage}
          onClick={() => list.fetchNextPage()}
        >
          {t('reports.loadMore')}
        </Button>
      )}
      <WorkOrderDialog
        opened={creating}
        reports={[...selected.values()]}
        onClose={() => setCreating(false)}
        onCreated={() => setSelected(new Map())}
      />
    </Stack>
  );
}
