import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../../common/contracts/session';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { useResetSession, useSession } from '../../app/session';

type Invitation = SessionView['invitations'][number];
type Answer = { invitation: Invitation; accept: boolean };

/**
 * Invitations to other organizations waiting for the logged-in user's answer, shown above every
 * page until answered. After accepting, the organization switch in the header offers the new one.
 */
export function PendingInvitations() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const resetSession = useResetSession();
  const answer = useMutation({
    mutationFn: ({ invitation, accept }: Answer) =>
      api.post(`/api/account/invitations/${accept ? 'accept' : 'decline'}`, { invitationId: invitation.id }),
    onSuccess: async (_result, { invitation, accept }) => {
      await resetSession();
      const organization = invitation.organizationName;
      notifySuccess(accept ? t('invitations.accepted', { organization }) : t('invitations.declined'));
    },
  });
  const invitations = session?.invitations ?? [];
  if (invitations.length === 0) return null;
  return (
    <Stack gap="xs" mb="md">
      <FormError error={answer.error} />
      {invitations.map((invitation) => {
        const organization = invitation.organizationName;
        const busy = answer.isPending && answer.variables?.invitation.id === invitation.id;
        return (
          <Alert key={invitation.id} color="blue" title={t('invitations.youAreInvited', { organization })}>
            <Text size="sm">
              {t('invitations.invitedAs', {
                roles: invitation.roles.map((role) => t(`roles.${role}`)).join(', '),
                date: new Date(invitation.expiresAt).toLocaleDateString(i18n.language),
              })}
            </Text>
            <Group mt="sm" gap="xs">
              <Button
                size="xs"
                loading={busy && answer.variables?.accept}
                onClick={() => answer.mutate({ invitation, accept: true })}
                aria-label={t('invitations.acceptLabel', { organization })}
              >
                {t('invitations.accept')}
              </Button>
              <Button
                size="xs"
                variant="default"
                loading={busy && !answer.variables?.accept}
                onClick={() => answer.mutate({ invitation, accept: false })}
                aria-label={t('invitations.declineLabel', { organization })}
              >
                {t('invitations.decline')}
              </Button>
            </Group>
          </Alert>
        );
      })}
    </Stack>
  );
}
