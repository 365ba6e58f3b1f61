import { PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { ArchiveToggle } from './archive-toggle';
import { type ExternalBody, useInvalidate } from './settings-api';

type Props = { body?: ExternalBody; onDone: () => void; onCancel: () => void };
const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** A body that reports can be forwarded to: by e-mail, or to its Open311 endpoint. */
export function ExternalBodyForm({ body, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidate('external-bodies');
  const form = useForm({
    initialValues: {
      name: body?.name ?? '',
      email: body?.email ?? '',
      open311Endpoint: body?.open311Endpoint ?? '',
      open311ServiceCode: body?.open311ServiceCode ?? '',
      open311ApiKey: '',
    },
  });
  const done = async () => {
    await invalidate();
    onDone();
  };
  const save = useFormMutation(
    form,
    (values: typeof form.values) => {
      const payload = {
        name: values.name,
        email: orNull(values.email),
        open311Endpoint: orNull(values.open311Endpoint),
        open311ServiceCode: orNull(values.open311ServiceCode),
        // The stored key is never sent back; an empty field keeps it.
        ...(values.open311ApiKey.trim() ? { open311ApiKey: values.open311ApiKey.trim() } : {}),
      };
      return body
        ? api.patch(`/api/external-bodies/${body.id}`, payload)
        : api.post('/api/external-bodies', payload);
    },
    done,
  );
  return (
    <>
      <MutationForm form={form} mutation={save}>
        <TextInput
          label={t('reportSettings.bodyName')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput label={t('reportSettings.email')} type="email" {...form.getInputProps('email')} />
        <TextInput
          label={t('reportSettings.endpoint')}
          type="url"
          {...form.getInputProps('open311Endpoint')}
        />
        <TextInput label={t('reportSettings.serviceCode')} {...form.getInputProps('open311ServiceCode')} />
        <PasswordInput
          label={t('reportSettings.apiKey')}
          description={body?.hasApiKey ? t('reportSettings.apiKeyKept') : undefined}
          autoComplete="off"
          {...form.getInputProps('open311ApiKey')}
        />
        <FormActions busy={save.isPending} onCancel={onCancel} />
      </MutationForm>
      {body && (
        <ArchiveToggle path={`/api/external-bodies/${body.id}`} archived={body.archived} onDone={done} />
      )}
    </>
  );
}
