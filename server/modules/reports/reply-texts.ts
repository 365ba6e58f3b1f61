import { type ReportStatus, type TenantLocale, tenantLocales } from '../../../common/reporting';

/**
 * The built-in public replies a reporter reads when a report changes status and no response
 * template of the organization fits, and the e-mail around them. Placeholders: {code} (the
 * tracking code), {body} (who has a forwarded report), {link} (the status page, mail only),
 * {privacy} (the organization's privacy notice, mail only).
 *
 * sv and en are written by the team; ar, so, fa and ti are machine-drafted and need review by a
 * native speaker before they go to tenants.
 */
type Texts = {
  replies: Partial<Record<ReportStatus, string>>;
  subject: string;
  mailBody: string;
};

const catalogue: Record<TenantLocale, Texts> = {
  sv: {
    replies: {
      accepted: 'Tack! Vi har tagit emot ärende {code} och kommer att åtgärda det.',
      in_progress: 'Arbetet med ärende {code} har börjat.',
      done: 'Ärende {code} är åtgärdat. Tack för att du hörde av dig!',
      rejected: 'Vi kommer inte att åtgärda ärende {code}. Tack för att du hörde av dig.',
      duplicate: 'Ärende {code} gäller samma sak som en annan anmälan som vi redan hanterar.',
      forwarded: 'Ärende {code} gäller något som vi inte äger. Vi har skickat det vidare till {body}.',
    },
    subject: 'Ärende {code} har uppdaterats',
    mailBody:
      '{text}\n\nSe hur det går för ärendet: {link}\n\nSå behandlar vi dina uppgifter: {privacy}\n\nDetta meddelande går inte att svara på.',
  },
  en: {
    replies: {
      accepted: 'Thank you! We have received report {code} and will deal with it.',
      in_progress: 'Work on report {code} has started.',
      done: 'Report {code} has been fixed. Thank you for letting us know!',
      rejected: 'We will not act on report {code}. Thank you for letting us know.',
      duplicate: 'Report {code} is about the same thing as another report we are already handling.',
      forwarded: 'Report {code} is about something we do not own. We have passed it on to {body}.',
    },
    subject: 'Report {code} has been updated',
    mailBody:
      '{text}\n\nFollow the report: {link}\n\nHow we handle your data: {privacy}\n\nPlease do not reply to this message.',
  },
  ar: {
    replies: {
      accepted: 'شكرًا لك! لقد استلمنا البلاغ {code} وسنتعامل معه.',
      in_progress: 'بدأ العمل على البلاغ {code}.',
      done: 'تم إصلاح البلاغ {code}. شكرًا لإبلاغنا!',
      rejected: 'لن نتخذ إجراءً بشأن البلاغ {code}. شكرًا لإبلاغنا.',
      duplicate: 'البلاغ {code} يتعلق بنفس الأمر الذي نتعامل معه بالفعل في بلاغ آخر.',
      forwarded: 'البلاغ {code} يتعلق بشيء لا نملكه. لقد أحلناه إلى {body}.',
    },
    subject: 'تم تحديث البلاغ {code}',
    mailBody:
      '{text}\n\nتابع البلاغ: {link}\n\nكيف نتعامل مع بياناتك: {privacy}\n\nيرجى عدم الرد على هذه الرسالة.',
  },
  so: {
    replies: {
      accepted: 'Mahadsanid! Waxaan helnay warbixinta {code} waana wax ka qaban doonnaa.',
      in_progress: 'Shaqada warbixinta {code} way bilaabatay.',
      done: 'Warbixinta {code} waa la hagaajiyay. Mahadsanid inaad noo sheegtay!',
      rejected: 'Wax kama qaban doonno warbixinta {code}. Mahadsanid inaad noo sheegtay.',
      duplicate: 'Warbixinta {code} waxay ku saabsan tahay arrin aan horey u maareyneyno.',
      forwarded: 'Warbixinta {code} waxay ku saabsan tahay wax aynaan lahayn. Waxaan u gudbinnay {body}.',
    },
    subject: 'Warbixinta {code} waa la cusbooneysiiyay',
    mailBody:
      '{text}\n\nLa soco warbixinta: {link}\n\nSida aan u maareyno xogtaada: {privacy}\n\nFadlan ha ka jawaabin fariintan.',
  },
  fa: {
    replies: {
      accepted: 'متشکریم! گزارش {code} را دریافت کردیم و به آن رسیدگی خواهیم کرد.',
      in_progress: 'کار روی گزارش {code} آغاز شده است.',
      done: 'گزارش {code} رفع شد. از اینکه به ما اطلاع دادید متشکریم!',
      rejected: 'برای گزارش {code} اقدامی نخواهیم کرد. از اینکه به ما اطلاع دادید متشکریم.',
      duplicate: 'گزارش {code} درباره همان موضوعی است که در گزارش دیگری به آن رسیدگی می‌کنیم.',
      forwarded: 'گزارش {code} درباره چیزی است که متعلق به ما نیست. آن را به {body} ارجاع دادیم.',
    },
    subject: 'گزارش {code} به‌روزرسانی شد',
    mailBody:
      '{text}\n\nپیگیری گزارش: {link}\n\nبا اطلاعات شما چگونه رفتار می‌کنیم: {privacy}\n\nلطفاً به این پیام پاسخ ندهید.',
  },
  ti: {
    replies: {
      accepted: 'የቐንየልና! ጸብጻብ {code} ተቐቢልናዮ ኣለና፣ ክንሰርሓሉ ኢና።',
      in_progress: 'ስራሕ ናይ ጸብጻብ {code} ጀሚሩ ኣሎ።',
      done: 'ጸብጻብ {code} ተዓርዩ ኣሎ። ስለ ዝሓበርኩምና የቐንየልና!',
      rejected: 'ኣብ ጸብጻብ {code} ስጉምቲ ኣይክንወስድን ኢና። ስለ ዝሓበርኩምና የቐንየልና።',
      duplicate: 'ጸብጻብ {code} ብዛዕባ እቲ ኣብ ካልእ ጸብጻብ ንሰርሓሉ ዘለና ጉዳይ እዩ።',
      forwarded: 'ጸብጻብ {code} ብዛዕባ ናትና ዘይኮነ ነገር እዩ። ናብ {body} ኣመሓላሊፍናዮ ኣለና።',
    },
    subject: 'ጸብጻብ {code} ተሓዲሱ ኣሎ',
    mailBody: '{text}\n\nነቲ ጸብጻብ ተኸታተሉ: {link}\n\nንሓበሬታኻ ብኸመይ ከም እንሕዞ: {privacy}\n\nበጃኹም ነዚ መልእኽቲ ኣይትመልሱ።',
  },
};

export type Placeholders = { code: string; body?: string; link?: string; text?: string; privacy?: string };

/** Replaces {name} with its value; unknown or missing placeholders are left as written. */
export function fillPlaceholders(template: string, values: Placeholders): string {
  return template.replace(/\{(code|body|link|text|privacy)\}/g, (whole, name: keyof Placeholders) => {
    return values[name] ?? whole;
  });
}

const textsOf = (locale: string): Texts =>
  catalogue[(tenantLocales as readonly string[]).includes(locale) ? (locale as TenantLocale) : 'sv'];

/** The built-in reply for a status in the reporter's language, or null ('new' has none). */
export function defaultReply(status: ReportStatus, locale: string): string | null {
  return textsOf(locale).replies[status] ?? null;
}

/** The e-mail telling a reporter about a new public reply. */
export function replyMail(
  locale: string,
  values: Required<Pick<Placeholders, 'code' | 'text' | 'link' | 'privacy'>>,
) {
  const texts = textsOf(locale);
  return { subject: fillPlaceholders(texts.subject, values), text: fillPlaceholders(texts.mailBody, values) };
}
