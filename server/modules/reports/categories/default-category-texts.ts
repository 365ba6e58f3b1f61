import type { LocalizedText } from '../../../../common/contracts/report-categories';

type Texts = { name: LocalizedText; description: LocalizedText };

/**
 * Names and one-line descriptions of the default categories in the tenant languages.
 * sv and en are written by people; ar, so, fa and ti are MACHINE-DRAFTED and need review by a
 * native speaker before they are relied on (organizations may edit them per category).
 */
export const defaultCategoryTexts: Record<string, Texts> = {
  lighting: {
    name: { sv: 'Belysning', en: 'Lighting', ar: 'الإضاءة', so: 'Iftiinka', fa: 'روشنایی', ti: 'ብርሃን' },
    description: {
      sv: 'En lampa är trasig eller en plats är för mörk.',
      en: 'A lamp is broken or a place is too dark.',
      ar: 'مصباح معطل أو مكان مظلم جدًا.',
      so: 'Laambad ayaa jaban ama meel ayaa aad u mugdi badan.',
      fa: 'یک چراغ خراب است یا جایی خیلی تاریک است.',
      ti: 'መብራህቲ ተበላሽዩ ወይ ሓደ ቦታ ኣዝዩ ጸልማት እዩ።',
    },
  },
  door_lock_entry: {
    name: {
      sv: 'Dörr, lås eller porttelefon',
      en: 'Door, lock or entry system',
      ar: 'باب أو قفل أو نظام الدخول',
      so: 'Albaab, quful ama nidaamka gelitaanka',
      fa: 'در، قفل یا سیستم ورود',
      ti: 'ማዕጾ፡ መሸጎሪ ወይ ናይ ምእታው ስርዓት',
    },
    description: {
      sv: 'En port, dörr, ett lås eller en porttelefon fungerar inte.',
      en: 'A door, lock or entry phone does not work.',
      ar: 'باب أو قفل أو هاتف المدخل لا يعمل.',
      so: 'Albaab, quful ama taleefanka albaabka ma shaqeynayo.',
      fa: 'یک در، قفل یا آیفون کار نمی‌کند.',
      ti: 'ማዕጾ፡ መሸጎሪ ወይ ናይ ማዕጾ ተሌፎን ኣይሰርሕን።',
    },
  },
  graffiti_vandalism: {
    name: {
      sv: 'Klotter och skadegörelse',
      en: 'Graffiti and vandalism',
      ar: 'الكتابة على الجدران والتخريب',
      so: 'Qoraal darbi iyo burburin',
      fa: 'دیوارنویسی و خرابکاری',
      ti: 'ጽሑፍ መንደቕን ምብልሻውን',
    },
    description: {
      sv: 'Klotter, krossat glas eller något annat som har förstörts.',
      en: 'Graffiti, broken glass or something else that has been damaged.',
      ar: 'كتابة على الجدران أو زجاج مكسور أو شيء آخر تم إتلافه.',
      so: 'Qoraal darbiyada ah, muraayad jabtay ama wax kale oo la burburiyay.',
      fa: 'دیوارنویسی، شیشهٔ شکسته یا چیز دیگری که آسیب دیده است.',
      ti: 'ኣብ መንደቕ ዝተጻሕፈ፡ ዝተሰብረ ብርጭቆ ወይ ካልእ ዝተበላሸወ ነገር።',
    },
  },
  litter: {
    name: { sv: 'Nedskräpning', en: 'Litter', ar: 'القمامة', so: 'Qashin', fa: 'زباله', ti: 'ጓሓፍ' },
    description: {
      sv: 'Skräp, grovsopor eller fulla papperskorgar.',
      en: 'Rubbish, bulky waste or full bins.',
      ar: 'قمامة أو نفايات كبيرة أو سلال ممتلئة.',
      so: 'Qashin, qashin waaweyn ama dambiilo buuxa.',
      fa: 'زباله، زبالهٔ حجیم یا سطل‌های پر.',
      ti: 'ጓሓፍ፡ ዓበይቲ ጓሓፍ ወይ ዝመልኡ መእከቢ ጓሓፍ።',
    },
  },
  vegetation: {
    name: {
      sv: 'Växtlighet skymmer sikten',
      en: 'Vegetation blocking the view',
      ar: 'نباتات تحجب الرؤية',
      so: 'Dhir xannibaysa aragtida',
      fa: 'گیاهان جلوی دید را گرفته‌اند',
      ti: 'ንምርኣይ ዝዓግቱ ኣትክልቲ',
    },
    description: {
      sv: 'Buskar eller träd gör en plats mörk eller svår att överblicka.',
      en: 'Bushes or trees make a place dark or hard to see across.',
      ar: 'شجيرات أو أشجار تجعل المكان مظلمًا أو صعب الرؤية.',
      so: 'Geedo ama duur ayaa meel ka dhigaya mugdi ama mid adag in la arko.',
      fa: 'بوته‌ها یا درختان جایی را تاریک یا دیدنش را سخت می‌کنند.',
      ti: 'ቆጥቋጥ ወይ ኣእዋም ንሓደ ቦታ ጸልማት ወይ ንምርኣዩ ከቢድ ይገብርዎ።',
    },
  },
  unsafe_place: {
    name: {
      sv: 'Otrygg plats',
      en: 'Unsafe place',
      ar: 'مكان غير آمن',
      so: 'Meel aan ammaan ahayn',
      fa: 'مکان ناامن',
      ti: 'ዘይውሑስ ቦታ',
    },
    description: {
      sv: 'En plats där du känner dig otrygg, och varför.',
      en: 'A place where you feel unsafe, and why.',
      ar: 'مكان تشعر فيه بعدم الأمان، ولماذا.',
      so: 'Meel aad ku dareemayso amni la’aan, iyo sababta.',
      fa: 'جایی که در آن احساس ناامنی می‌کنید، و چرا.',
      ti: 'ዘይውሑስ ኮይኑ ዝስምዓካ ቦታን ስለምንታይን።',
    },
  },
  fire_hazard: {
    name: {
      sv: 'Brandrisk',
      en: 'Fire hazard',
      ar: 'خطر حريق',
      so: 'Khatar dab',
      fa: 'خطر آتش‌سوزی',
      ti: 'ሓደጋ ሓዊ',
    },
    description: {
      sv: 'Saker i trapphus eller källargångar, eller annat som kan börja brinna.',
      en: 'Things left in stairwells or basement corridors, or anything else that could catch fire.',
      ar: 'أغراض متروكة في الدرج أو ممرات القبو، أو أي شيء آخر قد يشتعل.',
      so: 'Alaab lagu dhaafay jaranjarada ama marinnada hoose, ama wax kale oo dab qabsan kara.',
      fa: 'وسایلی که در راه‌پله یا راهروی زیرزمین مانده، یا هر چیز دیگری که ممکن است آتش بگیرد.',
      ti: 'ኣብ መደያይቦ ወይ ኣብ ትሕቲ ምድሪ ዝተገድፉ ኣቕሑ፡ ወይ ካልእ ክነድድ ዝኽእል ነገር።',
    },
  },
  disturbance: {
    name: {
      sv: 'Störning från granne',
      en: 'Disturbance from a neighbour',
      ar: 'إزعاج من أحد الجيران',
      so: 'Dhibaato deris',
      fa: 'مزاحمت از طرف همسایه',
      ti: 'ረብሻ ካብ ጎረቤት',
    },
    description: {
      sv: 'Återkommande störningar. Läses bara av de som arbetar med sociala frågor.',
      en: 'Recurring disturbance. Read only by the staff who handle social matters.',
      ar: 'إزعاج متكرر. لا يقرؤه إلا الموظفون المسؤولون عن الشؤون الاجتماعية.',
      so: 'Dhibaato soo noqnoqota. Waxaa akhriya oo keliya shaqaalaha arrimaha bulshada.',
      fa: 'مزاحمت مکرر. فقط کارکنانی که به امور اجتماعی رسیدگی می‌کنند آن را می‌خوانند.',
      ti: 'ተደጋጋሚ ረብሻ። ብሰራሕተኛታት ማሕበራዊ ጉዳያት ጥራይ ይንበብ።',
    },
  },
  subletting: {
    name: {
      sv: 'Misstänkt olovlig andrahandsuthyrning',
      en: 'Suspected illegal subletting',
      ar: 'اشتباه في تأجير من الباطن غير قانوني',
      so: 'Kiro-hoosaad sharci-darro ah oo la tuhunsan yahay',
      fa: 'مشکوک به اجارهٔ دست دوم غیرقانونی',
      ti: 'ዝተጠርጠረ ዘይሕጋዊ ካልኣይ ኪራይ',
    },
    description: {
      sv: 'Läses bara av de som arbetar med sociala frågor.',
      en: 'Read only by the staff who handle social matters.',
      ar: 'لا يقرؤه إلا الموظفون المسؤولون عن الشؤون الاجتماعية.',
      so: 'Waxaa akhriya oo keliya shaqaalaha arrimaha bulshada.',
      fa: 'فقط کارکنانی که به امور اجتماعی رسیدگی می‌کنند آن را می‌خوانند.',
      ti: 'ብሰራሕተኛታት ማሕበራዊ ጉዳያት ጥራይ ይንበብ።',
    },
  },
  other: {
    name: { sv: 'Annat', en: 'Other', ar: 'أخرى', so: 'Kale', fa: 'سایر', ti: 'ካልእ' },
    description: {
      sv: 'Något annat som gör att en plats känns otrygg.',
      en: 'Something else that makes a place feel unsafe.',
      ar: 'شيء آخر يجعل المكان يبدو غير آمن.',
      so: 'Wax kale oo meel ka dhigaya mid aan ammaan ahayn.',
      fa: 'چیز دیگری که باعث می‌شود جایی ناامن به نظر برسد.',
      ti: 'ንሓደ ቦታ ዘይውሑስ ዝገብር ካልእ ነገር።',
    },
  },
};
