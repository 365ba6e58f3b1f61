import { FileInput, NumberInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCamera } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../../common/contracts/work-orders';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { useSession } from '../../app/session';
import { useFormMutation } from '../../app/use-form-mutation';
import { uploadPhoto } from './upload-photo';
import { useInvalidateWorkOrders } from './work-orders-api';

type Props = { workOrder: WorkOrderDetail; onDone: () => void; onCancel: () => void };

/**
 * "Klar": what was done (the reporters read it), the cost, and an optional after photo, in one
 * step that is easy with a thumb. The photo goes first, so a failed upload leaves the status as it was.
 */
export function DoneForm({ workOrder, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const invalidate = useInvalidateWorkOrders();
  const form = useForm({
    initialValues: {
      resolution: workOrder.resolution ?? '',
      cost: (workOrder.cost ?? '') as number | string,
      photo: null as File | null,
    },
  });
  const save = useFormMutation(
    form,
    async (values: typeof form.values) => {
      if (values.photo) {
        await uploadPhoto(
          workOrder.id,
          'after',
          values.photo,
          session.data?.csrfToken ?? null,
          i18n.language,
        );
      }
      return api.patch(`/api/work-orders/${workOrder.id}`, {
        status: 'done',
        resolution: values.resolution.trim() || null,
        cost: typeof values.cost === 'number' ? values.cost : null,
      });
    },
    async () => {
      notifySuccess(t('workOrders.doneSaved'));
      await invalidate();
      onDone();
    },
  );
  return (
    <MutationForm form={form} mutation={save}>
      <Textarea
        label={t('workOrders.resolution')}
        description={t('workOrders.resolutionHint')}
        autosize
        minRows={3}
        data-autofocus
        {...form.getInputProps('resolution')}
      />
      <NumberInput label={t('workOrders.cost')} min={0} decimalScale={2} {...form.getInputProps('cost')} />
      <FileInput
        label={t('workOrders.afterPhoto')}
        accept="image/*"
        capture="environment"
        clearable
        leftSection={<IconCamera size={16} aria-hidden />}
        {...form.getInputProps('photo')}
      />
      <FormActions busy={save.isPending} onCancel={onCancel} submitLabel={t('workOrders.markDone')} />
    </MutationForm>
  );
}
