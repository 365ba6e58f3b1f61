import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../common/contracts/users';
import type { usePatchMember } from './users-api';

type Props = {
  user: UserView;
  patch: ReturnType<typeof usePatchMember>;
  onEdit: (user: UserView) => void;
  onRemove: (user: UserView) => void;
};

/** A compact row button whose accessible name says whom it acts on. */
function RowButton(props: { label: string; name: string; color?: string; onClick: () => void }) {
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color={props.color}
      onClick={props.onClick}
      aria-label={`${props.label}: ${props.name}`}
    >
      {props.label}
    </Button>
  );
}

/** Only what the server's member abilities allow: a shared account offers its membership, not the account. */
export function MemberActions({ user, patch, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const can = (action: UserView['abilities'][number]) => user.abilities.includes(action);
  const name = user.displayName;
  return (
    <Group gap={4} wrap="nowrap">
      <RowButton label={t('users.editRoles')} name={name} onClick={() => onEdit(user)} />
      {can('membership.suspend') && (
        <RowButton
          label={user.suspended ? t('invitations.resume') : t('invitations.suspend')}
          name={name}
          onClick={() => patch.mutate({ user, patch: { suspended: !user.suspended } })}
        />
      )}
      {can('account.disable') && (
        <RowButton
          label={user.disabled ? t('invitations.enableAccount') : t('invitations.disableAccount')}
          name={name}
          color={user.disabled ? 'blue' : 'red'}
          onClick={() => patch.mutate({ user, patch: { disabled: !user.disabled } })}
        />
      )}
      {can('membership.remove') && (
        <RowButton label={t('invitations.remove')} name={name} color="red" onClick={() => onRemove(user)} />
      )}
    </Group>
  );
}
