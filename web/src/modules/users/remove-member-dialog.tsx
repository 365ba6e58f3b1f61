import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users';
import { FormError } from '../../app/form-error';
import { notifySuccess } from '../../app/notify';
import { useRemoveMember } from './users-api';

/** Asks before removing a member from this organization (the account itself stays). */
export function RemoveMemberDialog({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useRemoveMember(() => {
    notifySuccess(t('invitations.removed'));
    onClose();
  });
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('invitations.removeTitle', { name: user.displayName }) : ''}
    >
      <Stack>
        <FormError error={remove.error} />
        <Text>{t('invitations.removeText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => user && remove.mutate(user)}>
            {t('invitations.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
