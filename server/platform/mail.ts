import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { mailOutbox } from '../db/schema';
import { newId } from './ids';

export type Mail = { to: string; subject: string; text: string };

/**
 * Whom a mail concerns, kept with it in the outbox: the company that wrote to a tenant, partner
 * or staff member, or the account a password link went to (an account may belong to several);
 * or only its recipient (an invitation: which text an address got would tell whether it has an
 * account, so no admin reads it in the outbox).
 */
export type MailConcerns = { organizationId: string } | { userId: string } | { recipientOnly: true };

/**
 * How this installation sends mail: by SMTP; into the outbox page of a demo installation; or not
 * at all (no SMTP_URL outside demo mode: mail is kept, unread, and password reset says it cannot).
 */
export type MailDelivery = 'smtp' | 'outbox' | 'none';

/**
 * Sends mail by SMTP when SMTP_URL is set. Without an SMTP server, messages are kept in
 * mail_outbox, which a demo installation's admins read on the outbox page.
 */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly log: FastifyBaseLogger,
    private readonly demoMode: boolean,
  ) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  get delivery(): MailDelivery {
    if (this.transport) return 'smtp';
    return this.demoMode ? 'outbox' : 'none';
  }

  async send(mail: Mail, concerns: MailConcerns): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      // Delivered: no copy is kept. Reporters' and users' addresses and the texts sent to them
      // would otherwise stay here after they withdrew their contact details.
      return;
    }
    // Neither address, subject (it names tracking codes) nor text is logged: the log is not
    // erased when a person's data is, and it would give a log reader the codes and links sent.
    if (this.demoMode) this.log.info('mail kept in the demo outbox (no SMTP_URL)');
    else this.log.warn('mail NOT sent: no SMTP_URL is configured');
    await this.db.insert(mailOutbox).values({
      id: newId(),
      organizationId: 'organizationId' in concerns ? concerns.organizationId : null,
      userId: 'userId' in concerns ? concerns.userId : null,
      recipient: mail.to,
      subject: mail.subject,
      body: mail.text,
      delivered: false,
    });
  }
}
