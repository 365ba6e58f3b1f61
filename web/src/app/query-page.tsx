import { Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './form-error';
import { Page } from './page';

type Props<Data> = { title: string; query: UseQueryResult<Data>; children: (data: Data) => ReactNode };

/**
 * A page whose content needs one query: until it has data the page still has its h1 (under a
 * generic title), with a named spinner or the error, so the document is never without a heading.
 */
export function QueryPage<Data>({ title, query, children }: Props<Data>) {
  const { t } = useTranslation();
  if (query.data === undefined) {
    return (
      <Page title={title}>
        {query.isPending ? <Loader aria-label={t('app.loading')} /> : <FormError error={query.error} />}
      </Page>
    );
  }
  return children(query.data);
}
