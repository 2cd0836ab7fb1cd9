import { createTransport } from 'nodemailer';
import type { Config } from '../../config/config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * Sends through the SMTP server of `SMTP_URL` (e.g. `smtps://user:pass@smtp.example.org`), or
 * null when none is configured: development and tests need no mail server, and whoever needs the
 * link sees it another way (the admin screen, or the development log).
 */
export function createMailer(mail: Config['mail']): Mailer | null {
  if (!mail.smtpUrl) return null;
  const transport = createTransport(mail.smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from: mail.from, ...message });
    },
  };
}
