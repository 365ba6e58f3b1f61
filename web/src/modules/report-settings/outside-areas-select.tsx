import { NativeSelect } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Open311OutsideAreas } from '../../../../common/contracts/open311';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { type Open311Key, useInvalidate } from './settings-api';

/** What one key's requests placed in none of the areas get: filed with a notice, or refused. */
export function OutsideAreasSelect({ apiKey }: { apiKey: Open311Key }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate('open311-keys');
  const change = useMutation({
    mutationFn: (outsideAreas: Open311OutsideAreas) =>
      api.patch(`/api/open311-keys/${apiKey.id}`, { outsideAreas }),
    onSuccess: () => invalidate(),
  });
  if (apiKey.revokedAt) return t(`reportSettings.outsideAreas.${apiKey.outsideAreas}`);
  return (
    <>
      <NativeSelect
        aria-label={t('reportSettings.outsideAreasNamed', { name: apiKey.name })}
        value={apiKey.outsideAreas}
        disabled={change.isPending}
        onChange={(event) => change.mutate(event.currentTarget.value as Open311OutsideAreas)}
        data={(['notice', 'refuse'] as const).map((value) => ({
          value,
          label: t(`reportSettings.outsideAreas.${value}`),
        }))}
      />
      <FormError error={change.error} />
    </>
  );
}
