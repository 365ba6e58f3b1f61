import { Checkbox, Group, Loader, MultiSelect, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderSummary } from '../../../../common/contracts/work-orders';
import { type Pillar, pillars, workOrderStatuses } from '../../../../common/reporting';
import { AnchorLink } from '../../app/anchor-link';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { useAbility } from '../../app/session';
import { useAreas } from '../places/places-api';
import { ExportLinks } from '../reports/export-links';
import { OverdueBadge, PriorityBadge, WorkOrderStatusBadge } from './work-order-badges';
import { useWorkOrders, type WorkOrderFilters, workOrderParams } from './work-orders-api';

const initial: WorkOrderFilters = {
  statuses: ['new', 'planned', 'in_progress'],
  pillar: null,
  areaId: null,
  assignee: null,
  q: '',
};

/** Åtgärder: every work order the actor may see, filtered by status, pillar, area and "mine". */
export function WorkOrdersPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(initial);
  const [debounced] = useDebouncedValue(filters, 300);
  const list = useWorkOrders(debounced);
  const canExport = useAbility('work_order.export');
  const areas = useAreas(false);
  const set = (patch: Partial<WorkOrderFilters>) => setFilters({ ...filters, ...patch });
  return (
    <Page
      title={t('workOrders.title')}
      actions={
        canExport && <ExportLinks path="/api/work-orders/export" params={workOrderParams(debounced)} />
      }
    >
      <Group align="flex-end" role="search" aria-label={t('workOrders.filters')}>
        <MultiSelect
          label={t('workOrders.status')}
          data={workOrderStatuses.map((status) => ({
            value: status,
            label: t(`workOrders.statuses.${status}`),
          }))}
          value={filters.statuses}
          onChange={(values) => set({ statuses: values as WorkOrderFilters['statuses'] })}
          clearable
          w={280}
        />
        <NativeSelect
          label={t('workOrders.pillar')}
          data={[
            { value: '', label: t('reports.all') },
            ...pillars.map((p) => ({ value: p, label: t(`workOrders.pillars.${p}`) })),
          ]}
          value={filters.pillar ?? ''}
          onChange={(event) => set({ pillar: (event.currentTarget.value || null) as Pillar | null })}
        />
        <NativeSelect
          label={t('workOrders.area')}
          data={[
            { value: '', label: t('reports.all') },
            ...(areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
          value={filters.areaId ?? ''}
          onChange={(event) => set({ areaId: event.currentTarget.value || null })}
        />
        <TextInput
          label={t('reports.search')}
          type="search"
          value={filters.q}
          onChange={(e) => set({ q: e.currentTarget.value })}
        />
        <Checkbox
          label={t('workOrders.onlyMine')}
          checked={filters.assignee === 'me'}
          onChange={(event) => set({ assignee: event.currentTarget.checked ? 'me' : null })}
          mb={8}
        />
      </Group>
      <FormError error={list.error} />
      {list.isPending && <Loader aria-label={t('app.loading')} />}
      {list.data && <WorkOrderTable items={list.data.items} />}
    </Page>
  );
}

function WorkOrderTable({ items }: { items: WorkOrderSummary[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('workOrders.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={860} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {(
              ['number', 'titleField', 'pillar', 'status', 'area', 'assignee', 'dueDate', 'reports'] as const
            ).map((key) => (
              <Table.Th key={key} scope="col">
                {t(`workOrders.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.number}</Table.Td>
              <Table.Td>
                <AnchorLink to="/work-orders/$id" params={{ id: item.id }}>
                  {item.title}
                </AnchorLink>{' '}
                <PriorityBadge priority={item.priority} />
              </Table.Td>
              <Table.Td>{t(`workOrders.pillars.${item.pillar}`)}</Table.Td>
              <Table.Td>
                <WorkOrderStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{[item.areaName, item.placeLabel].filter(Boolean).join(' · ')}</Table.Td>
              <Table.Td>{item.assignee?.name ?? item.contractor ?? t('app.none')}</Table.Td>
              <Table.Td>
                {item.dueDate ?? t('app.none')} <OverdueBadge overdue={item.overdue} />
              </Table.Td>
              <Table.Td>{item.reportCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
