import type { TenantLocale } from '../../../common/reporting';
import type { Mail } from '../../platform/mail';

/**
 * The invitation and reminder mail of a continuous survey. sv and en are written by the team;
 * a tenant who chose another language gets Swedish with the English text below it (the survey
 * page itself offers every tenant language).
 *
 * What the footers say about the address must stay true: it is kept on the invitation
 * (survey_codes.invite_email) until the answer (record-response.ts), the reminder or the
 * expiry (reminders.ts) clears it; an address taken from a report stays on the report under
 * that report's own retention; a copy of the mail stays only when it could not be delivered.
 */
type Texts = {
  subject: string;
  invite: string;
  remind: string;
  inviteKept: string;
  remindKept: string;
  fromReport: string;
  footer: string;
};

const texts: Record<'sv' | 'en', Texts> = {
  sv: {
    subject: 'Hur trygg känner du dig där du bor?',
    invite:
      '{organization} vill gärna veta hur trygg du känner dig i ditt bostadsområde. Det tar ungefär fem minuter, och dina svar kan inte kopplas till dig.\n\nSvara här: {link}\n\nLänken gäller till och med {expires}.',
    remind:
      'För en vecka sedan bad {organization} dig svara på några frågor om tryggheten där du bor. Om du vill svara, använd den här länken (den ersätter den förra): {link}\n\nLänken gäller till och med {expires}. Vi påminner bara den här gången.',
    inviteKept:
      'Vi sparar din e-postadress med inbjudan tills du har svarat eller vi har skickat en påminnelse, som längst {days} dagar. Dina svar sparas aldrig tillsammans med din e-postadress.',
    remindKept:
      'Din e-postadress är nu borttagen från inbjudan. Dina svar sparas aldrig tillsammans med din e-postadress.',
    fromReport:
      'Du fick inbjudan eftersom du bad om den när du gjorde en anmälan. Adressen finns kvar i anmälan, som längst {months} månader efter att den avslutades, eller tills du tar bort den på sidan där du följer anmälan.',
    footer: 'Så behandlar vi dina uppgifter: {privacy}\n\nDetta meddelande går inte att svara på.',
  },
  en: {
    subject: 'How safe do you feel where you live?',
    invite:
      '{organization} would like to know how safe you feel in your neighbourhood. It takes about five minutes, and your answers cannot be linked to you.\n\nAnswer here: {link}\n\nThe link is valid until {expires}.',
    remind:
      'A week ago {organization} asked you a few questions about safety where you live. If you would like to answer, use this link (it replaces the earlier one): {link}\n\nThe link is valid until {expires}. This is the only reminder.',
    inviteKept:
      'We keep your e-mail address with the invitation until you have answered or we have sent one reminder, for {days} days at most. Your answers are never stored with your e-mail address.',
    remindKept:
      'Your e-mail address has now been removed from the invitation. Your answers are never stored with your e-mail address.',
    fromReport:
      'You received this invitation because you asked for it when you made a report. The address stays on the report for at most {months} months after it was closed, or until you remove it on the page where you follow the report.',
    footer: 'How we handle your data: {privacy}\n\nPlease do not reply to this message.',
  },
};

type MailInput = {
  to: string;
  organization: string;
  link: string;
  expires: string;
  /** The organization's privacy notice. */
  privacy: string;
  /** How long the address may stay on the invitation (its validity). */
  days: number;
  /** Set when the address came from a report whose reporter opted in: that report's contact retention. */
  reportContactMonths?: number;
  locale?: TenantLocale;
};

const fill = (text: string, input: MailInput) =>
  text
    .replaceAll('{organization}', input.organization)
    .replaceAll('{link}', input.link)
    .replaceAll('{expires}', input.expires)
    .replaceAll('{privacy}', input.privacy)
    .replaceAll('{days}', String(input.days))
    .replaceAll('{months}', String(input.reportContactMonths ?? ''));

function body(kind: 'invite' | 'remind', language: Texts, input: MailInput): string {
  const parts = [language[kind], kind === 'invite' ? language.inviteKept : language.remindKept];
  if (input.reportContactMonths !== undefined) parts.push(language.fromReport);
  parts.push(language.footer);
  return parts.map((part) => fill(part, input)).join('\n\n');
}

function compose(kind: 'invite' | 'remind', input: MailInput): Mail {
  const first = input.locale === 'en' ? texts.en : texts.sv;
  const parts = [body(kind, first, input)];
  if (input.locale !== 'sv' && input.locale !== 'en') parts.push('—', body(kind, texts.en, input));
  return { to: input.to, subject: first.subject, text: parts.join('\n\n') };
}

export const invitationMail = (input: MailInput) => compose('invite', input);
export const reminderMail = (input: MailInput) => compose('remind', input);
