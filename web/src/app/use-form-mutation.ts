import type { UseFormReturnType } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { issuesByPath } from './form-error';

/**
 * A mutation that submits a Mantine form. The server's field issues are put back on the form so each
 * message shows (and is announced) next to the input it belongs to, not only in the summary alert.
 */
export function useFormMutation<Values, Result>(
  form: UseFormReturnType<Values>,
  mutationFn: (values: Values) => Promise<Result>,
  onSuccess: (result: Result) => unknown,
) {
  return useMutation({
    mutationFn,
    onSuccess,
    onError: (error) => form.setErrors(issuesByPath(error)),
  });
}
