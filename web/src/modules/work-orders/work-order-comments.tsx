import { Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../../common/contracts/work-orders';
import { api } from '../../app/api';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { formatDateTime } from '../reports/report-age';
import { useInvalidateWorkOrders } from './work-orders-api';

/** Internal comments on the work order (never shown to reporters). */
export function WorkOrderComments({ workOrder }: { workOrder: WorkOrderDetail }) {
  const { t, i18n } = useTranslation();
  const invalidate = useInvalidateWorkOrders();
  const form = useForm({ initialValues: { body: '' } });
  const add = useFormMutation(
    form,
    (values: typeof form.values) => api.post(`/api/work-orders/${workOrder.id}/comments`, values),
    async () => {
      form.reset();
      await invalidate();
    },
  );
  return (
    <Stack component="section" aria-labelledby="comments-heading" gap="xs">
      <Title order={2} size="h3" id="comments-heading">
        {t('workOrders.comments')}
      </Title>
      {workOrder.comments.length === 0 && <Text>{t('workOrders.noComments')}</Text>}
      {workOrder.comments.map((comment) => (
        <div key={comment.id}>
          <Text size="sm" fw={600}>
            {comment.authorName} · {formatDateTime(comment.createdAt, i18n.language)}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</Text>
        </div>
      ))}
      {workOrder.abilities.includes('work_order.comment') && (
        <MutationForm form={form} mutation={add}>
          <Textarea label={t('workOrders.newComment')} autosize minRows={2} {...form.getInputProps('body')} />
          <Button type="submit" w="fit-content" loading={add.isPending}>
            {t('workOrders.addComment')}
          </Button>
        </MutationForm>
      )}
    </Stack>
  );
}
