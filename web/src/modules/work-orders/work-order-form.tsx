import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../../common/contracts/work-orders';
import { type Pillar, type Priority, pillars, priorities } from '../../../../common/reporting';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { useAreas } from '../places/places-api';
import { useAssignees, useInvalidateWorkOrders } from './work-orders-api';

export type WorkOrderDefaults = { pillar?: Pillar; title?: string; areaId?: string; reportIds?: string[] };
type Props = {
  /** Editing this one; otherwise a new work order from the defaults. */
  workOrder?: WorkOrderDetail;
  defaults?: WorkOrderDefaults;
  onDone: (saved: { id: string }) => void;
  onCancel: () => void;
};

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** Creates a work order (optionally fed by reports) or edits its planning fields. */
export function WorkOrderForm({ workOrder, defaults, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const areas = useAreas(false);
  const assignees = useAssignees(true);
  const invalidate = useInvalidateWorkOrders();
  const form = useForm({
    initialValues: {
      pillar: workOrder?.pillar ?? defaults?.pillar ?? ('physical' as Pillar),
      title: workOrder?.title ?? defaults?.title ?? '',
      description: workOrder?.description ?? '',
      areaId: workOrder?.areaId ?? defaults?.areaId ?? '',
      assigneeUserId: workOrder?.assignee?.id ?? '',
      contractor: workOrder?.contractor ?? '',
      dueDate: workOrder?.dueDate ?? '',
      priority: workOrder?.priority ?? ('normal' as Priority),
    },
  });
  const save = useFormMutation(
    form,
    (values: typeof form.values) => {
      const body = {
        ...values,
        description: orNull(values.description),
        assigneeUserId: values.assigneeUserId || null,
        contractor: orNull(values.contractor),
        dueDate: values.dueDate || null,
      };
      if (workOrder) return api.patch<{ id: string }>(`/api/work-orders/${workOrder.id}`, body);
      return api.post<{ id: string }>('/api/work-orders', { ...body, reportIds: defaults?.reportIds ?? [] });
    },
    async (saved) => {
      await invalidate();
      onDone(saved);
    },
  );
  const none = { value: '', label: t('workOrders.noAssignee') };
  return (
    <MutationForm form={form} mutation={save}>
      <TextInput
        label={t('workOrders.titleField')}
        required
        data-autofocus
        {...form.getInputProps('title')}
      />
      <NativeSelect
        label={t('workOrders.pillar')}
        data={pillars.map((pillar) => ({ value: pillar, label: t(`workOrders.pillars.${pillar}`) }))}
        {...form.getInputProps('pillar')}
      />
      <NativeSelect
        label={t('workOrders.area')}
        required
        data={[
          { value: '', label: t('workOrders.chooseArea') },
          ...(areas.data?.items ?? []).map((area) => ({ value: area.id, label: area.name })),
        ]}
        {...form.getInputProps('areaId')}
      />
      <Textarea
        label={t('workOrders.description')}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
      <NativeSelect
        label={t('workOrders.assignee')}
        data={[none, ...(assignees.data?.items ?? []).map((user) => ({ value: user.id, label: user.name }))]}
        {...form.getInputProps('assigneeUserId')}
      />
      <TextInput label={t('workOrders.contractor')} {...form.getInputProps('contractor')} />
      <TextInput label={t('workOrders.dueDate')} type="date" {...form.getInputProps('dueDate')} />
      <NativeSelect
        label={t('workOrders.priority')}
        data={priorities.map((priority) => ({
          value: priority,
          label: t(`workOrders.priorities.${priority}`),
        }))}
        {...form.getInputProps('priority')}
      />
      <FormActions
        busy={save.isPending}
        onCancel={onCancel}
        submitLabel={workOrder ? t('app.save') : t('workOrders.create')}
      />
    </MutationForm>
  );
}
