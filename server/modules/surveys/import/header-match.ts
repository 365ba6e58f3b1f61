/**
 * How a column header is compared with a question: folded (case, å→a, punctuation) and split
 * into words, with the little words of a question left out. Two words match when one is the
 * other with an ending ("trapphus" ~ "trapphuset") or they share a stem of five letters
 * ("kvällstid" ~ "kvällar"), which is what Swedish compounds and inflections need.
 */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const stopWords = new Set(
  'och hur din ditt dina upplever har det for med att som the and how you your find are does' +
    ' fraga question'.split(' '),
);

/** Words of a text that can tell one question from another. */
export function headerWords(text: string): string[] {
  return foldHeader(text)
    .split(' ')
    .filter((word) => word.length >= 3 && !stopWords.has(word));
}

const stemLength = 5;

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  const prefix = long.startsWith(short) ? short.length : commonPrefix(a, b);
  return prefix >= Math.min(stemLength, short.length);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/** The share (0–1) of the header's words found among the question's words. */
export function headerSimilarity(header: string[], question: string[]): number {
  if (header.length === 0) return 0;
  const found = header.filter((word) => question.some((other) => wordsMatch(word, other)));
  return found.length / header.length;
}

/**
 * Words vendors use for the default items that their own labels lack. Only a suggestion: the
 * user confirms every column in the wizard.
 */
export const vendorWords: Readonly<Record<string, string>> = {
  safety_evening_area: 'kvällstid kväll natt mörker evening night dark',
  safety_cellar_storage: 'källare förråd cellar basement storage',
  safety_laundry: 'tvättstuga tvätt laundry',
  burglary_apartment: 'inbrott lägenhet bostad burglary apartment flat',
  burglary_storage: 'inbrott förråd burglary storage',
  outdoor_lighting: 'belysning ljus lighting lights',
  clean_tidy: 'städning städat skräp nedskräpning clean tidy litter',
  neighbour_contact: 'grannkontakt grannar neighbours neighbors',
  neighbour_disturbance: 'störningar stör oväsen disturbance noise',
  landlord_safety_work: 'hyresvärd värden bolaget landlord',
  age_group: 'ålder age',
  gender: 'kön gender sex',
  years_in_area: 'boendetid bott years',
  unsafe_places_text: 'otrygg otrygga platser unsafe places',
};

/** Headers for the columns that place and date a response, folded. */
export const fixedHeaders = {
  areaCode: ['omrade', 'omradeskod', 'omradesnr', 'bostadsomrade', 'area', 'area code', 'areacode', 'omr'],
  buildingExternalId: [
    'byggnad',
    'byggnads id',
    'byggnadsid',
    'byggnadsnummer',
    'building',
    'building id',
    'building external id',
    'hus',
    'husnr',
    'husnummer',
  ],
  entranceLabel: ['uppgang', 'trappuppgang', 'entrance', 'entrance label', 'port'],
  answered: [
    'datum',
    'svarsdatum',
    'date',
    'answered',
    'answered at',
    'answered date',
    'inkom',
    'inkommet',
    'manad',
    'svarsmanad',
    'month',
    'period',
  ],
} as const;
