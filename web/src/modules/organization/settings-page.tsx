import { Button, Checkbox, Loader, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { organizationView } from '../../../../common/contracts/organization';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { sessionKey } from '../../app/session';
import { useFormMutation } from '../../app/use-form-mutation';
import { RetentionSection } from '../retention/retention-section';
import { PrivacyContactsSection } from './privacy-contacts-section';

type Organization = z.infer<typeof organizationView>;
const key = ['organization'] as const;

/** The organization's own settings: its name and whether two-factor is required (admins only). */
export function SettingsPage() {
  const { t } = useTranslation();
  const organization = useQuery({ queryKey: key, queryFn: () => api.get<Organization>('/api/organization') });
  return (
    <Page title={t('settings.title')}>
      <FormError error={organization.error} />
      {organization.isPending && <Loader aria-label={t('app.loading')} />}
      {organization.data && <SettingsForm organization={organization.data} />}
      <PrivacyContactsSection />
      <RetentionSection />
    </Page>
  );
}

function SettingsForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: organization.name, requireTwoFactor: organization.requireTwoFactor },
  });
  const save = useFormMutation(
    form,
    (values: typeof form.values) => api.patch<Organization>('/api/organization', values),
    async () => {
      notifySuccess(t('app.saved'));
      await queryClient.invalidateQueries({ queryKey: key });
      // The organization's name and the two-factor requirement are part of the session view.
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  );
  return (
    <MutationForm form={form} mutation={save}>
      <Stack maw={560}>
        <TextInput label={t('settings.name')} required {...form.getInputProps('name')} />
        <Checkbox
          label={t('settings.requireTwoFactor')}
          description={t('settings.requireTwoFactorHint')}
          {...form.getInputProps('requireTwoFactor', { type: 'checkbox' })}
        />
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('app.save')}
        </Button>
      </Stack>
    </MutationForm>
  );
}
