import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { formatDateTime } from '../reports/report-age';
import { DisclosureSelect } from './disclosure-select';
import { OutsideAreasSelect } from './outside-areas-select';
import { type CreatedOpen311Key, useInvalidate, useOpen311Keys } from './settings-api';

/** API keys for Open311 clients: a new key is shown once, then only its name; keys can be revoked. */
export function Open311KeysSection() {
  const { t, i18n } = useTranslation();
  const keys = useOpen311Keys();
  const invalidate = useInvalidate('open311-keys');
  const [created, setCreated] = useState<CreatedOpen311Key | null>(null);
  const form = useForm({ initialValues: { name: '' } });
  const create = useFormMutation(
    form,
    (values: typeof form.values) => api.post<CreatedOpen311Key>('/api/open311-keys', values),
    async (key) => {
      setCreated(key);
      form.reset();
      await invalidate();
    },
  );
  const revoke = useMutation({
    mutationFn: (id: string) => api.post(`/api/open311-keys/${id}/revoke`),
    onSuccess: () => invalidate(),
  });
  return (
    <Stack component="section" aria-labelledby="keys-heading" gap="sm">
      <Title order={2} size="h3" id="keys-heading">
        {t('reportSettings.keys')}
      </Title>
      <Text size="sm">{t('reportSettings.keysIntro')}</Text>
      {created && (
        <Alert
          color="green"
          title={t('reportSettings.keyCreated')}
          role="status"
          // Mantine's green title on its light green is below 4.5:1; the body text colour is not.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          <Group gap="xs">
            <Code style={{ overflowWrap: 'anywhere' }}>{created.secret}</Code>
            <CopyButton value={created.secret}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="default" onClick={copy}>
                  {copied ? t('reportSettings.copied') : t('reportSettings.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <MutationForm form={form} mutation={create}>
        <Group align="flex-end">
          <TextInput label={t('reportSettings.keyName')} required {...form.getInputProps('name')} />
          <Button type="submit" loading={create.isPending}>
            {t('reportSettings.createKey')}
          </Button>
        </Group>
      </MutationForm>
      <FormError error={keys.error ?? revoke.error} />
      {keys.isPending && <Loader aria-label={t('app.loading')} />}
      {keys.data && keys.data.items.length === 0 && <Text>{t('reportSettings.noKeys')}</Text>}
      {keys.data && keys.data.items.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reportSettings.keyName')}</Table.Th>
              <Table.Th scope="col">{t('reportSettings.createdAt')}</Table.Th>
              <Table.Th scope="col">{t('reportSettings.outsideAreasColumn')}</Table.Th>
              <Table.Th scope="col">{t('reportSettings.disclosureColumn')}</Table.Th>
              <Table.Th scope="col">{t('reports.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.data.items.map((key) => (
              <Table.Tr key={key.id}>
                <Table.Td>{key.name}</Table.Td>
                <Table.Td>{formatDateTime(key.createdAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <OutsideAreasSelect apiKey={key} />
                </Table.Td>
                <Table.Td>
                  <DisclosureSelect apiKey={key} />
                </Table.Td>
                <Table.Td>
                  {key.revokedAt ? (
                    t('reportSettings.revoked')
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => revoke.mutate(key.id)}
                      aria-label={t('reportSettings.revokeNamed', { name: key.name })}
                    >
                      {t('reportSettings.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
