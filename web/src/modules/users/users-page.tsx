import { Badge, Button, Group, Loader, Modal, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { Page } from '../../app/page';
import { UserForm } from './user-form';
import { useInvalidateUsers, useUsers } from './users-api';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  // undefined: closed; null: a new user; otherwise the user being edited.
  const [editing, setEditing] = useState<UserView | null | undefined>(undefined);
  const close = () => setEditing(undefined);
  const canManage = users.data?.abilities.includes('user.manage') ?? false;
  const created = () => {
    notifySuccess(editing ? t('app.saved') : t('users.created'));
    close();
  };
  const actions = canManage && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
      {t('users.new')}
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
          <UserTable users={users.data.items} canManage={canManage} onEdit={setEditing} />
        ))}
      <Modal
        opened={editing !== undefined}
        onClose={close}
        title={editing ? t('users.editTitle', { name: editing.displayName }) : t('users.new')}
        size="lg"
      >
        <UserForm user={editing ?? undefined} onDone={created} onCancel={close} />
      </Modal>
    </Page>
  );
}

type TableProps = { users: UserView[]; canManage: boolean; onEdit: (user: UserView) => void };

function UserTable({ users, canManage, onEdit }: TableProps) {
  const { t } = useTranslation();
  const invalidate = useInvalidateUsers();
  const toggle = useMutation({
    mutationFn: (user: UserView) => api.patch(`/api/users/${user.id}`, { disabled: !user.disabled }),
    onSuccess: () => invalidate(),
  });
  return (
    <>
      <FormError error={toggle.error} />
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
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => onEdit(user)}
                        aria-label={`${t('users.editRoles')}: ${user.displayName}`}
                      >
                        {t('users.editRoles')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={user.disabled ? 'blue' : 'red'}
                        onClick={() => toggle.mutate(user)}
                        aria-label={`${user.disabled ? t('users.enable') : t('users.disable')}: ${user.displayName}`}
                      >
                        {user.disabled ? t('users.enable') : t('users.disable')}
                      </Button>
                    </Group>
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
    </Group>
  );
}
