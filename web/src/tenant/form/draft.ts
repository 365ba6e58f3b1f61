import type { PublicPlace } from '../../../../common/contracts/public-reports';
import { uuidv7 } from '../uuidv7';
import { storedDraft } from './stored-draft';

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
  /** Separate from updates, unticked until the reporter ticks it: one survey about how it went. */
  surveyOptIn: boolean;
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
    surveyOptIn: false,
    website: '',
  };
}

/** Report drafts: the honeypot is never kept (a person never fills it in). */
const store = storedDraft<Draft>('trygg-report-draft', () => emptyDraft(null));
export const reportDrafts: typeof store = {
  load: (target) => {
    const saved = store.load(target);
    return saved && { ...saved, website: '' };
  },
  save: (target, draft) => store.save(target, { ...draft, website: '' }),
  clear: store.clear,
};
