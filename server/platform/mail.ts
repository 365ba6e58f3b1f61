import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { mailOutbox } from '../db/schema';
import { newId } from './ids';

export type Mail = { to: string; subject: string; text: string };

/**
 * Sends mail by SMTP when SMTP_URL is set. Every message is also kept in mail_outbox, which
 * is the development outbox page when there is no SMTP server.
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
    let delivered = false;
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      delivered = true;
    } else {
      this.log.info({ mail }, 'mail kept in development outbox (no SMTP_URL)');
    }
    await this.db
      .insert(mailOutbox)
      .values({ id: newId(), recipient: mail.to, subject: mail.subject, body: mail.text, delivered });
  }
}
