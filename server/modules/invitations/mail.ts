import type { Mail } from '../../platform/mail';

/**
 * The invitation mail. It differs by whether the address has an account, which only the
 * addressee reads: the inviting admin's answer is the same either way.
 */
export function invitationMail(input: {
  to: string;
  organizationName: string;
  link: string;
  accountExists: boolean;
  validDays: number;
}): Mail {
  const { to, organizationName: org, link, accountExists, validDays } = input;
  const sv = accountExists
    ? `Hej! ${org} bjuder in dig att arbeta i organisationen i Trygg med ditt befintliga konto. Svara här (länken gäller i ${validDays} dagar och kan användas en gång), eller logga in i Trygg som vanligt så visas inbjudan där:\n${link}`
    : `Hej! ${org} bjuder in dig till Trygg. Skapa ditt konto och välj lösenord här (länken gäller i ${validDays} dagar och kan användas en gång):\n${link}`;
  const en = accountExists
    ? `Hello! ${org} invites you to work in the organization in Trygg with your existing account. Answer here (the link is valid for ${validDays} days and works once), or log in to Trygg as usual and the invitation is shown there:\n${link}`
    : `Hello! ${org} invites you to Trygg. Create your account and choose your password here (the link is valid for ${validDays} days and works once):\n${link}`;
  const ignore =
    'Om du inte väntade dig inbjudan kan du avböja den eller bortse från meddelandet.\nIf you did not expect this invitation, decline it or ignore this message.';
  return {
    to,
    subject: `Inbjudan till ${org} i Trygg / Invitation to ${org} in Trygg`,
    text: `${sv}\n\n${en}\n\n${ignore}\n`,
  };
}
