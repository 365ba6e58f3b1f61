import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Priority, WorkOrderStatus } from '../../../../common/reporting';

const statusColors: Record<WorkOrderStatus, string> = {
  new: 'blue.9',
  planned: 'cyan.9',
  in_progress: 'indigo.9',
  done: 'teal.9',
  wont_do: 'gray.7',
};

export function WorkOrderStatusBadge({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return <Badge color={statusColors[status]}>{t(`workOrders.statuses.${status}`)}</Badge>;
}

/** Only high and urgent are worth a badge; normal and low would be noise in a list. */
export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  if (priority !== 'high' && priority !== 'urgent') return null;
  return (
    <Badge color={priority === 'urgent' ? 'red.9' : 'grape.9'} variant="filled">
      {t(`workOrders.priorities.${priority}`)}
    </Badge>
  );
}

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return <Badge color="red.9">{t('workOrders.overdue')}</Badge>;
}
