import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@epm/api/platform';
import nodemailer, { type Transporter } from 'nodemailer';
import { toBuffer } from 'qrcode';
import type Mail from 'nodemailer/lib/mailer';
import type { OutboxMessageEntity } from './outbox.entity';

/**
 * Sends outbox messages: through SMTP when SMTP_URL is set, otherwise as
 * .eml files in OUTBOX_DIR (the embedded demo). The Message-ID is derived
 * from the outbox row, so the rare resend after a crash carries the same ID
 * and mail systems can recognise it.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly smtp: Transporter | null;
  private readonly files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  private readonly host: string;

  constructor(private readonly config: AppConfig) {
    this.smtp = config.mail.smtpUrl
      ? nodemailer.createTransport({
          url: config.mail.smtpUrl,
          connectionTimeout: 10_000,
          socketTimeout: 30_000,
          // One connection kept open and reused: a new connection and greeting per message made a popular
          // webinar's 2,000 confirmations take four minutes to leave (benchmark, docs/performance.md).
          pool: true,
          maxConnections: 1,
          maxMessages: 500,
        })
      : null;
    this.host = new URL(config.publicUrl).hostname;
  }

  get mode(): 'smtp' | 'files' {
    return this.smtp ? 'smtp' : 'files';
  }

  async send(message: OutboxMessageEntity): Promise<void> {
    if (this.smtp) {
      await this.smtp.sendMail(await this.mailOf(message));
      return;
    }
    const raw = await this.raw(message);
    mkdirSync(this.config.mail.outboxDir, { recursive: true });
    const file = join(this.config.mail.outboxDir, `${String(message.id).padStart(6, '0')}-${message.kind}.eml`);
    // Written whole then renamed: a reader never sees half a message, and a resend replaces rather than duplicates.
    writeFileSync(`${file}.tmp`, raw);
    renameSync(`${file}.tmp`, file);
  }

  /** The message exactly as it is (or would be) sent, RFC 5322. */
  async raw(message: OutboxMessageEntity): Promise<Buffer> {
    const info = await this.files.sendMail(await this.mailOf(message));
    return info.message as Buffer;
  }

  close(): void {
    this.smtp?.close();
  }

  onModuleDestroy(): void {
    this.close();
  }

  private async mailOf(message: OutboxMessageEntity): Promise<Mail.Options> {
    return {
      from: this.config.mail.from,
      to: { name: message.toName, address: message.toAddress },
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
      messageId: `<outbox-${message.id}@${this.host}>`,
      date: message.createdAt,
      headers: { 'Auto-Submitted': 'auto-generated' },
      ...(message.checkInCode
        ? {
            attachments: [
              {
                filename: 'check-in-code.png',
                cid: 'check-in-qr',
                content: await toBuffer(message.checkInCode, { type: 'png', width: 320, margin: 2 }),
              },
            ],
          }
        : {}),
      ...(message.inviteIcs && message.inviteMethod
        ? { icalEvent: { method: message.inviteMethod, filename: 'invite.ics', content: message.inviteIcs } }
        : {}),
    };
  }
}
