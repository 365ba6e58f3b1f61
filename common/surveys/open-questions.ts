import { maxDescriptionLength } from '../reporting';
import type { MapPointsQuestion, TextQuestion } from './question-types';

/**
 * The open questions: where and why tenants feel unsafe, in words and on the map. Free text is
 * read by staff and tagged by theme, and answers are anonymous towards the landlord, so the hint
 * asks not to name other people. The map question is left out where it cannot be answered (paper
 * answers, vendor imports), which is why it is never required.
 *
 * sv and en are written by people; ar, so, fa and ti are MACHINE-DRAFTED and need review by a
 * native speaker before they are relied on.
 */
const maxMapPoints = 5;

const unsafePlacesText: TextQuestion = {
  key: 'unsafe_places_text',
  kind: 'text',
  section: 'open',
  required: false,
  maxLength: maxDescriptionLength,
  label: { sv: 'Frisvar: var och varför otryggt', en: 'Free text: where and why unsafe' },
  prompt: {
    sv: 'Var känner du dig otrygg, och varför?',
    en: 'Where do you feel unsafe, and why?',
    ar: 'أين تشعر بعدم الأمان، ولماذا؟',
    so: 'Xaggee ayaad ka dareentaa amni darro, maxaase sabab u ah?',
    fa: 'کجا احساس ناامنی می‌کنید و چرا؟',
    ti: 'ኣበይ እዩ ድሕንነት ዘይስምዓካ፡ ስለምንታይከ?',
  },
  hint: {
    sv: 'Skriv gärna plats och tid på dygnet. Skriv inte namn på andra personer.',
    en: "Feel free to give the place and the time of day. Do not write other people's names.",
    ar: 'يمكنك ذكر المكان والوقت من اليوم. لا تكتب أسماء أشخاص آخرين.',
    so: 'Waxaad qori kartaa meesha iyo waqtiga maalinta. Ha qorin magacyada dad kale.',
    fa: 'می‌توانید مکان و زمان روز را بنویسید. نام افراد دیگر را ننویسید.',
    ti: 'ቦታን ሰዓትን ክትጽሕፍ ትኽእል ኢኻ። ኣስማት ካልኦት ሰባት ኣይትጽሓፍ።',
  },
};

const unsafePlacesMap: MapPointsQuestion = {
  key: 'unsafe_places_map',
  kind: 'map_points',
  section: 'open',
  required: false,
  maxPoints: maxMapPoints,
  label: { sv: 'Karta: otrygga platser', en: 'Map: unsafe places' },
  prompt: {
    sv: 'Markera platser där du känner dig otrygg',
    en: 'Mark places where you feel unsafe',
    ar: 'حدّد الأماكن التي تشعر فيها بعدم الأمان',
    so: 'Calaamadee meelaha aad ka dareento amni darro',
    fa: 'مکان‌هایی را که در آن‌ها احساس ناامنی می‌کنید علامت بزنید',
    ti: 'ድሕንነት ዘይስምዓካ ቦታታት ምልክት ግበር',
  },
  hint: {
    sv: `Frivilligt. Tryck på kartan för att markera upp till ${maxMapPoints} platser.`,
    en: `Optional. Tap the map to mark up to ${maxMapPoints} places.`,
    ar: `اختياري. اضغط على الخريطة لتحديد ما يصل إلى ${maxMapPoints} أماكن.`,
    so: `Ikhtiyaari. Taabo khariidadda si aad u calaamadeyso ilaa ${maxMapPoints} meelood.`,
    fa: `اختیاری. روی نقشه بزنید تا حداکثر ${maxMapPoints} مکان را علامت بزنید.`,
    ti: `ብድሌትካ። ክሳብ ${maxMapPoints} ቦታታት ምልክት ንምግባር ነቲ ካርታ ጠውቖ።`,
  },
};

export const openQuestions: readonly [TextQuestion, MapPointsQuestion] = [unsafePlacesText, unsafePlacesMap];
