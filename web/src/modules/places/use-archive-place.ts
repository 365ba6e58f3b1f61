import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { notifySuccess } from '../../app/notify';
import { useInvalidatePlaces } from './places-api';

/**
 * Archives a place, or restores it when it is archived already: one mutation, so the confirm dialog
 * and the restore button share its pending state and error. path is e.g. `/api/areas/<id>`.
 */
export function useArchivePlace(path: string, archived: boolean, onDone: () => void) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlaces();
  return useMutation({
    mutationFn: () => api.post(`${path}/${archived ? 'restore' : 'archive'}`),
    onSuccess: async () => {
      onDone();
      notifySuccess(t('app.saved'));
      await invalidate();
    },
  });
}
