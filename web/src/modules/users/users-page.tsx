import { Badge, Button, Group, Loader, Modal, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { InvitationTable } from './invitation-table';
import { InviteForm } from './invite-form';
import { MemberActions } from './member-actions';
import { RemoveMemberDialog } from './remove-member-dialog';
import { UserForm } from './user-form';
import { usePatchMember, useUsers } from './users-api';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);
  const [removing, setRemoving] = useState<UserView | null>(null);
  const canManage = users.data?.abilities.includes('user.manage') ?? false;
  const actions = canManage && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
      {t('invitations.invite')}
    </Button>
  );
  return (
    <Page title={t('users.title')} actions={actions}>
      <FormError error={users.error} />
      {users.isPending && <Loader aria-label={t('app.loading')} />}
      {users.data &&
        (users.data.items.length === 0 ? (
          <Text>{t('users.empty')}</Text>
        ) : (
          <UserTable
            users={users.data.items}
            canManage={canManage}
            onEdit={setEditing}
            onRemove={setRemoving}
          />
        ))}
      {users.data && <InvitationTable invitations={users.data.invitations} />}
      <Modal
        opened={inviting}
        onClose={() => setInviting(false)}
        title={t('invitations.inviteTitle')}
        size="lg"
      >
        <InviteForm
          onDone={() => {
            notifySuccess(t('invitations.sent'));
            setInviting(false);
          }}
          onCancel={() => setInviting(false)}
        />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('users.editTitle', { name: editing.displayName }) : ''}
        size="lg"
      >
        {editing && (
          <UserForm
            user={editing}
            onDone={() => {
              notifySuccess(t('app.saved'));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <RemoveMemberDialog user={removing} onClose={() => setRemoving(null)} />
    </Page>
  );
}

type TableProps = {
  users: UserView[];
  canManage: boolean;
  onEdit: (user: UserView) => void;
  onRemove: (user: UserView) => void;
};

function UserTable({ users, canManage, onEdit, onRemove }: TableProps) {
  const { t } = useTranslation();
  const patch = usePatchMember();
  return (
    <>
      <FormError error={patch.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('users.name')}</Table.Th>
              <Table.Th scope="col">{t('users.email')}</Table.Th>
              <Table.Th scope="col">{t('users.roles')}</Table.Th>
              <Table.Th scope="col">{t('users.twoFactor')}</Table.Th>
              <Table.Th scope="col">{t('users.status')}</Table.Th>
              {canManage && <Table.Th scope="col">{t('app.edit')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.displayName}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
                <Table.Td>
                  {user.memberships
                    .map((membership) =>
                      membership.areaIds
                        ? `${t(`roles.${membership.role}`)} (${membership.areaIds.length})`
                        : t(`roles.${membership.role}`),
                    )
                    .join(', ')}
                </Table.Td>
                <Table.Td>{user.totpEnabled ? t('app.yes') : t('app.no')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <UserStatus user={user} />
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <MemberActions user={user} patch={patch} onEdit={onEdit} onRemove={onRemove} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function UserStatus({ user }: { user: UserView }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {user.disabled ? (
        <Badge color="gray.7">{t('users.disabled')}</Badge>
      ) : (
        <Badge color="teal.9">{t('users.active')}</Badge>
      )}
      {user.suspended && <Badge color="gray.7">{t('invitations.suspended')}</Badge>}
    </Group>
  );
}
