import type { Catalogue } from '../../i18n/catalogue';

/** English texts of the question bank's index section, key for key with index-catalogue-sv.ts. */
export const surveyIndexesEn: Catalogue['surveys']['indexes'] = {
  title: 'Indexes',
  intro:
    'An index is the mean of the share answering very or fairly good on each of its questions ("don\'t know" not counted). The standard indexes are the same for every company and are used in the comparison with other companies; own indexes exist only in your analysis.',
  standard: 'Standard index',
  own: 'Own index',
  itemsOf: 'Questions in {{name}}',
  edit: 'Edit',
  editLabel: 'Edit the index {{name}}',
  archive: 'Archive',
  archiveLabel: 'Archive the index {{name}}',
  archiveTitle: 'Archive the index {{name}}?',
  archiveText:
    'The index is no longer offered as a measure in the analysis. Targets already set on it remain, and its key cannot be used again.',
  archived: 'The index is archived.',
  addTitle: 'Add an own index',
  addIntro:
    'Choose 2–20 scale questions. The index is computed from the answers already given, in earlier survey waves too, and becomes a measure to choose in the overview, on the area page, in the comparison, on the map and for targets.',
  editTitle: 'Edit the index {{name}}',
  key: 'Key',
  keyHint:
    'Used in exports and for targets: a–z, 0–9 and _, 2–40 characters, starting with a letter. Cannot be changed later.',
  nameSv: 'Name in Swedish',
  nameEn: 'Name in English',
  nameHint: 'Shown in tables, charts and exports, at most 80 characters.',
  items: 'Questions in the index',
  itemsHint: 'Only scale questions can be part of it. Choose at least 2 and at most 20.',
  add: 'Add the index',
  added: 'The index is added.',
  saved: 'The index is changed.',
};
