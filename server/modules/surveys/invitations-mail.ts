import type { TenantLocale } from '../../../common/reporting';
import type { Mail } from '../../platform/mail';

/**
 * The invitation and reminder mail of a continuous survey. sv and en are written by the team;
 * a tenant who chose another language gets Swedish with the English text below it (the survey
 * page itself offers every tenant language).
 */
type Texts = { subject: string; invite: string; remind: string; footer: string };

const texts: Record<'sv' | 'en', Texts> = {
  sv: {
    subject: 'Hur trygg känner du dig där du bor?',
    invite:
      '{organization} vill gärna veta hur trygg du känner dig i ditt bostadsområde. Det tar ungefär fem minuter, och dina svar kan inte kopplas till dig.\n\nSvara här: {link}\n\nLänken gäller till och med {expires}.',
    remind:
      'För en vecka sedan bad {organization} dig svara på några frågor om tryggheten där du bor. Om du vill svara, använd den här länken (den ersätter den förra): {link}\n\nLänken gäller till och med {expires}. Vi påminner bara den här gången.',
    footer: 'Detta meddelande går inte att svara på. Vi sparar inte din e-postadress efter påminnelsen.',
  },
  en: {
    subject: 'How safe do you feel where you live?',
    invite:
      '{organization} would like to know how safe you feel in your neighbourhood. It takes about five minutes, and your answers cannot be linked to you.\n\nAnswer here: {link}\n\nThe link is valid until {expires}.',
    remind:
      'A week ago {organization} asked you a few questions about safety where you live. If you would like to answer, use this link (it replaces the earlier one): {link}\n\nThe link is valid until {expires}. This is the only reminder.',
    footer: 'Please do not reply to this message. We do not keep your e-mail address after the reminder.',
  },
};

type MailInput = { to: string; organization: string; link: string; expires: string; locale?: TenantLocale };

const fill = (text: string, input: MailInput) =>
  text
    .replaceAll('{organization}', input.organization)
    .replaceAll('{link}', input.link)
    .replaceAll('{expires}', input.expires);

function compose(kind: 'invite' | 'remind', input: MailInput): Mail {
  const first = input.locale === 'en' ? texts.en : texts.sv;
  const parts = [fill(first[kind], input), first.footer];
  if (input.locale !== 'sv' && input.locale !== 'en')
    parts.push('—', fill(texts.en[kind], input), texts.en.footer);
  return { to: input.to, subject: first.subject, text: parts.join('\n\n') };
}

export const invitationMail = (input: MailInput) => compose('invite', input);
export const reminderMail = (input: MailInput) => compose('remind', input);
