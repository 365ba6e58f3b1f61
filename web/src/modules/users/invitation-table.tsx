import { Badge, Button, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationView } from '../../../../common/contracts/users';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { useWithdrawInvitation } from './users-api';

const statusColor: Record<InvitationView['status'], string> = {
  pending: 'blue.9',
  expired: 'gray.7',
  declined: 'gray.7',
};
const statusKey = {
  pending: 'invitations.statusPending',
  expired: 'invitations.statusExpired',
  declined: 'invitations.statusDeclined',
} as const;

/** The organization's invitations: only the address it typed and the roles it chose. */
export function InvitationTable({ invitations }: { invitations: InvitationView[] }) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawInvitation(() => notifySuccess(t('invitations.withdrawn')));
  if (invitations.length === 0) return null;
  return (
    <>
      <Title order={2} size="h3">
        {t('invitations.pendingTitle')}
      </Title>
      <FormError error={withdraw.error} />
      <Table.ScrollContainer minWidth={600}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('users.email')}</Table.Th>
              <Table.Th scope="col">{t('users.roles')}</Table.Th>
              <Table.Th scope="col">{t('users.status')}</Table.Th>
              <Table.Th scope="col">{t('invitations.expires')}</Table.Th>
              <Table.Th scope="col">{t('invitations.withdraw')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{invitation.email}</Table.Td>
                <Table.Td>{invitation.memberships.map((m) => t(`roles.${m.role}`)).join(', ')}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor[invitation.status]}>{t(statusKey[invitation.status])}</Badge>
                </Table.Td>
                <Table.Td>{new Date(invitation.expiresAt).toLocaleDateString(i18n.language)}</Table.Td>
                <Table.Td>
                  {invitation.status === 'pending' && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      loading={withdraw.isPending && withdraw.variables === invitation.id}
                      onClick={() => withdraw.mutate(invitation.id)}
                      aria-label={t('invitations.withdrawLabel', { email: invitation.email })}
                    >
                      {t('invitations.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
