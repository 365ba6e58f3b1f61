import type { Catalogue } from '../../i18n/catalogue';

/** English texts of the privacy contacts in the organization settings, key for key with the Swedish. */
export const privacySettingsEn: Catalogue['privacySettings'] = {
  title: 'Data protection: controller and data protection officer',
  intro: 'Shown to tenants in the privacy notice, which is linked from every tenant page, letter and e-mail.',
  noticeLink: 'Open the privacy notice',
  notYet: 'Not filled in yet. Until then tenants are told to contact customer service.',
  controller: 'Controller',
  controllerName: 'Legal name',
  controllerOrgNumber: 'Company registration number',
  controllerOrgNumberHint: 'Ten digits, e.g. 556123-4567.',
  controllerAddress: 'Postal address',
  publicSector: 'Municipal housing company (allmännyttan)',
  publicSectorHint:
    'Then public interest is given as the legal basis for reports and surveys; otherwise legitimate interest.',
  dpo: 'Data protection officer',
  dpoName: 'Name (optional)',
  dpoEmail: 'E-mail',
  dpoPhone: 'Phone (optional)',
  contact: 'Questions about personal data',
  contactEmail: 'E-mail',
  contactPhone: 'Phone (optional)',
  contactWeb: 'Web page (optional)',
};
