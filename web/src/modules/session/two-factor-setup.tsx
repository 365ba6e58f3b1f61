import { Button, Code, Image, Loader, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { twoFactorSetup } from '../../../../common/contracts/session';
import { api } from '../../app/api';
import { FormError } from '../../app/form-error';
import { MutationForm } from '../../app/mutation-form';
import { useFormMutation } from '../../app/use-form-mutation';
import { OneTimeCodeInput } from './one-time-code-input';

type Setup = z.infer<typeof twoFactorSetup>;

/**
 * Starts enrolment (a new secret, kept pending by the server until a code proves the app has it),
 * shows it as QR and text, and enables two-factor with the first code.
 */
export function TwoFactorSetup({ onEnabled }: { onEnabled: () => void }) {
  const { t } = useTranslation();
  // A query, not an effect, so React's double-mount in development asks for one secret only.
  const setup = useQuery({
    queryKey: ['two-factor-setup'],
    queryFn: () => api.post<Setup>('/api/account/two-factor/setup'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const form = useForm({ initialValues: { code: '' } });
  const enable = useFormMutation(
    form,
    (values: { code: string }) => api.post('/api/account/two-factor/enable', values),
    onEnabled,
  );
  if (setup.isPending) return <Loader aria-label={t('app.loading')} />;
  if (!setup.data) return <FormError error={setup.error} />;
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.data.qrSvg)}`;
  return (
    <Stack>
      <Image src={qr} alt={t('enroll.qr')} w={200} h={200} bg="white" />
      <Text>
        {t('enroll.secret')}: <Code style={{ overflowWrap: 'anywhere' }}>{setup.data.secret}</Code>
      </Text>
      <MutationForm form={form} mutation={enable}>
        <OneTimeCodeInput {...form.getInputProps('code')} />
        <Button type="submit" loading={enable.isPending}>
          {t('enroll.enable')}
        </Button>
      </MutationForm>
    </Stack>
  );
}
