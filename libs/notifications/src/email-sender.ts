import { createTransport, type Transporter } from 'nodemailer';
import type { ClaimedDelivery } from './outbox.js';
import type { SendOutcome } from './send-outcome.js';

const subjects = {
  reminder: (p: Record<string, unknown>) => `Reminder: ${p['rule']} due ${p['dueOn']} (${p['workingDaysLeft']} working days)`,
  handoff: (p: Record<string, unknown>) => `Case handed from ${p['from']} to ${p['to']}`,
  expiry: (p: Record<string, unknown>) => `Deadline expired: ${p['rule']} (due ${p['dueOn']})`,
} as const;

/** E-mail over SMTP (nodemailer). Off unless SMTP_URL is set. */
export class EmailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs: number,
  ) {
    const url = new URL(smtpUrl);
    this.transport = createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      // A local test receiver has no certificate; ?tls=insecure says so explicitly.
      tls: url.searchParams.get('tls') === 'insecure' ? { rejectUnauthorized: false } : undefined,
      ignoreTLS: url.searchParams.get('tls') === 'off',
    });
  }

  async send(delivery: ClaimedDelivery): Promise<SendOutcome> {
    const detail = delivery.payload.detail as Record<string, unknown>;
    try {
      await this.transport.sendMail({
        from: this.from,
        to: delivery.target,
        subject: `[labour-disputes] ${subjects[delivery.kind](detail)}`,
        text: `${JSON.stringify(delivery.payload, null, 2)}\n`,
        headers: { 'X-Delivery-Id': delivery.delivery_id },
        messageId: `<${delivery.delivery_id}@labour-disputes>`,
      });
      return { result: 'delivered' };
    } catch (error) {
      // 5xx: the server refused this message for good (unknown mailbox, policy); anything else may pass later.
      const code = (error as { responseCode?: number }).responseCode;
      const message = `${code ? `SMTP ${code}: ` : ''}${(error as Error).message}`;
      return code !== undefined && code >= 500 ? { result: 'dead', error: message } : { result: 'retry', error: message };
    }
  }

  close(): void {
    this.transport.close();
  }
}
