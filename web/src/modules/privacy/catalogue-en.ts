import type { Catalogue } from '../../i18n/catalogue';

/** English texts of data subject requests, key for key with catalogue-sv.ts. */
export const privacyEn: Catalogue['privacy'] = {
  title: 'Data subject requests',
  intro:
    "Find everything the organization holds about a person (access under Article 15, erasure under Article 17). Each search, export and erasure is logged with the request's reference, never with the address or number.",
  searchBy: 'Search by',
  byEmail: 'E-mail',
  byPhone: 'Phone',
  email: 'E-mail address',
  phone: 'Phone number',
  reference: "Request's reference",
  referenceHint: 'For example the registry number of the request (at most 100 characters). Required.',
  search: 'Search',
  found: 'What the organization holds about the person',
  counts: {
    reports: 'Reports with the person as contact',
    timelineTexts: "Texts in the reports' timelines",
    photos: 'Photos',
    mails: 'Kept e-mail',
    surveyInvitations: 'Invitations to the safety survey',
  },
  reportsTitle: 'Reports',
  trackingCode: 'Report',
  category: 'Category',
  status: 'Status',
  received: 'Received',
  language: 'Language',
  noReports: 'No reports.',
  staffUser:
    'The address also belongs to a staff account of the organization. The account is not erased here.',
  exportJson: 'Download copy (JSON)',
  exportPdf: 'Download copy (PDF)',
  erase: "Erase the person's data",
  eraseTitle: "Erase the person's data?",
  eraseText:
    'Contact details, descriptions, place descriptions, replies and notes are replaced by "[raderat]"; photos and kept e-mail are deleted. Category, status, area and dates stay for the statistics. This cannot be undone.',
  eraseReference: 'The erasure is logged with the reference {{reference}}.',
  eraseConfirm: 'Erase',
  erased:
    'Erased: {{reports}} reports, {{timelineTexts}} texts, {{photos}} photos, {{mails}} e-mails, {{surveyInvitations}} invitations.',
  nothingFound: 'The organization holds nothing about the person.',
};
