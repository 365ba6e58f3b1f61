import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PublicPlace } from '../../../../common/contracts/public-reports';
import { clearDraft, type Draft, emptyDraft, loadDraft, saveDraft } from './draft';
import { photoStore } from './photo-store';

/**
 * The form's state, saved as the user types (localStorage; photos in IndexedDB) so a reload, a
 * closed tab or a crash keeps the report, including its id.
 */
export function useDraft(key: string, prefilled: PublicPlace | null) {
  const [draft, setDraft] = useState<Draft>(() => loadDraft(key) ?? emptyDraft(prefilled));
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [photosKept, setPhotosKept] = useState(true);

  useEffect(() => {
    let current = true;
    void photoStore.load(draft.id).then((saved) => current && saved.length > 0 && setPhotos(saved));
    void photoStore.available().then((available) => current && setPhotosKept(available));
    return () => {
      current = false;
    };
  }, [draft.id]);

  const update = useCallback(
    (patch: Partial<Draft>) =>
      setDraft((previous) => {
        const next = { ...previous, ...patch };
        saveDraft(key, next);
        return next;
      }),
    [key],
  );

  const changePhotos = useCallback(
    (next: Blob[]) => {
      setPhotos(next);
      void photoStore.save(draft.id, next);
    },
    [draft.id],
  );

  /** After the receipt: forget this report, start a new one with a new id. */
  const reset = useCallback(() => {
    clearDraft(key);
    void photoStore.remove(draft.id);
    setDraft(emptyDraft(prefilled));
    setPhotos([]);
  }, [key, draft.id, prefilled]);

  return { draft, update, photos, changePhotos, photosKept, reset };
}
