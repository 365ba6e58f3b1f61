import type { Keyword, KeywordLanguage, KeywordMatch, Theme } from './theme-types';

/**
 * The default themes of free-text answers ("frisvar") and their keywords, from what tenants and
 * safety staff name as making a place feel unsafe (domain.md: lighting, bushes, locks and doors,
 * graffiti, vandalism, litter, disturbances, unsafe places). Organizations add their own keywords
 * later; staff correct single answers (apply-corrections.ts).
 *
 * Choices: graffiti and vandalism are a theme of their own, not cleanliness — the fix differs
 * (sanering, repair) and reports keep them apart too. Alcohol sits with drugs. Subletting sits
 * with outsiders (people who do not belong in the building). Fire-setting sits with crime.
 * Keywords are Swedish first, then English; Arabic, Somali and Persian only for a few common
 * words, written as commonly typed (Arabic also without hamza) and matched anywhere because
 * Arabic script attaches articles and prepositions ("الظلام"). Tigrinya has none: not confident.
 * The non-Swedish, non-English keywords are MACHINE-DRAFTED and need a native speaker's review.
 */
export const defaultThemeKeys = [
  'lighting',
  'stairwell_entrance',
  'cellar_storage',
  'garage_parking',
  'laundry',
  'youth_groups',
  'drugs',
  'neighbours_disturbance',
  'cleanliness',
  'graffiti_vandalism',
  'vegetation',
  'outsiders',
  'crime_violence',
  'traffic',
  'other',
] as const;
export type DefaultThemeKey = (typeof defaultThemeKeys)[number];

/** Keywords of one language and match, comma-separated. */
function kw(language: KeywordLanguage, match: KeywordMatch, texts: string, except?: string[]): Keyword[] {
  return texts
    .split(',')
    .map((text) => ({ text: text.trim(), match, language, ...(except ? { except } : {}) }));
}

const themes: Record<DefaultThemeKey, Omit<Theme, 'key'>> = {
  lighting: {
    name: { sv: 'Belysning', en: 'Lighting' },
    keywords: [
      ...kw('sv', 'anywhere', 'belysning, belyst, lykt, armatur'),
      ...kw('sv', 'anywhere', 'lamp', ['klamp', 'slamp', 'clamp']),
      // "mörkhyade", "mörkklädda" describe people, not the light.
      ...kw('sv', 'anywhere', 'mörk', ['mörkhy', 'mörkhår', 'mörkklädd', 'mörkögd']),
      // "mitt på ljusa dagen" is about the time of a crime, not the light.
      ...kw('sv', 'start', 'ljus', ['ljusa dag', 'ljusblå', 'ljushår']),
      ...kw('sv', 'word', 'släckt, släckta, släcks'),
      ...kw('en', 'start', 'light, dark', ['lightning']),
      ...kw('ar', 'anywhere', 'ظلام, مظلم, إضاءة, اضاءة, إنارة, انارة'),
      ...kw('so', 'start', 'mugdi, iftiin'),
      ...kw('fa', 'anywhere', 'تاریک, روشنایی, چراغ'),
    ],
  },
  stairwell_entrance: {
    name: { sv: 'Trapphus och port', en: 'Stairwell and entrance' },
    keywords: [
      ...kw('sv', 'anywhere', 'trapphus, uppgång, ingång, ytterdörr, entrédörr, entredörr, portdörr'),
      ...kw('sv', 'start', 'trapp, portkod, porttelefon, portlås, entré, hiss'),
      // "port" alone starts "portfölj", "portion", "porträtt".
      ...kw('sv', 'word', 'port, porten, portar, portarna, entre, entren'),
      ...kw('en', 'start', 'stairwell, staircase, stairs, entrance, elevator, lift, front door'),
    ],
  },
  cellar_storage: {
    name: { sv: 'Källare och förråd', en: 'Cellar and storage rooms' },
    keywords: [
      ...kw('sv', 'anywhere', 'källar, förråd, cykelrum, barnvagnsrum, skyddsrum, vindsutrymme'),
      ...kw('en', 'start', 'basement, cellar, storage'),
    ],
  },
  garage_parking: {
    name: { sv: 'Garage och parkering', en: 'Garage and parking' },
    keywords: [
      ...kw('sv', 'anywhere', 'garage, parkering, carport'),
      ...kw('sv', 'start', 'p-hus, p-plats, p-däck'),
      ...kw('en', 'start', 'parking, car park'),
    ],
  },
  laundry: {
    name: { sv: 'Tvättstuga', en: 'Laundry room' },
    keywords: [...kw('sv', 'anywhere', 'tvättstug, tvättrum, tvättid'), ...kw('en', 'start', 'laundry')],
  },
  youth_groups: {
    name: { sv: 'Ungdomsgäng och grupper', en: 'Youth groups and gangs' },
    keywords: [
      // "gäng" only at a word start: inside words it is "tillgänglig", "umgänge".
      ...kw('sv', 'start', 'gäng', ['gängse']),
      ...kw('sv', 'anywhere', 'ungdomsgäng, killgäng, grabbgäng, tjejgäng, knarkgäng'),
      ...kw('sv', 'start', 'ungdom, tonåring, tonåren, killar som, grabbar som, unga killar, unga män'),
      ...kw('sv', 'start', 'grupper av, hänger runt, hänger utanför, står och hänger'),
      ...kw('en', 'start', 'gang, youth, teenager, youngster'),
      ...kw('ar', 'anywhere', 'عصابة, عصابات, شباب'),
      ...kw('so', 'start', 'dhallinyar'),
      ...kw('fa', 'anywhere', 'جوانان'),
    ],
  },
  drugs: {
    name: { sv: 'Narkotika och alkohol', en: 'Drugs and alcohol' },
    keywords: [
      ...kw('sv', 'anywhere', 'knark, narkotik, langning, langare, alkohol'),
      // "drogs" is also the past tense of "dras" (was pulled).
      ...kw('sv', 'start', 'drog', ['drogs', 'drogeri']),
      ...kw('sv', 'start', 'narkoman, langa, hasch, cannabis, marijuana, kokain, kanyl, påverkad'),
      ...kw('sv', 'start', 'alkis, fyllo, fylleri, berusad, pundar'),
      ...kw('sv', 'word', 'sprutor, sprutorna'),
      ...kw('en', 'start', 'drug, dealer, dealing, needle, syringe, cocaine, drunk'),
      ...kw('ar', 'anywhere', 'مخدرات'),
      ...kw('so', 'start', 'daroogo'),
      ...kw('fa', 'anywhere', 'مخدر'),
    ],
  },
  neighbours_disturbance: {
    name: { sv: 'Grannar och störningar', en: 'Neighbours and disturbances' },
    keywords: [
      ...kw('sv', 'anywhere', 'grann, störning, oväsen, oljud, hundskall'),
      // "stör" alone starts "större", "störst".
      ...kw('sv', 'start', 'störande, störd, störde, störig, ljud, skrik, musik, fest, skäll'),
      ...kw('sv', 'word', 'stör, störs'),
      ...kw('sv', 'start', 'bråk', ['bråkdel']),
      // "dunkel" is dim light.
      ...kw('sv', 'start', 'dunk', ['dunkel', 'dunkl']),
      ...kw('en', 'start', 'neighbour, neighbor, noise, noisy, disturb, loud, party, parties'),
      ...kw('ar', 'anywhere', 'جيران, إزعاج, ازعاج, ضجيج'),
      ...kw('so', 'start', 'deris, buuq'),
      ...kw('fa', 'anywhere', 'همسایه, سر و صدا, سروصدا'),
    ],
  },
  cleanliness: {
    name: { sv: 'Nedskräpning och städning', en: 'Litter and cleaning' },
    keywords: [
      ...kw('sv', 'anywhere', 'skräp, smuts, sopor, soprum, sophus, sopkärl, sopnedkast, miljörum, miljöhus'),
      ...kw('sv', 'anywhere', 'soptunn, sopsäck, bajs, råttor, råtta, kackerlack, ohyra, kisslukt, urinlukt'),
      // "städer" is the plural of "stad" (town).
      ...kw('sv', 'anywhere', 'städ', ['städer']),
      ...kw('sv', 'start', 'fimp, stank, stinker, äckligt, snusk, urin, kiss'),
      ...kw('en', 'start', 'litter, rubbish, garbage, trash, dirt, rats'),
      ...kw('ar', 'anywhere', 'قمامة, زبالة, أوساخ, اوساخ'),
      ...kw('so', 'start', 'qashin'),
      ...kw('fa', 'anywhere', 'زباله, آشغال, کثیف'),
    ],
  },
  graffiti_vandalism: {
    name: { sv: 'Klotter och skadegörelse', en: 'Graffiti and vandalism' },
    keywords: [
      ...kw('sv', 'anywhere', 'klotter, klottr, skadegörelse, vandalis, sönderslag, sönderslit'),
      ...kw('sv', 'start', 'krossad, krossat, slagit sönder, slår sönder, sparkat sönder'),
      ...kw('sv', 'word', 'taggar, taggat, taggning'),
      ...kw('en', 'start', 'graffiti, vandal, smashed, broken window'),
    ],
  },
  vegetation: {
    name: { sv: 'Buskar och växtlighet', en: 'Bushes and vegetation' },
    keywords: [
      ...kw('sv', 'anywhere', 'busk, häck, växtlighet, igenväx, igenvux, snår'),
      // "inträde", "trädde" and "överträdelse" are not trees.
      ...kw('sv', 'start', 'träd', ['trädde', 'träda']),
      ...kw('sv', 'word', 'sly, slyet, grenar, grenarna'),
      ...kw('en', 'start', 'bush, shrub, hedge, overgrown, trees, vegetation'),
    ],
  },
  outsiders: {
    name: { sv: 'Obehöriga och främlingar', en: 'Outsiders and unauthorised people' },
    keywords: [
      ...kw('sv', 'start', 'obehörig, främling, okänd, hemlös, uteliggare, övernatt, tigg'),
      ...kw('sv', 'start', 'inte bor här, inte bor i huset, inte bor i området, inte hör hemma'),
      ...kw('sv', 'start', 'släpper in, släpps in, sover i trapp, sover i källar, sover i förråd'),
      ...kw('sv', 'start', 'sover i tvättstug, sover i cykelrum, sover i garage, sover i port'),
      ...kw('sv', 'anywhere', 'andrahand, svartkontrakt, svartuthyr, olovlig uthyrning'),
      ...kw('en', 'start', 'stranger, homeless, trespass, unauthori, do not live here, don’t live here'),
      ...kw('en', 'start', "don't live here, doesn't live here"),
      ...kw('ar', 'anywhere', 'غرباء'),
      ...kw('fa', 'anywhere', 'غریبه'),
    ],
  },
  crime_violence: {
    name: { sv: 'Brott och våld', en: 'Crime and violence' },
    keywords: [
      // "avbrott" (ström-) and "utbrott" are not crimes.
      ...kw('sv', 'anywhere', 'brott', ['avbrott', 'utbrott']),
      ...kw('sv', 'anywhere', 'våld, misshandel, misshandl, skottlossning, skjutning, stöld, stul'),
      ...kw('sv', 'anywhere', 'mobilrån, personrån, väskryck, bilbrand, bilbränder'),
      ...kw('sv', 'start', 'rån, kniv, vapen, vapn, hotad, hotfull, hotelse, stjäl, trakasser, ofred, tafs'),
      ...kw(
        'sv',
        'start',
        'anlagd brand, anlagda bränder, satt eld, sätter eld, tänder eld, spräng, explosion, bryter sig in',
      ),
      ...kw('sv', 'start', 'bröt sig in, bryta sig in, brutit sig in, skott', ['skotta', 'skottkärr']),
      ...kw('sv', 'word', 'hot, hotet, hoten, hotar, hotat, skjuten, skjuter, skjuta, sköt'),
      ...kw(
        'en',
        'start',
        'robbery, robbed, shooting, burglar, break-in, theft, stolen, stabb, knife, knives',
      ),
      ...kw('en', 'start', 'violen, assault, threat, crime, criminal'),
      ...kw('ar', 'anywhere', 'سرقة, إطلاق نار, اطلاق نار, عنف'),
      ...kw('so', 'start', 'tuug, xatooyo, rasaas'),
      ...kw('fa', 'anywhere', 'دزدی, خشونت, تیراندازی'),
    ],
  },
  traffic: {
    name: { sv: 'Trafik', en: 'Traffic' },
    keywords: [
      ...kw('sv', 'anywhere', 'trafik, moped, sparkcyk, övergångsställe, farthinder, fortkör'),
      ...kw('sv', 'start', 'fyrhjuling, motorcyk, vägbula, hastighet, bilar som kör, bilarna kör'),
      ...kw('sv', 'word', 'kör fort, kör för fort, kör som galningar'),
      ...kw('en', 'start', 'traffic, speeding, scooter, motorbike'),
    ],
  },
  other: { name: { sv: 'Övrigt', en: 'Other' }, keywords: [] },
};

/** In the order of `defaultThemeKeys`. */
export const defaultThemes: readonly Theme[] = defaultThemeKeys.map((key) => ({ key, ...themes[key] }));
