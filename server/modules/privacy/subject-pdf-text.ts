/** The export PDF's words, in the two languages it is written in. */
export const subjectPdfText = {
  sv: {
    title: 'Registerutdrag',
    intro: (organization: string) =>
      `Detta är de personuppgifter om dig som ${organization} behandlar i Trygg (artikel 15 i dataskyddsförordningen).`,
    reference: 'Ärendenummer',
    exportedAt: 'Utdrag gjort',
    reports: 'Dina anmälningar',
    none: 'Inga',
    trackingCode: 'Anmälan',
    category: 'Kategori',
    status: 'Status',
    receivedAt: 'Mottagen',
    description: 'Beskrivning',
    place: 'Plats',
    position: 'Position',
    contact: 'Kontaktuppgifter',
    reply: 'Svar till dig',
    timeline: 'Händelser',
    internalNote: 'Intern anteckning',
    photos: (count: number) => `${count} foto(n) finns sparade med anmälan.`,
    mails: 'E-post till dig eller om dina anmälningar',
    invitations: 'Inbjudningar till trygghetsmätning',
    staff: 'Adressen hör också till ett personalkonto hos oss; det kontot ingår inte i detta utdrag.',
    statuses: {
      new: 'Ny',
      accepted: 'Mottagen',
      in_progress: 'Pågår',
      done: 'Åtgärdad',
      rejected: 'Avvisad',
      duplicate: 'Dubblett',
      forwarded: 'Vidarebefordrad',
    } as Record<string, string>,
  },
  en: {
    title: 'Copy of your personal data',
    intro: (organization: string) =>
      `This is the personal data about you that ${organization} processes in Trygg (Article 15 GDPR).`,
    reference: 'Reference',
    exportedAt: 'Made on',
    reports: 'Your reports',
    none: 'None',
    trackingCode: 'Report',
    category: 'Category',
    status: 'Status',
    receivedAt: 'Received',
    description: 'Description',
    place: 'Place',
    position: 'Position',
    contact: 'Contact details',
    reply: 'Reply to you',
    timeline: 'Timeline',
    internalNote: 'Internal note',
    photos: (count: number) => `${count} photo(s) are kept with the report.`,
    mails: 'E-mail to you or about your reports',
    invitations: 'Invitations to the safety survey',
    staff: 'The address also belongs to a staff account with us; that account is not part of this copy.',
    statuses: {
      new: 'New',
      accepted: 'Accepted',
      in_progress: 'In progress',
      done: 'Fixed',
      rejected: 'Rejected',
      duplicate: 'Duplicate',
      forwarded: 'Forwarded',
    } as Record<string, string>,
  },
};

/**
 * The PDF is in Swedish for Swedish reporters and in English otherwise: its font has no Arabic or
 * Ge'ez script, and the tenant languages' texts for it are not written yet.
 */
export const pdfLanguageOf = (locale: string | null): 'sv' | 'en' =>
  locale === null || locale === 'sv' ? 'sv' : 'en';
