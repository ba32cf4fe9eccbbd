import type { OutboxEmail } from '@mentoring/db/schema';
import nodemailer from 'nodemailer';
import type { MailTransport } from './outbox-worker.ts';

/** Sends through an SMTP server given as a URL (smtp://user:pass@host:587, smtps://...). */
export function createSmtpTransport(url: string, from: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(email: OutboxEmail) {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        ...(email.attachments ? { attachments: email.attachments } : {}),
        ...(email.calendar
          ? {
              icalEvent: {
                method: email.calendar.method.toLowerCase(),
                filename: 'invite.ics',
                content: email.calendar.content,
              },
            }
          : {}),
      });
    },
    close: () => transporter.close(),
  };
}
