/**
 * A draft kept in localStorage under `<prefix>:<target>` (one per QR code, organization, survey
 * code or survey link), so a reload, a closed tab or a crash keeps what was typed and its
 * client-made id. Every call degrades to "not kept" when storage is full or blocked.
 */
export function storedDraft<T extends { id: string }>(prefix: string, empty: () => T) {
  const keyFor = (target: string) => `${prefix}:${target}`;
  return {
    /** The saved draft over a fresh one (so fields added later get defaults), or null. */
    load(target: string): T | null {
      try {
        const raw = localStorage.getItem(keyFor(target));
        if (!raw) return null;
        const saved = JSON.parse(raw) as Partial<T>;
        if (typeof saved.id !== 'string') return null;
        return { ...empty(), ...saved };
      } catch {
        return null;
      }
    },
    save(target: string, draft: T): void {
      try {
        localStorage.setItem(keyFor(target), JSON.stringify(draft));
      } catch {
        // Full or blocked storage: the form still works, it just does not survive a reload.
      }
    },
    clear(target: string): void {
      try {
        localStorage.removeItem(keyFor(target));
      } catch {
        // Nothing to clear.
      }
    },
  };
}
