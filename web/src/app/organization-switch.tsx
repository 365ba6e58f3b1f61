import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import { useResetSession, useSession } from './session';

/** Shown only to users with roles in more than one organization. */
export function OrganizationSwitch() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const resetSession = useResetSession();
  if (!session || session.organizations.length < 2) return null;
  const change = async (organizationId: string) => {
    await api.post('/api/session/organization', { organizationId });
    await resetSession();
  };
  return (
    <NativeSelect
      aria-label={t('app.organization')}
      value={session.organization?.id ?? ''}
      onChange={(event) => void change(event.currentTarget.value)}
      data={session.organizations.map((organization) => ({
        value: organization.id,
        label: organization.name,
      }))}
      size="xs"
    />
  );
}
