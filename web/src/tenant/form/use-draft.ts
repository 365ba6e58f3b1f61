import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PublicPlace } from '../../../../common/contracts/public-reports';
import { emptyDraft, reportDrafts } from './draft';
import { photoStore } from './photo-store';
import { useStoredDraft } from './use-stored-draft';

/**
 * The form's state, saved as the user types (localStorage; photos in IndexedDB) so a reload, a
 * closed tab or a crash keeps the report, including its id.
 */
export function useDraft(key: string, prefilled: PublicPlace | null) {
  const empty = useCallback(() => emptyDraft(prefilled), [prefilled]);
  const stored = useStoredDraft(reportDrafts, key, empty);
  const { draft } = stored;
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

  const changePhotos = useCallback(
    (next: Blob[]) => {
      setPhotos(next);
      void photoStore.save(draft.id, next);
    },
    [draft.id],
  );

  /** After the receipt: forget this report, start a new one with a new id. */
  const { reset: resetDraft } = stored;
  const reset = useCallback(() => {
    resetDraft();
    void photoStore.remove(draft.id);
    setPhotos([]);
  }, [resetDraft, draft.id]);

  return { draft, update: stored.update, photos, changePhotos, photosKept, reset };
}
