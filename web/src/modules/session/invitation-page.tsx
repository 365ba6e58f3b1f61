import { Alert, Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { invitationLookup } from '../../../../common/contracts/invitations';
import { AnchorLink } from '../../app/anchor-link';
import { ApiError, api } from '../../app/api';
import { issuesByPath } from '../../app/form-error';
import { Page } from '../../app/page';
import { PasswordField } from '../../app/password-field';

type Lookup = z.infer<typeof invitationLookup>;

/** The server's own words on why the link cannot be used (expired, withdrawn, answered). */
function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? (error.issues[0]?.message ?? error.message) : t('app.error');
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}

/** Answers an invitation from the mailed link: accept (creating the account if there is none) or decline. */
export function InvitationPage({ token }: { token?: string }) {
  const { t } = useTranslation();
  const lookup = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.post<Lookup>('/api/invitations/look-up', { token }),
    enabled: Boolean(token),
    retry: false,
  });
  const form = useForm({ initialValues: { displayName: '', password: '' } });
  const answer = useMutation({
    mutationFn: (input: { accept: boolean; displayName?: string; password?: string }) =>
      input.accept
        ? api.post('/api/invitations/accept', {
            token,
            ...(input.displayName ? { displayName: input.displayName } : {}),
            ...(input.password ? { password: input.password } : {}),
          })
        : api.post('/api/invitations/decline', { token }),
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
  const body = () => {
    if (!token) return <LinkProblem error={new Error(t('invitations.missingToken'))} />;
    if (lookup.isPending) return <Loader aria-label={t('app.loading')} />;
    if (lookup.error) return <LinkProblem error={lookup.error} />;
    const invitation = lookup.data;
    const organization = invitation.organizationName;
    if (answer.isSuccess)
      return (
        <Alert color="green" role="status">
          {answer.variables.accept
            ? t('invitations.doneAccepted', { organization })
            : t('invitations.doneDeclined')}
        </Alert>
      );
    const roles = invitation.roles.map((role) => t(`roles.${role}`)).join(', ');
    return (
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          answer.mutate({
            accept: true,
            displayName: invitation.accountExists ? undefined : values.displayName || undefined,
            password: invitation.accountExists ? undefined : values.password,
          }),
        )}
      >
        <Stack>
          <Text fw={600}>{t('invitations.youAreInvited', { organization })}</Text>
          <Text size="sm">
            {t('invitations.invitedAs', {
              roles,
              date: new Date(invitation.expiresAt).toLocaleDateString(),
            })}
          </Text>
          {answer.error && !Object.keys(issuesByPath(answer.error)).some((p) => p !== 'token') && (
            <LinkProblem error={answer.error} />
          )}
          {invitation.accountExists ? (
            <Text>{t('invitations.existingAccount', { email: invitation.email })}</Text>
          ) : (
            <NewAccountFields form={form} email={invitation.email} suggestedName={invitation.suggestedName} />
          )}
          <Group>
            <Button type="submit" loading={answer.isPending && answer.variables?.accept}>
              {invitation.accountExists ? t('invitations.accept') : t('invitations.acceptAndCreate')}
            </Button>
            <Button
              variant="default"
              loading={answer.isPending && !answer.variables?.accept}
              onClick={() => answer.mutate({ accept: false })}
            >
              {t('invitations.decline')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  };
  return (
    <Page title={t('invitations.pageTitle')}>
      {body()}
      <AnchorLink to="/login">{t('invitations.toLogin')}</AnchorLink>
    </Page>
  );
}

type FieldsProps = {
  form: ReturnType<typeof useForm<{ displayName: string; password: string }>>;
  email: string;
  suggestedName: string | null;
};

function NewAccountFields({ form, email, suggestedName }: FieldsProps) {
  const { t } = useTranslation();
  // The name the admin suggested, for the person to keep or correct.
  useEffect(() => {
    if (suggestedName && !form.getValues().displayName) form.setFieldValue('displayName', suggestedName);
  }, [form, suggestedName]);
  return (
    <>
      <Text>{t('invitations.newAccount', { email })}</Text>
      <TextInput label={t('invitations.name')} autoComplete="name" {...form.getInputProps('displayName')} />
      <PasswordField
        label={t('invitations.password')}
        autoComplete="new-password"
        required
        {...form.getInputProps('password')}
      />
    </>
  );
}
