import { NativeSelect, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { useFormMutation } from '../../app/use-form-mutation';
import { useExternalBodies } from '../report-settings/settings-api';
import { useInvalidateReports } from './reports-api';

export type TriageKind = 'accept' | 'reject' | 'forward' | 'reply';
type Props = { kind: TriageKind; reportId: string; onDone: () => void; onCancel: () => void };

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** The body each triage action sends; empty optional replies are left out. */
function bodyOf(kind: TriageKind, values: { reply: string; reason: string; externalBodyId: string }) {
  if (kind === 'reply') return { text: values.reply };
  if (kind === 'reject') return { reason: values.reason, reply: optional(values.reply) };
  if (kind === 'forward') return { externalBodyId: values.externalBodyId, reply: optional(values.reply) };
  return { reply: optional(values.reply) };
}

/** Accept, reject, forward or reply: one form, with the fields the action needs. */
export function TriageDialog({ kind, reportId, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidateReports();
  const bodies = useExternalBodies();
  const form = useForm({ initialValues: { reply: '', reason: '', externalBodyId: '' } });
  const save = useFormMutation(
    form,
    (values: typeof form.values) => api.post(`/api/reports/${reportId}/${kind}`, bodyOf(kind, values)),
    async () => {
      notifySuccess(t(`reports.triage.${kind}Done`));
      await invalidate();
      onDone();
    },
  );
  const active = (bodies.data?.items ?? []).filter((body) => !body.archived);
  // The reply's field is `text` for a plain reply and `reply` otherwise; errors land on the textarea either way.
  const replyProps = form.getInputProps('reply');
  const replyError = kind === 'reply' ? form.errors.text : form.errors.reply;
  return (
    <MutationForm form={form} mutation={save}>
      {kind === 'reject' && (
        <Textarea
          label={t('reports.triage.reason')}
          required
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('reason')}
        />
      )}
      {kind === 'forward' && (
        <NativeSelect
          label={t('reports.triage.externalBody')}
          required
          data={[
            { value: '', label: t('reports.triage.chooseBody') },
            ...active.map((body) => ({ value: body.id, label: body.name })),
          ]}
          {...form.getInputProps('externalBodyId')}
        />
      )}
      <Textarea
        label={kind === 'reply' ? t('reports.triage.replyText') : t('reports.triage.replyOptional')}
        description={t('reports.triage.replyHint')}
        required={kind === 'reply'}
        autosize
        minRows={3}
        data-autofocus={kind === 'accept' || kind === 'reply' ? true : undefined}
        {...replyProps}
        error={replyError ?? replyProps.error}
      />
      <FormActions busy={save.isPending} onCancel={onCancel} submitLabel={t(`reports.triage.${kind}`)} />
    </MutationForm>
  );
}
