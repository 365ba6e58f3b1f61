import { useCallback, useState } from 'preact/hooks';
import type { storedDraft } from './stored-draft';

type Store<T extends { id: string }> = ReturnType<typeof storedDraft<T>>;

/**
 * A form's state, saved as the user types so a reload keeps it, including the client-made id
 * that makes a retried submission arrive once. `reset` (after the receipt) forgets it and starts
 * a new draft with a new id.
 */
export function useStoredDraft<T extends { id: string }>(store: Store<T>, key: string, empty: () => T) {
  const [draft, setDraft] = useState<T>(() => store.load(key) ?? empty());
  const update = useCallback(
    (patch: Partial<T>) =>
      setDraft((previous) => {
        const next = { ...previous, ...patch };
        store.save(key, next);
        return next;
      }),
    [store, key],
  );
  const reset = useCallback(() => {
    store.clear(key);
    setDraft(empty());
  }, [store, key, empty]);
  return { draft, update, reset };
}
