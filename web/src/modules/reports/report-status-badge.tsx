import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../../common/reporting';

// Dark shades (.8/.9) keep white badge text above 4.5:1 contrast for axe.
const colors: Record<ReportStatus, string> = {
  new: 'blue.9',
  accepted: 'cyan.9',
  in_progress: 'indigo.9',
  done: 'teal.9',
  rejected: 'gray.7',
  duplicate: 'gray.7',
  forwarded: 'violet.9',
};

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <Badge color={colors[status]}>{t(`reports.statuses.${status}`)}</Badge>;
}

/** Need-to-know reports (disturbance, subletting): said in text, not only by colour. */
export function RestrictedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled">
      {t('reports.restricted')}
    </Badge>
  );
}
