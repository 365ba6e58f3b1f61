import type { Locale } from '../../../common/roles';

/** Field messages of the public report intake that the shared catalogue does not have. */
const catalogue = {
  sv: {
    unknownEntrance: 'är ingen känd entré (QR-koden kan vara gammal)',
    unknownCategory: 'är ingen kategori som går att välja',
    placeNeeded: 'ange en plats: välj en adress, använd din position, sätt en nål eller beskriv platsen',
    consentNeeded: 'du behöver godkänna att vi sparar dina kontaktuppgifter, eller lämna dem tomma',
    otherContent: 'har redan använts för en annan anmälan',
    tooManyPhotos: 'högst 3 bilder',
    tooLargePhoto: 'en bild är för stor (högst 15 MB)',
    badReportField: 'ska vara anmälan som JSON',
    emailNeeded: 'ange en e-postadress',
    unexpectedFile: 'bara bilder i fältet photos kan skickas med',
    unknownOrganization: 'är ingen känd organisation',
    emailStored: 'Anmälan har redan en e-postadress för uppdateringar',
    outsideRegion:
      'ligger för långt från hyresvärdens bostadsområden – kontrollera positionen eller välj platsen igen',
  },
  en: {
    unknownEntrance: 'is not a known entrance (the QR code may be old)',
    unknownCategory: 'is not a category that can be chosen',
    placeNeeded: 'give a place: choose an address, use your position, drop a pin or describe the place',
    consentNeeded: 'accept that we store your contact details, or leave them empty',
    otherContent: 'was already used for another report',
    tooManyPhotos: 'at most 3 photos',
    tooLargePhoto: 'a photo is too large (at most 15 MB)',
    badReportField: 'must be the report as JSON',
    emailNeeded: 'give an e-mail address',
    unexpectedFile: 'only photos in the field photos can be attached',
    unknownOrganization: 'is not a known organization',
    emailStored: 'This report already has an e-mail address for updates',
    outsideRegion:
      "is too far from the landlord's housing areas – check the position or choose the place again",
  },
} satisfies Record<Locale, Record<string, string>>;

export type IntakeMessage = keyof typeof catalogue.en;
export const intakeMessage = (locale: Locale, key: IntakeMessage): string => catalogue[locale][key];
