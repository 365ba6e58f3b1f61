import { Card, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { WorkOrderSummary } from '../../../../common/contracts/work-orders';
import { FormError } from '../../app/form-error';
import { Page } from '../../app/page';
import { OverdueBadge, PriorityBadge, WorkOrderStatusBadge } from './work-order-badges';
import { useWorkOrders } from './work-orders-api';

const mine = {
  statuses: ['new', 'planned', 'in_progress'],
  pillar: null,
  areaId: null,
  assignee: 'me',
  q: '',
} as const;

/** Without a due date last; otherwise the earliest first. */
function byDueDate(a: WorkOrderSummary, b: WorkOrderSummary): number {
  if (a.dueDate === b.dueDate) return a.number - b.number;
  if (!a.dueDate) return 1;
  if (!b.dueDate) return -1;
  return a.dueDate.localeCompare(b.dueDate);
}

/** Mina åtgärder: the actor's open work orders as large cards for a phone in the field. */
export function MyWorkOrdersPage() {
  const { t } = useTranslation();
  const list = useWorkOrders({ ...mine, statuses: [...mine.statuses] });
  const items = [...(list.data?.items ?? [])].sort(byDueDate);
  return (
    <Page title={t('workOrders.mineTitle')}>
      <FormError error={list.error} />
      {list.isPending && <Loader aria-label={t('app.loading')} />}
      {list.data && items.length === 0 && <Text>{t('workOrders.mineEmpty')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => (
          <li key={item.id}>
            <WorkOrderCard item={item} />
          </li>
        ))}
      </Stack>
    </Page>
  );
}

function WorkOrderCard({ item }: { item: WorkOrderSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <UnstyledButton
      w="100%"
      onClick={() => void navigate({ to: '/work-orders/$id', params: { id: item.id } })}
      aria-label={t('workOrders.openCard', { number: item.number, title: item.title })}
    >
      <Card withBorder padding="md" radius="md" mih={96}>
        <Stack gap={6}>
          <Text fw={700} size="lg">
            {item.title}
          </Text>
          <Group gap={6}>
            <WorkOrderStatusBadge status={item.status} />
            <PriorityBadge priority={item.priority} />
            <OverdueBadge overdue={item.overdue} />
          </Group>
          <Text>{[item.areaName, item.placeLabel].filter(Boolean).join(' · ')}</Text>
          <Text size="sm">
            {t('workOrders.dueDate')}: {item.dueDate ?? t('app.none')} · #{item.number}
          </Text>
        </Stack>
      </Card>
    </UnstyledButton>
  );
}
