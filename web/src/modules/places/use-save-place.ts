import type { UseFormReturnType } from '@mantine/form';
import { useFormMutation } from '../../app/use-form-mutation';
import { useInvalidatePlaces } from './places-api';

/**
 * Saves a place form. The place queries are refreshed before onDone, so the dialog closes onto
 * tables, pages and maps that already show the change.
 */
export function useSavePlace<Values, Result>(
  form: UseFormReturnType<Values>,
  save: (values: Values) => Promise<Result>,
  onDone: (saved: Result) => void,
) {
  const invalidate = useInvalidatePlaces();
  return useFormMutation(form, save, async (saved) => {
    await invalidate();
    onDone(saved);
  });
}
