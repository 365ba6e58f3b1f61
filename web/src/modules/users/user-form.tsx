import { Alert, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users';
import { locales } from '../../../../common/roles';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { MembershipFields, type MembershipValues, toMemberships } from './membership-fields';
import { useInvalidateUsers } from './users-api';

type Props = { user: UserView; onDone: () => void; onCancel: () => void };

/**
 * Edits a member's roles, and their name and language when the admin may change the account
 * (the server says so in the member's abilities; a shared account's own fields are the person's).
 */
export function UserForm({ user, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidateUsers();
  const mayEditAccount = user.abilities.includes('account.update');
  const form = useForm({
    initialValues: {
      displayName: user.displayName,
      locale: user.locale,
      memberships: user.memberships.map(
        (membership): MembershipValues => ({
          key: randomId(),
          role: membership.role,
          scope: membership.areaIds ? 'chosen' : 'all',
          areaIds: membership.areaIds ?? [],
        }),
      ),
    },
  });
  const save = useFormMutation(
    form,
    ({ displayName, locale, memberships }: typeof form.values) =>
      api.patch(`/api/users/${user.id}`, {
        ...(mayEditAccount ? { displayName, locale } : {}),
        memberships: toMemberships(memberships),
      }),
    async () => {
      await invalidate();
      onDone();
    },
  );
  return (
    <MutationForm form={form} mutation={save}>
      {!mayEditAccount && (
        <Alert color="blue" variant="light">
          {t('invitations.sharedAccount')}
        </Alert>
      )}
      <TextInput
        label={t('users.name')}
        required
        disabled={!mayEditAccount}
        {...form.getInputProps('displayName')}
      />
      <NativeSelect
        label={t('users.locale')}
        disabled={!mayEditAccount}
        data={locales.map((locale) => ({ value: locale, label: t(`app.languages.${locale}`) }))}
        {...form.getInputProps('locale')}
      />
      <MembershipFields form={form} />
      <FormActions busy={save.isPending} onCancel={onCancel} />
    </MutationForm>
  );
}
