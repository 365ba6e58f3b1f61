import type { StaffText } from './question-types';
import type { ScaleQuestionKey } from './scale-questions';

/**
 * Composite indexes over scale items. Every index is computed the same way: for each item, the
 * share answering the two positive boxes ("mycket bra" + "ganska bra") among those who answered
 * 1–4 ("vet ej / ej aktuellt" left out of the base); the index is the unweighted mean of those
 * item shares. An item nobody answered 1–4 on is left out of the mean rather than counted as 0.
 *
 * Why the default trygghetsindex holds the four personal-safety items: the figure companies
 * publish and set targets on is how safe tenants *feel* — "den personliga tryggheten är en
 * prioriterad fråga", "Den personliga tryggheten kvällar och nätter i Alby har ökat med 5,7
 * procentenheter", "andelen av hushåll som svarar att tryggheten är mycket bra eller ganska bra
 * ska vara 78 procent" (Botkyrkabyggen) and "andelen hyresgäster som anser sig vara trygga"
 * (Helsingborgshem). Burglary protection, lighting, cleanliness and neighbours are what that
 * feeling is explained by and what measures act on ("hårdvara" vs "mjukvara", Hyresbostäder);
 * keeping them out of the index lets analysis set cause against effect instead of averaging them
 * together. The market leader's index also mixes in neighbour contact and burglary (domain.md);
 * an organization that wants continuity with it can configure that index itself.
 */
export type SurveyIndexDefinition = {
  readonly key: string;
  readonly name: StaffText;
  readonly description: StaffText;
  readonly itemKeys: readonly ScaleQuestionKey[];
};

export const defaultIndexKey = 'trygghetsindex';

export const defaultSurveyIndexes: readonly SurveyIndexDefinition[] = [
  {
    key: defaultIndexKey,
    name: { sv: 'Trygghetsindex', en: 'Safety index' },
    description: {
      sv: 'Andel som svarar mycket eller ganska bra om tryggheten i området kvällar och nätter, i trapphuset, i källare och förråd och i tvättstugan (medelvärde, "vet ej" räknas inte).',
      en: 'Share answering very or fairly good on safety in the area in the evenings and at night, in the stairwell, in cellar and storage rooms and in the laundry room (mean; "don\'t know" not counted).',
    },
    itemKeys: ['safety_evening_area', 'safety_stairwell', 'safety_cellar_storage', 'safety_laundry'],
  },
  // The physical environment the landlord controls directly and that walks and work orders fix:
  // "helt, rent och snyggt" and "god belysning" (Helsingborgshem, Sveriges Allmännytta).
  {
    key: 'miljoindex',
    name: { sv: 'Miljöindex', en: 'Environment index' },
    description: {
      sv: 'Andel som svarar mycket eller ganska bra om belysningen utomhus och om att området hålls helt, rent och snyggt (medelvärde, "vet ej" räknas inte).',
      en: 'Share answering very or fairly good on the outdoor lighting and on the area being kept whole, clean and tidy (mean; "don\'t know" not counted).',
    },
    itemKeys: ['outdoor_lighting', 'clean_tidy'],
  },
];
