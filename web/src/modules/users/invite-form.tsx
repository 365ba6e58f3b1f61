import { NativeSelect, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../../../../common/roles';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { MembershipFields, type MembershipValues, toMemberships } from './membership-fields';
import { useInvalidateUsers } from './users-api';

type Props = { onDone: () => void; onCancel: () => void };

/** Invites a person by e-mail with the roles chosen here; the person answers the invitation. */
export function InviteForm({ onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidateUsers();
  const form = useForm({
    initialValues: {
      email: '',
      displayName: '',
      locale: 'sv' as Locale,
      memberships: [{ key: randomId(), role: 'viewer', scope: 'all', areaIds: [] }] as MembershipValues[],
    },
  });
  const save = useFormMutation(
    form,
    ({ displayName, memberships, ...values }: typeof form.values) =>
      api.post('/api/users', {
        ...values,
        ...(displayName.trim() ? { displayName } : {}),
        memberships: toMemberships(memberships),
      }),
    async () => {
      await invalidate();
      onDone();
    },
  );
  return (
    <MutationForm form={form} mutation={save}>
      <Text size="sm">{t('invitations.inviteIntro')}</Text>
      <TextInput label={t('users.email')} type="email" required {...form.getInputProps('email')} />
      <TextInput
        label={t('invitations.suggestedName')}
        description={t('invitations.suggestedNameHint')}
        {...form.getInputProps('displayName')}
      />
      <NativeSelect
        label={t('invitations.inviteLocale')}
        data={locales.map((locale) => ({ value: locale, label: t(`app.languages.${locale}`) }))}
        {...form.getInputProps('locale')}
      />
      <MembershipFields form={form} />
      <FormActions busy={save.isPending} onCancel={onCancel} submitLabel={t('invitations.invite')} />
    </MutationForm>
  );
}
