import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** CSV and XLSX downloads of what the filters show (plain links: the browser does the download). */
export function ExportLinks({ path, params }: { path: string; params: URLSearchParams }) {
  const { t } = useTranslation();
  const href = (format: 'csv' | 'xlsx') => {
    const query = new URLSearchParams(params);
    query.set('format', format);
    return `${path}?${query.toString()}`;
  };
  return (
    <>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={href(format)}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t(`reports.export.${format}`)}
        </Button>
      ))}
    </>
  );
}
