import { Button, Grid, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../../common/contracts/work-orders';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { QueryPage } from '../../app/query-page';
import { Notice } from '../reports/notice';
import { formatDateTime } from '../reports/report-age';
import { LinkedReports } from './linked-reports';
import { StatusActions } from './status-actions';
import { OverdueBadge, PriorityBadge, WorkOrderStatusBadge } from './work-order-badges';
import { WorkOrderComments } from './work-order-comments';
import { WorkOrderForm } from './work-order-form';
import { WorkOrderPhotos } from './work-order-photos';
import { useWorkOrder } from './work-orders-api';

export function WorkOrderPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <QueryPage title={t('workOrders.title')} query={useWorkOrder(id)}>
      {(workOrder) => <WorkOrderView workOrder={workOrder} />}
    </QueryPage>
  );
}

function WorkOrderView({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const planner = workOrder.abilities.includes('work_order.update');
  const assigned = workOrder.abilities.includes('work_order.update_assigned');
  const saved = () => {
    notifySuccess(t('app.saved'));
    setEditing(false);
  };
  const actions = planner && (
    <Button variant="default" onClick={() => setEditing(true)}>
      {t('app.edit')}
    </Button>
  );
  return (
    <Page
      title={t('workOrders.detailTitle', { number: workOrder.number, title: workOrder.title })}
      actions={actions}
    >
      <Group gap="xs">
        <WorkOrderStatusBadge status={workOrder.status} />
        <PriorityBadge priority={workOrder.priority} />
        <OverdueBadge overdue={workOrder.overdue} />
      </Group>
      <StatusActions workOrder={workOrder} />
      {workOrder.resolution && (
        <Notice color="teal-9" title={t('workOrders.resolution')}>
          {workOrder.resolution}
        </Notice>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <Stack>
            {workOrder.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{workOrder.description}</Text>}
            <WorkOrderPhotos workOrder={workOrder} canUpload={planner || assigned} />
            <WorkOrderComments workOrder={workOrder} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack>
            <WorkOrderFacts workOrder={workOrder} />
            <LinkedReports workOrder={workOrder} canEdit={planner} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('workOrders.editTitle')} size="lg">
        {editing && <WorkOrderForm workOrder={workOrder} onDone={saved} onCancel={() => setEditing(false)} />}
      </Modal>
    </Page>
  );
}

function WorkOrderFacts({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { t, i18n } = useTranslation();
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'SEK' });
  const rows: [string, string][] = [
    [t('workOrders.pillar'), t(`workOrders.pillars.${workOrder.pillar}`)],
    [t('workOrders.area'), [workOrder.areaName, workOrder.placeLabel].filter(Boolean).join(' · ')],
    [t('workOrders.assignee'), workOrder.assignee?.name ?? t('app.none')],
    [t('workOrders.contractor'), workOrder.contractor ?? t('app.none')],
    [t('workOrders.dueDate'), workOrder.dueDate ?? t('app.none')],
    [t('workOrders.priority'), t(`workOrders.priorities.${workOrder.priority}`)],
    [t('workOrders.cost'), workOrder.cost === null ? t('app.none') : money.format(workOrder.cost)],
    [t('workOrders.createdAt'), formatDateTime(workOrder.createdAt, i18n.language)],
  ];
  if (workOrder.completedAt)
    rows.push([t('workOrders.completedAt'), formatDateTime(workOrder.completedAt, i18n.language)]);
  return (
    <dl style={{ margin: 0 }}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <Text component="dt" fw={600} size="sm">
            {term}
          </Text>
          <Text component="dd" ms={0} mb="xs">
            {value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
