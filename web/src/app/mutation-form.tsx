import { Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { FormError } from './form-error';

type Props<Values> = {
  form: UseFormReturnType<Values>;
  mutation: { mutate: (values: Values) => void; error: unknown };
  children: ReactNode;
};

/**
 * A form that sends its values through a mutation. noValidate leaves checking to the server, whose
 * messages are the translated ones; the request's own error is shown above the fields.
 */
export function MutationForm<Values>({ form, mutation, children }: Props<Values>) {
  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
      <Stack>
        <FormError error={mutation.error} />
        {children}
      </Stack>
    </form>
  );
}
