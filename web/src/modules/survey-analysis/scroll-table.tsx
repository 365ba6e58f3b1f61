import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide table that scrolls sideways on a phone inside a labelled, focusable region, so keyboard
 * and screen-reader users can reach and name what scrolls.
 */
export function ScrollTable({
  name,
  minWidth,
  children,
}: {
  name: string;
  minWidth: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{
        viewportProps: {
          tabIndex: 0,
          role: 'region',
          'aria-label': t('surveyAnalysis.tableRegion', { name }),
        },
      }}
    >
      <Table striped aria-label={name}>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
