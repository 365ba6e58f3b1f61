import { Alert, Textarea, type TextareaProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Answers keyed or imported into a closed wave change published results, so the server asks for a
 * reason (it is audited and the results say "changed after publication"): the notice and the field.
 */
export function ClosedWaveReason(props: Omit<TextareaProps, 'label' | 'description'>) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color="yellow" variant="outline">
        {t('surveys.closedReason.notice')}
      </Alert>
      <Textarea
        label={t('surveys.closedReason.label')}
        description={t('surveys.closedReason.hint')}
        required
        autosize
        minRows={2}
        maxLength={500}
        {...props}
      />
    </>
  );
}
