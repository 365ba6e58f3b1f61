import type { ScaleQuestion } from './question-types';

/**
 * The default scale items, in the order they are asked, all answered on the 4-point scale of
 * answer-scale.ts. Wording follows the housing companies' own: "den personliga tryggheten
 * kvällar och nätter" (Botkyrkabyggen), "trapphus", "tvättstuga", "helt, rent och snyggt"
 * (Helsingborgshem, Sveriges Allmännytta). Every item is asked so that "mycket bra" is good, so
 * one top-2-box share reads the same way for all of them.
 *
 * sv and en are written by people; ar, so, fa and ti are MACHINE-DRAFTED and need review by a
 * native speaker before they are relied on.
 */
export const scaleQuestionKeys = [
  'safety_evening_area',
  'safety_stairwell',
  'safety_cellar_storage',
  'safety_laundry',
  'burglary_apartment',
  'burglary_storage',
  'outdoor_lighting',
  'clean_tidy',
  'neighbour_contact',
  'neighbour_disturbance',
  'landlord_safety_work',
] as const;
export type ScaleQuestionKey = (typeof scaleQuestionKeys)[number];

type ScaleTexts = Pick<ScaleQuestion, 'section' | 'label' | 'prompt'>;

const texts: Record<ScaleQuestionKey, ScaleTexts> = {
  safety_evening_area: {
    section: 'personal_safety',
    label: { sv: 'Trygghet i området kvällar och nätter', en: 'Safety in the area, evenings and nights' },
    prompt: {
      sv: 'Hur upplever du den personliga tryggheten i ditt bostadsområde på kvällar och nätter?',
      en: 'How do you find your personal safety in your housing area in the evenings and at night?',
      ar: 'كيف تقيّم شعورك بالأمان الشخصي في منطقتك السكنية في المساء والليل؟',
      so: 'Sidee u aragtaa amniga shakhsiyeed ee xaafaddaada fiidkii iyo habeenkii?',
      fa: 'احساس امنیت شخصی خود را در محلهٔ مسکونی‌تان در عصرها و شب‌ها چگونه ارزیابی می‌کنید؟',
      ti: 'ኣብ ከባቢ መንበሪኻ ምሸትን ለይትን ናይ ውልቅኻ ድሕንነት ከመይ ትርእዮ?',
    },
  },
  safety_stairwell: {
    section: 'personal_safety',
    label: { sv: 'Trygghet i trapphuset', en: 'Safety in the stairwell' },
    prompt: {
      sv: 'Hur upplever du tryggheten i ditt trapphus?',
      en: 'How do you find the safety in your stairwell?',
      ar: 'كيف تقيّم الشعور بالأمان في درج المبنى الذي تسكن فيه؟',
      so: 'Sidee u aragtaa amniga jaranjarada dhismahaaga?',
      fa: 'احساس امنیت را در راه‌پلهٔ ساختمان خود چگونه ارزیابی می‌کنید؟',
      ti: 'ኣብ መደያይቦ ህንጻኻ ዘሎ ድሕንነት ከመይ ትርእዮ?',
    },
  },
  safety_cellar_storage: {
    section: 'personal_safety',
    label: { sv: 'Trygghet i källare och förråd', en: 'Safety in cellar and storage rooms' },
    prompt: {
      sv: 'Hur upplever du tryggheten i källare och förrådsutrymmen?',
      en: 'How do you find the safety in the cellar and storage rooms?',
      ar: 'كيف تقيّم الشعور بالأمان في القبو وغرف التخزين؟',
      so: 'Sidee u aragtaa amniga qolka dhulka hoostiisa iyo qolalka alaabta lagu kaydiyo?',
      fa: 'احساس امنیت را در زیرزمین و انباری‌ها چگونه ارزیابی می‌کنید؟',
      ti: 'ኣብ ትሕተ-ምድሪን ኣብ ክፍልታት መኽዘንን ዘሎ ድሕንነት ከመይ ትርእዮ?',
    },
  },
  safety_laundry: {
    section: 'personal_safety',
    label: { sv: 'Trygghet i tvättstugan', en: 'Safety in the laundry room' },
    prompt: {
      sv: 'Hur upplever du tryggheten i tvättstugan?',
      en: 'How do you find the safety in the laundry room?',
      ar: 'كيف تقيّم الشعور بالأمان في غرفة الغسيل المشتركة؟',
      so: 'Sidee u aragtaa amniga qolka dharka lagu dhaqo ee la wadaago?',
      fa: 'احساس امنیت را در رختشوی‌خانهٔ مشترک چگونه ارزیابی می‌کنید؟',
      ti: 'ኣብቲ ናይ ሓባር መሕጸቢ ክዳን ክፍሊ ዘሎ ድሕንነት ከመይ ትርእዮ?',
    },
  },
  burglary_apartment: {
    section: 'burglary',
    label: { sv: 'Skydd mot inbrott i lägenheten', en: 'Protection against burglary, apartment' },
    prompt: {
      sv: 'Hur upplever du skyddet mot inbrott i din lägenhet?',
      en: 'How do you find the protection against burglary in your apartment?',
      ar: 'كيف تقيّم الحماية من السطو في شقتك؟',
      so: 'Sidee u aragtaa ilaalinta ka dhanka ah tuugada gurigaaga?',
      fa: 'محافظت در برابر سرقت از آپارتمان خود را چگونه ارزیابی می‌کنید؟',
      ti: 'ኣብ ኣፓርታማኻ ካብ ስርቂ ዘሎ ሓለዋ ከመይ ትርእዮ?',
    },
  },
  burglary_storage: {
    section: 'burglary',
    label: { sv: 'Skydd mot inbrott i förrådet', en: 'Protection against burglary, storage room' },
    prompt: {
      sv: 'Hur upplever du skyddet mot inbrott i ditt förråd?',
      en: 'How do you find the protection against burglary in your storage room?',
      ar: 'كيف تقيّم الحماية من السطو في غرفة التخزين الخاصة بك؟',
      so: 'Sidee u aragtaa ilaalinta ka dhanka ah tuugada qolkaaga kaydka?',
      fa: 'محافظت در برابر سرقت از انباری خود را چگونه ارزیابی می‌کنید؟',
      ti: 'ኣብ መኽዘንካ ካብ ስርቂ ዘሎ ሓለዋ ከመይ ትርእዮ?',
    },
  },
  outdoor_lighting: {
    section: 'environment',
    label: { sv: 'Belysning utomhus', en: 'Outdoor lighting' },
    prompt: {
      sv: 'Vad tycker du om belysningen utomhus i ditt bostadsområde?',
      en: 'What do you think of the outdoor lighting in your housing area?',
      ar: 'ما رأيك في الإضاءة الخارجية في منطقتك السكنية؟',
      so: 'Sidee u aragtaa iftiinka bannaanka ee xaafaddaada?',
      fa: 'نظر شما دربارهٔ روشنایی فضای بیرونی محلهٔ مسکونی‌تان چیست؟',
      ti: 'ብዛዕባ ኣብ ደገ ከባቢ መንበሪኻ ዘሎ መብራህቲ እንታይ ትብል?',
    },
  },
  clean_tidy: {
    section: 'environment',
    label: { sv: 'Helt, rent och snyggt', en: 'Whole, clean and tidy' },
    prompt: {
      sv: 'Hur upplever du att ditt bostadsområde hålls helt, rent och snyggt?',
      en: 'How well do you find your housing area is kept whole, clean and tidy?',
      ar: 'كيف تقيّم الحفاظ على منطقتك السكنية سليمة ونظيفة ومرتبة؟',
      so: 'Sidee u aragtaa sida xaafaddaada loogu hayo mid dhan, nadiif ah oo habsami ah?',
      fa: 'نگهداری محلهٔ مسکونی‌تان را از نظر سالم، تمیز و مرتب بودن چگونه ارزیابی می‌کنید؟',
      ti: 'ከባቢ መንበሪኻ ምሉእ፡ ጽሩይን ስሩዕን ኮይኑ ከም ዝሕሎ ከመይ ትርእዮ?',
    },
  },
  neighbour_contact: {
    section: 'neighbours',
    label: { sv: 'Kontakt med grannar', en: 'Contact with neighbours' },
    prompt: {
      sv: 'Hur upplever du kontakten med dina grannar?',
      en: 'How do you find the contact with your neighbours?',
      ar: 'كيف تقيّم تواصلك مع جيرانك؟',
      so: 'Sidee u aragtaa xiriirka aad la leedahay deriskaaga?',
      fa: 'ارتباط خود با همسایگانتان را چگونه ارزیابی می‌کنید؟',
      ti: 'ምስ ጎረባብትኻ ዘለካ ርክብ ከመይ ትርእዮ?',
    },
  },
  // Asked as "how quiet is it" rather than "how much are you disturbed", so that "mycket bra"
  // stays the good end like every other item; the key keeps the topic's name.
  neighbour_disturbance: {
    section: 'neighbours',
    label: { sv: 'Lugnt, utan störningar från grannar', en: 'Quiet, no disturbance from neighbours' },
    prompt: {
      sv: 'Hur upplever du lugnet i huset – att slippa störningar från grannar?',
      en: 'How do you find the peace and quiet in your building – being free from disturbance by neighbours?',
      ar: 'كيف تقيّم الهدوء في المبنى، أي عدم الإزعاج من الجيران؟',
      so: 'Sidee u aragtaa degenaanshaha dhismaha – in aanay deriskaagu ku qasin?',
      fa: 'آرامش ساختمان، یعنی مزاحمت نشدن از سوی همسایگان، را چگونه ارزیابی می‌کنید؟',
      ti: 'ኣብ ህንጻኻ ዘሎ ህድኣት – ካብ ጎረባብቲ ዘይምርባሽ – ከመይ ትርእዮ?',
    },
  },
  landlord_safety_work: {
    section: 'landlord',
    label: { sv: 'Hyresvärdens trygghetsarbete', en: "The landlord's safety work" },
    prompt: {
      sv: 'Vad tycker du om hur din hyresvärd arbetar med tryggheten i ditt bostadsområde?',
      en: 'What do you think of how your landlord works on safety in your housing area?',
      ar: 'ما رأيك في طريقة عمل المؤجر (شركة السكن) على تعزيز الأمان في منطقتك السكنية؟',
      so: 'Sidee u aragtaa sida mulkiilaha gurigu (shirkadda guryaha) uga shaqeeyo amniga xaafaddaada?',
      fa: 'نظر شما دربارهٔ نحوهٔ کار صاحبخانه (شرکت مسکن) برای امنیت محلهٔ مسکونی‌تان چیست؟',
      ti: 'ዋና ገዛኻ (ትካል መንበሪ ገዛ) ንድሕንነት ከባቢ መንበሪኻ ብኸመይ ከም ዝሰርሕ እንታይ ትብል?',
    },
  },
};

export const scaleQuestions: readonly ScaleQuestion[] = scaleQuestionKeys.map((key) => ({
  key,
  kind: 'scale',
  required: false,
  ...texts[key],
}));
