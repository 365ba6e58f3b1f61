import { Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../../common/contracts/work-orders';
import { FormError } from '../../app/form-error';
import { useSession } from '../../app/session';
import { PhotoStrip } from '../reports/report-photos';
import { uploadPhoto } from './upload-photo';
import { useInvalidateWorkOrders } from './work-orders-api';

type Phase = 'before' | 'after';

/** Photos before and after, each with a camera button on phones (capture opens the camera). */
export function WorkOrderPhotos({
  workOrder,
  canUpload,
}: {
  workOrder: WorkOrderDetail;
  canUpload: boolean;
}) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const invalidate = useInvalidateWorkOrders();
  const upload = useMutation({
    mutationFn: ({ phase, file }: { phase: Phase; file: File }) =>
      uploadPhoto(workOrder.id, phase, file, session.data?.csrfToken ?? null, i18n.language),
    onSuccess: () => invalidate(),
  });
  return (
    <Stack component="section" aria-labelledby="photos-heading" gap="xs">
      <Title order={2} size="h3" id="photos-heading">
        {t('workOrders.photos')}
      </Title>
      <FormError error={upload.error} />
      {(['before', 'after'] as const).map((phase) => {
        const photos = workOrder.photos.filter((photo) => photo.phase === phase);
        const label = t(`workOrders.phases.${phase}`);
        return (
          <Stack key={phase} gap={4}>
            <Group justify="space-between">
              <Text fw={600}>{label}</Text>
              {canUpload && (
                <FileButton
                  accept="image/*"
                  capture="environment"
                  onChange={(file) => file && upload.mutate({ phase, file })}
                >
                  {(props) => (
                    <Button
                      {...props}
                      size="sm"
                      variant="default"
                      leftSection={<IconCamera size={16} aria-hidden />}
                      loading={upload.isPending && upload.variables?.phase === phase}
                    >
                      {t('workOrders.addPhoto', { phase: label.toLowerCase() })}
                    </Button>
                  )}
                </FileButton>
              )}
            </Group>
            {photos.length === 0 ? (
              <Text size="sm">{t('workOrders.noPhotos')}</Text>
            ) : (
              <PhotoStrip photos={photos} label={label} />
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
