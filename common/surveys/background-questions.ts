import type { ChoiceOption, ChoiceQuestion, TenantText } from './question-types';

/**
 * Background questions, used only to break results down by group (with the same suppression
 * under 5 answers as everything else). The age groups keep 55+ and 70+ whole because companies
 * run senior concepts for exactly those ages ("seniorkoncept vi har 55+ och 70+", Stångåstaden):
 * 55+ is 55–69 plus 70+. The youngest group is open downwards: one answer per household, and any
 * household member may give it.
 *
 * sv and en are written by people; ar, so, fa and ti are MACHINE-DRAFTED and need review by a
 * native speaker before they are relied on.
 */
function choice(key: string, label: TenantText): ChoiceOption {
  return { key, label };
}

const ageGroup: ChoiceQuestion = {
  key: 'age_group',
  kind: 'choice',
  section: 'background',
  required: false,
  multiple: false,
  label: { sv: 'Åldersgrupp', en: 'Age group' },
  prompt: {
    sv: 'Hur gammal är du?',
    en: 'How old are you?',
    ar: 'كم عمرك؟',
    so: 'Da’daadu waa immisa?',
    fa: 'چند سال دارید؟',
    ti: 'ዕድመኻ ክንደይ እዩ?',
  },
  options: [
    choice('age_under_25', {
      sv: 'Yngre än 25 år',
      en: 'Under 25',
      ar: 'أقل من 25 سنة',
      so: 'Ka yar 25 sano',
      fa: 'کمتر از ۲۵ سال',
      ti: 'ትሕቲ 25 ዓመት',
    }),
    choice('age_25_39', {
      sv: '25–39 år',
      en: '25–39',
      ar: '25–39 سنة',
      so: '25–39 sano',
      fa: '۲۵ تا ۳۹ سال',
      ti: '25–39 ዓመት',
    }),
    choice('age_40_54', {
      sv: '40–54 år',
      en: '40–54',
      ar: '40–54 سنة',
      so: '40–54 sano',
      fa: '۴۰ تا ۵۴ سال',
      ti: '40–54 ዓመት',
    }),
    choice('age_55_69', {
      sv: '55–69 år',
      en: '55–69',
      ar: '55–69 سنة',
      so: '55–69 sano',
      fa: '۵۵ تا ۶۹ سال',
      ti: '55–69 ዓመት',
    }),
    choice('age_70_plus', {
      sv: '70 år eller äldre',
      en: '70 or older',
      ar: '70 سنة أو أكثر',
      so: '70 sano ama ka weyn',
      fa: '۷۰ سال یا بیشتر',
      ti: '70 ዓመትን ልዕሊኡን',
    }),
  ],
};

/** "Other" and "prefer not to say" share one box: either alone would almost always fall under the
 * suppression threshold, and nobody has to say which applies. */
const gender: ChoiceQuestion = {
  key: 'gender',
  kind: 'choice',
  section: 'background',
  required: false,
  multiple: false,
  label: { sv: 'Kön', en: 'Gender' },
  prompt: {
    sv: 'Vilket kön har du?',
    en: 'What is your gender?',
    ar: 'ما جنسك؟',
    so: 'Jinsigaagu waa maxay?',
    fa: 'جنسیت شما چیست؟',
    ti: 'ጾታኻ እንታይ እዩ?',
  },
  options: [
    choice('woman', { sv: 'Kvinna', en: 'Woman', ar: 'امرأة', so: 'Haweeney', fa: 'زن', ti: 'ጓል ኣንስተይቲ' }),
    choice('man', { sv: 'Man', en: 'Man', ar: 'رجل', so: 'Nin', fa: 'مرد', ti: 'ወዲ ተባዕታይ' }),
    choice('other_or_undisclosed', {
      sv: 'Annat / vill inte svara',
      en: 'Other / prefer not to say',
      ar: 'آخر / أفضّل عدم الإجابة',
      so: 'Kale / ma doonayo inaan ka jawaabo',
      fa: 'دیگر / ترجیح می‌دهم نگویم',
      ti: 'ካልእ / ክምልስ ኣይደልን',
    }),
  ],
};

const yearsInArea: ChoiceQuestion = {
  key: 'years_in_area',
  kind: 'choice',
  section: 'background',
  required: false,
  multiple: false,
  label: { sv: 'År i området', en: 'Years in the area' },
  prompt: {
    sv: 'Hur länge har du bott i området?',
    en: 'How long have you lived in the area?',
    ar: 'منذ متى تسكن في هذه المنطقة؟',
    so: 'Muddo intee le’eg ayaad ku noolayd xaafaddan?',
    fa: 'چه مدت است که در این محله زندگی می‌کنید؟',
    ti: 'ኣብዚ ከባቢ ክንደይ ግዜ ነቢርካ?',
  },
  options: [
    choice('years_under_1', {
      sv: 'Kortare än 1 år',
      en: 'Less than 1 year',
      ar: 'أقل من سنة',
      so: 'Wax ka yar 1 sano',
      fa: 'کمتر از ۱ سال',
      ti: 'ትሕቲ 1 ዓመት',
    }),
    choice('years_1_4', {
      sv: '1–4 år',
      en: '1–4 years',
      ar: '1–4 سنوات',
      so: '1–4 sano',
      fa: '۱ تا ۴ سال',
      ti: '1–4 ዓመት',
    }),
    choice('years_5_9', {
      sv: '5–9 år',
      en: '5–9 years',
      ar: '5–9 سنوات',
      so: '5–9 sano',
      fa: '۵ تا ۹ سال',
      ti: '5–9 ዓመት',
    }),
    choice('years_10_plus', {
      sv: '10 år eller längre',
      en: '10 years or more',
      ar: '10 سنوات أو أكثر',
      so: '10 sano ama ka badan',
      fa: '۱۰ سال یا بیشتر',
      ti: '10 ዓመትን ልዕሊኡን',
    }),
  ],
};

export const backgroundQuestions: readonly ChoiceQuestion[] = [ageGroup, gender, yearsInArea];
