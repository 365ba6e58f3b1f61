import { NativeSelect } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Open311Disclosure, open311Disclosures } from '../../../../common/contracts/open311';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { useAbility } from '../../app/session';
import { type Open311Key, useInvalidate } from './settings-api';

/**
 * What one key's reads disclose (its agreement). 'full' (the tenant's own words) is offered
 * only to admins; the server refuses it to anyone else too.
 */
export function DisclosureSelect({ apiKey }: { apiKey: Open311Key }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate('open311-keys');
  const mayGrantFull = useAbility('open311.publication');
  const change = useMutation({
    mutationFn: (disclosure: Open311Disclosure) =>
      api.patch(`/api/open311-keys/${apiKey.id}`, { disclosure }),
    onSuccess: () => invalidate(),
  });
  if (apiKey.revokedAt) return t(`reportSettings.disclosure.${apiKey.disclosure}`);
  const levels = open311Disclosures.filter(
    (level) => level !== 'full' || mayGrantFull || apiKey.disclosure === 'full',
  );
  return (
    <>
      <NativeSelect
        aria-label={t('reportSettings.disclosureNamed', { name: apiKey.name })}
        value={apiKey.disclosure}
        disabled={change.isPending}
        onChange={(event) => change.mutate(event.currentTarget.value as Open311Disclosure)}
        data={levels.map((value) => ({ value, label: t(`reportSettings.disclosure.${value}`) }))}
      />
      <FormError error={change.error} />
    </>
  );
}
