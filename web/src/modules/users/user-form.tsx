import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users';
import { type Locale, locales } from '../../../../common/roles';
import { api } from '../../app/api';
import { FormError, issuesByPath } from '../../app/form-error';
import { PasswordField } from '../../app/password-field';
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
  const save = useMutation({
    mutationFn: ({ email, password, ...values }: typeof form.values) => {
      const body = { ...values, memberships: toMemberships(values.memberships) };
      if (user) return api.patch(`/api/users/${user.id}`, body);
      return api.post('/api/users', { ...body, email, ...(password ? { password } : {}) });
    },
    onSuccess: async () => {
      await invalidate();
      onDone();
    },
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack>
        <FormError error={save.error} />
        {!user && (
          <TextInput label={t('users.email')} type="email" required {...form.getInputProps('email')} />
        )}
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {user ? t('app.save') : t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
