import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { mailOutbox } from '../db/schema';
import { newId } from './ids';

export type Mail = { to: string; subject: string; text: string };

/**
 * Sends mail by SMTP when SMTP_URL is set. Without an SMTP server, messages are kept in
 * mail_outbox, which is the development outbox page.
 */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly log: FastifyBaseLogger,
  ) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  get usesOutbox(): boolean {
    return this.transport === null;
  }

  async send(mail: Mail): Promise<void> {
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
    this.log.info({ mail }, 'mail kept in development outbox (no SMTP_URL)');
    await this.db
      .insert(mailOutbox)
      .values({ id: newId(), recipient: mail.to, subject: mail.subject, body: mail.text, delivered: false });
  }
}
