import { Anchor, Button, Checkbox, Fieldset, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  PrivacyContactsInput,
  PrivacyContactsView,
  privacySettingsView,
} from '../../../../common/contracts/privacy-notice';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { notifySuccess } from '../../app/notify';
import { useFormMutation } from '../../app/use-form-mutation';

type Settings = z.infer<typeof privacySettingsView>;
const key = ['organization', 'privacy'] as const;

/** The controller, DPO and privacy contact the tenants' privacy notice shows (admins set them). */
export function PrivacyContactsSection() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: key, queryFn: () => api.get<Settings>('/api/organization/privacy') });
  return (
    <Stack component="section" aria-labelledby="privacy-contacts-title" maw={560} mt="xl">
      <Title order={2} id="privacy-contacts-title" size="h3">
        {t('privacySettings.title')}
      </Title>
      <Text size="sm">{t('privacySettings.intro')}</Text>
      <FormError error={settings.error} />
      {settings.isPending && <Loader aria-label={t('app.loading')} />}
      {settings.data && (
        <>
          <Anchor href={settings.data.noticeUrl} target="_blank" rel="noopener">
            {t('privacySettings.noticeLink')}
          </Anchor>
          {!settings.data.contacts && <Text size="sm">{t('privacySettings.notYet')}</Text>}
          <ContactsForm contacts={settings.data.contacts} />
        </>
      )}
    </Stack>
  );
}

const blank: PrivacyContactsInput = {
  controllerName: '',
  controllerOrgNumber: '',
  controllerAddress: '',
  publicSector: true,
  dpoName: '',
  dpoEmail: '',
  dpoPhone: '',
  contactEmail: '',
  contactPhone: '',
  contactWeb: '',
};

/** Nulls become empty fields; the server turns empty optional fields back into "not given". */
const initialValues = (contacts: PrivacyContactsView | null) =>
  Object.fromEntries(
    Object.entries({ ...blank, ...contacts }).map(([name, value]) => [name, value ?? '']),
  ) as Record<keyof PrivacyContactsInput, string> & { publicSector: boolean };

function ContactsForm({ contacts }: { contacts: PrivacyContactsView | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: initialValues(contacts) });
  const save = useFormMutation(
    form,
    (values: typeof form.values) => api.put<PrivacyContactsView>('/api/organization/privacy', values),
    async () => {
      notifySuccess(t('app.saved'));
      await queryClient.invalidateQueries({ queryKey: key });
    },
  );
  const field = (name: Exclude<keyof PrivacyContactsInput, 'publicSector'>) => form.getInputProps(name);
  return (
    <MutationForm form={form} mutation={save}>
      <Fieldset legend={t('privacySettings.controller')}>
        <Stack>
          <TextInput label={t('privacySettings.controllerName')} required {...field('controllerName')} />
          <TextInput
            label={t('privacySettings.controllerOrgNumber')}
            description={t('privacySettings.controllerOrgNumberHint')}
            required
            {...field('controllerOrgNumber')}
          />
          <TextInput
            label={t('privacySettings.controllerAddress')}
            required
            {...field('controllerAddress')}
          />
          <Checkbox
            label={t('privacySettings.publicSector')}
            description={t('privacySettings.publicSectorHint')}
            {...form.getInputProps('publicSector', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('privacySettings.dpo')}>
        <Stack>
          <TextInput label={t('privacySettings.dpoName')} {...field('dpoName')} />
          <TextInput label={t('privacySettings.dpoEmail')} type="email" required {...field('dpoEmail')} />
          <TextInput label={t('privacySettings.dpoPhone')} type="tel" {...field('dpoPhone')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('privacySettings.contact')}>
        <Stack>
          <TextInput
            label={t('privacySettings.contactEmail')}
            type="email"
            required
            {...field('contactEmail')}
          />
          <TextInput label={t('privacySettings.contactPhone')} type="tel" {...field('contactPhone')} />
          <TextInput label={t('privacySettings.contactWeb')} type="url" {...field('contactWeb')} />
        </Stack>
      </Fieldset>
      <Button type="submit" loading={save.isPending} w="fit-content">
        {t('app.save')}
      </Button>
    </MutationForm>
  );
}
