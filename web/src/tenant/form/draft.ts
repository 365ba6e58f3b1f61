import type { PublicPlace } from '../../../../common/contracts/public-reports';
import { uuidv7 } from '../uuidv7';

export type Position = { lon: number; lat: number };

/** Everything typed into the form except photos (which live in IndexedDB, photo-store.ts). */
export type Draft = {
  /** Made once per report and kept through retries and reloads: the server answers it once. */
  id: string;
  categoryKey: string;
  description: string;
  place: PublicPlace | null;
  pin: Position | null;
  locationText: string;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  wantsUpdates: boolean;
  /** Honeypot: never stored, a person never sees it. */
  website: string;
};

export function emptyDraft(place: PublicPlace | null): Draft {
  return {
    id: uuidv7(),
    categoryKey: '',
    description: '',
    place,
    pin: null,
    locationText: '',
    name: '',
    email: '',
    phone: '',
    consent: false,
    wantsUpdates: false,
    website: '',
  };
}

const keyFor = (target: string) => `trygg-report-draft:${target}`;

/** The saved draft for this QR code or organization, or null (none, unreadable, or no storage). */
export function loadDraft(target: string): Draft | null {
  try {
    const raw = localStorage.getItem(keyFor(target));
    if (!raw) return null;
    const saved = JSON.parse(raw) as Partial<Draft>;
    if (typeof saved.id !== 'string') return null;
    return { ...emptyDraft(null), ...saved, website: '' };
  } catch {
    return null;
  }
}

export function saveDraft(target: string, draft: Draft): void {
  try {
    localStorage.setItem(keyFor(target), JSON.stringify({ ...draft, website: undefined }));
  } catch {
    // Full or blocked storage: the form still works, it just does not survive a reload.
  }
}

export function clearDraft(target: string): void {
  try {
    localStorage.removeItem(keyFor(target));
  } catch {
    // Nothing to clear.
  }
}
