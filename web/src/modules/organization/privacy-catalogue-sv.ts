/** Swedish texts of the privacy contacts in the organization settings. */
export const privacySettingsSv = {
  title: 'Dataskydd: personuppgiftsansvarig och dataskyddsombud',
  intro:
    'Visas för hyresgästerna i integritetsmeddelandet, som länkas från varje hyresgästsida, brev och e-post.',
  noticeLink: 'Öppna integritetsmeddelandet',
  notYet: 'Uppgifterna är inte ifyllda än. Hyresgästerna ser då att de ska kontakta kundtjänst.',
  controller: 'Personuppgiftsansvarig',
  controllerName: 'Juridiskt namn',
  controllerOrgNumber: 'Organisationsnummer',
  controllerOrgNumberHint: 'Tio siffror, till exempel 556123-4567.',
  controllerAddress: 'Postadress',
  publicSector: 'Kommunalt bostadsbolag (allmännyttan)',
  publicSectorHint:
    'Då anges allmänt intresse som rättslig grund för anmälningar och enkäter; annars berättigat intresse.',
  dpo: 'Dataskyddsombud',
  dpoName: 'Namn (valfritt)',
  dpoEmail: 'E-post',
  dpoPhone: 'Telefon (valfritt)',
  contact: 'Frågor om personuppgifter',
  contactEmail: 'E-post',
  contactPhone: 'Telefon (valfritt)',
  contactWeb: 'Webbsida (valfritt)',
};
