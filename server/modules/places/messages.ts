import type { Locale } from '../../../common/roles';

/** Field messages of the registry of places that the shared catalogue does not have. */
const catalogue = {
  sv: {
    unknownParent: 'finns inte',
    archivedParent: 'är arkiverat och kan inte få nya delar',
    taken: 'används redan i organisationen',
  },
  en: {
    unknownParent: 'does not exist',
    archivedParent: 'is archived and cannot get new parts',
    taken: 'is already used in the organization',
  },
} satisfies Record<Locale, Record<string, string>>;

export type PlaceMessage = keyof typeof catalogue.en;
export const placeMessage = (locale: Locale, key: PlaceMessage): string => catalogue[locale][key];
