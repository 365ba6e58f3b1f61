import { NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users';
import { type Locale, locales } from '../../../../common/roles';
import { api } from '../../app/api';
import { FormActions } from '../../app/form-actions';
import { MutationForm } from '../../app/mutation-form';
import { PasswordField } from '../../app/password-field';
import { useFormMutation } from '../../app/use-form-mutation';
import { MembershipFields, type MembershipValues, toMemberships } from './membership-fields';
import { useInvalidateUsers } from './users-api';

type Props = { user?: UserView; onDone: () => void; onCancel: () => void };

/** Creates a user (password optional: otherwise a link is mailed) or edits name, language and roles. */
export function UserForm({ user, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidateUsers();
  const form = useForm({
    initialValues: {
      email: user?.email ?? '',
      displayName: user?.displayName ?? '',
      locale: (user?.locale ?? 'sv') as Locale,
      password: '',
      memberships: (user?.memberships ?? [{ role: 'viewer', areaIds: null }]).map(
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
    ({ email, password, ...values }: typeof form.values) => {
      const body = { ...values, memberships: toMemberships(values.memberships) };
      if (user) return api.patch(`/api/users/${user.id}`, body);
      return api.post('/api/users', { ...body, email, ...(password ? { password } : {}) });
    },
    async () => {
      await invalidate();
      onDone();
    },
  );
  return (
    <MutationForm form={form} mutation={save}>
      {!user && <TextInput label={t('users.email')} type="email" required {...form.getInputProps('email')} />}
      <TextInput label={t('users.name')} required {...form.getInputProps('displayName')} />
      <NativeSelect
        label={t('users.locale')}
        data={locales.map((locale) => ({ value: locale, label: t(`app.languages.${locale}`) }))}
        {...form.getInputProps('locale')}
      />
      <MembershipFields form={form} />
      {!user && (
        <PasswordField
          label={t('users.password')}
          description={t('users.passwordHint')}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
      )}
      <FormActions
        busy={save.isPending}
        onCancel={onCancel}
        submitLabel={user ? t('app.save') : t('users.create')}
      />
    </MutationForm>
  );
}
