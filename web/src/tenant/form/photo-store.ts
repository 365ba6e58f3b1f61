/**
 * Keeps the chosen photos of a draft in IndexedDB (localStorage cannot hold files), so a reload
 * or a browser that drops the tab keeps them. Every call degrades to "nothing stored" when
 * IndexedDB is missing or blocked; the page then says photos are not kept.
 */
const dbName = 'trygg-tenant';
const store = 'photos';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(store, mode).objectStore(store));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export const photoStore = {
  /** True when photos can be kept across reloads here. */
  async available(): Promise<boolean> {
    try {
      (await open()).close();
      return true;
    } catch {
      return false;
    }
  },
  async load(draftId: string): Promise<Blob[]> {
    try {
      return (await run<Blob[] | undefined>('readonly', (s) => s.get(draftId))) ?? [];
    } catch {
      return [];
    }
  },
  async save(draftId: string, photos: Blob[]): Promise<void> {
    await run('readwrite', (s) => s.put(photos, draftId)).catch(() => undefined);
  },
  async remove(draftId: string): Promise<void> {
    await run('readwrite', (s) => s.delete(draftId)).catch(() => undefined);
  },
};
