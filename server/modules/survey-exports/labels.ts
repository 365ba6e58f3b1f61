import type { Locale } from '../../../common/roles';

/** Every word the survey exports (XLSX and PDF) print, in the staff languages. */
const catalogue = {
  sv: {
    area: 'Område',
    wave: 'Mätomgång',
    organization: 'Hela organisationen',
    share: 'Andel bra',
    low: '95 % KI, lägre',
    high: '95 % KI, övre',
    n: 'Antal svar (n)',
    change: 'Förändring (procentenheter)',
    changeLow: 'Förändring, KI lägre',
    changeHigh: 'Förändring, KI övre',
    verdict: 'Bedömning',
    note: 'Anmärkning',
    uncertain: 'osäker (färre än 30 svar)',
    building: 'Byggnad',
    group: 'Grupp',
    part: 'Del',
    measure: 'Mått',
    buildingsSheet: 'Byggnader',
    breakdownsSheet: 'Bakgrund',
    ownSheet: 'Egna frågor',
    ownFor: 'Egna frågor, {wave}',
    question: 'Fråga',
    option: 'Svarsalternativ',
    ownLegend:
      '– = färre än 5 har svarat på frågan; visas inte. Andelen är de som valt alternativet av dem som svarat på frågan, med 95 % konfidensintervall (Wilson). Där flera svar är möjliga kan andelarna tillsammans bli mer än 100 %.',
    legend:
      '– = färre än 5 svar, eller dolt för att skydda en liten grupp; visas inte. Andelen är de som svarat mycket eller ganska bra ("vet ej" räknas inte), med 95 % konfidensintervall (Wilson).',
    buildingsFor: 'Byggnader, {measure}, {wave}',
    changedAfterPublication: 'ändrad efter publicering {date}',
    breakdownsFor: 'Bakgrundsgrupper, {measure}, {wave}',
    title: 'Trygghetsundersökning: {area}',
    noWave: 'Ingen mätomgång med svar ännu.',
    responseRate:
      'Svarsfrekvens: {rate} ({used} av {issued} utdelade koder använda). Svar totalt: {responses}.',
    responsesOnly: 'Svar totalt: {responses}.',
    indexLine: '{measure}: {share} (95 % KI {low}–{high}, n = {n})',
    indexSuppressed: '{measure}: visas inte (färre än 5 svar).',
    changeLine: 'Jämfört med förra mätningen: {diff} procentenheter (95 % KI {low} till {high}), {words}.',
    noChange: 'Ingen jämförelse med förra mätningen (saknas eller för få svar).',
    targetLine: 'Målet för {year} är {share}.',
    itemsChart: 'Andel bra per fråga, med 95 % konfidensintervall',
    trendChart: '{measure} över mätomgångar',
    buildingsTitle: 'Byggnader ({measure})',
    breakdownsTitle: 'Bakgrundsgrupper ({measure})',
    themesTitle: 'Teman i fritextsvaren',
    theme: 'Tema',
    count: 'Antal svar',
    noThemes: 'Fritextsvar visas inte: färre än 5 svar i området.',
    methodTitle: 'Metod',
    method:
      'Andelar är de som svarat mycket eller ganska bra; "vet ej" räknas inte. Intervallen är 95 % konfidensintervall enligt Wilson. Förändringar anges i procentenheter med 95 % intervall enligt Newcombes hybridmetod (score); "säker" förändring betyder att intervallet inte omfattar noll. Färre än 5 svar visas aldrig (–), inte heller så att de kan räknas fram ur andra tal; färre än 30 svar markeras som osäkra (*). Index är medelvärdet av frågornas andelar.',
    uncertainMark: '* osäker: färre än 30 svar',
    none: 'Inga',
  },
  en: {
    area: 'Area',
    wave: 'Wave',
    organization: 'Whole organization',
    share: 'Share good',
    low: '95 % CI, lower',
    high: '95 % CI, upper',
    n: 'Answers (n)',
    change: 'Change (percentage points)',
    changeLow: 'Change, CI lower',
    changeHigh: 'Change, CI upper',
    verdict: 'Verdict',
    note: 'Note',
    uncertain: 'uncertain (fewer than 30 answers)',
    building: 'Building',
    group: 'Group',
    part: 'Part',
    measure: 'Measure',
    buildingsSheet: 'Buildings',
    breakdownsSheet: 'Background',
    ownSheet: 'Own questions',
    ownFor: 'Own questions, {wave}',
    question: 'Question',
    option: 'Option',
    ownLegend:
      '– = fewer than 5 answered the question; not shown. The share is those who chose the option of those who answered the question, with a 95 % confidence interval (Wilson). Where several answers are possible the shares may add up to more than 100 %.',
    legend:
      '– = fewer than 5 answers, or hidden to protect a small group; not shown. The share is those answering very or fairly good ("don\'t know" not counted), with a 95 % confidence interval (Wilson).',
    buildingsFor: 'Buildings, {measure}, {wave}',
    changedAfterPublication: 'changed after publication {date}',
    breakdownsFor: 'Background groups, {measure}, {wave}',
    title: 'Safety survey: {area}',
    noWave: 'No wave with answers yet.',
    responseRate:
      'Response rate: {rate} ({used} of {issued} codes handed out were used). Responses in all: {responses}.',
    responsesOnly: 'Responses in all: {responses}.',
    indexLine: '{measure}: {share} (95 % CI {low}–{high}, n = {n})',
    indexSuppressed: '{measure}: not shown (fewer than 5 answers).',
    changeLine:
      'Compared with the previous wave: {diff} percentage points (95 % CI {low} to {high}), {words}.',
    noChange: 'No comparison with the previous wave (none, or too few answers).',
    targetLine: 'The target for {year} is {share}.',
    itemsChart: 'Share good per question, with 95 % confidence intervals',
    trendChart: '{measure} over the waves',
    buildingsTitle: 'Buildings ({measure})',
    breakdownsTitle: 'Background groups ({measure})',
    themesTitle: 'Themes in the free-text answers',
    theme: 'Theme',
    count: 'Answers',
    noThemes: 'Free-text answers not shown: fewer than 5 responses in the area.',
    methodTitle: 'Method',
    method:
      'Shares are those answering very or fairly good; "don\'t know" is not counted. Intervals are 95 % Wilson confidence intervals. Changes are in percentage points with a 95 % interval by Newcombe\'s hybrid score method; a "certain" change means the interval does not include zero. Fewer than 5 answers are never shown (–), nor can they be worked out from other figures; fewer than 30 answers are marked uncertain (*). An index is the mean of its questions\' shares.',
    uncertainMark: '* uncertain: fewer than 30 answers',
    none: 'None',
  },
} satisfies Record<Locale, Record<string, string>>;

export type ExportWord = keyof typeof catalogue.en;

export const exportWord = (locale: Locale, key: ExportWord, values: Record<string, string | number> = {}) =>
  catalogue[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );

/** The mark of a suppressed cell in every export. */
export const suppressedMark = '–';

/**
 * A wave's name as the exports print it: with "ändrad efter publicering <date>" when its results
 * changed after it closed (reopened, or answers keyed or imported; closed-wave-change.ts).
 */
export const exportWaveName = (
  locale: Locale,
  wave: { name: string; changedAfterPublicationAt: string | null },
): string =>
  wave.changedAfterPublicationAt
    ? `${wave.name} (${exportWord(locale, 'changedAfterPublication', { date: wave.changedAfterPublicationAt.slice(0, 10) })})`
    : wave.name;
