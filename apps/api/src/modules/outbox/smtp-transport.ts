import type { OutboxEmail } from '@mentoring/db/schema';
import nodemailer from 'nodemailer';
import type { MailTransport } from './outbox-worker.ts';

/** Sends through an SMTP server given as a URL (smtp://user:pass@host:587, smtps://...). */
export function createSmtpTransport(url: string, from: string): MailTransport & { close(): void } {
  // Nodemailer waits up to 10 minutes on a silent socket by default; the outbox lease is a minute.
  // A send must give up well before another worker may take the message over (see outbox-worker).
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return {
    async send(email: OutboxEmail, meta: { messageKey: string }) {
      await transporter.sendMail({
        from,
        messageId: `<${meta.messageKey}@${domain}>`,
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
