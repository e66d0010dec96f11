import { type AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface SmtpSink {
  url: string;
  /** Messages the server accepted (answered 250 to), parsed. */
  received: ParsedMail[];
  /** Answer the next n messages with a temporary failure (451). */
  refuseNext(n: number): void;
  /** Refuse every message to this address, permanently (550). */
  refuseAddress(address: string): void;
  /** Hold the nth message from now (1 = next) without answering, until release() rejects it. */
  holdMessage(n: number): Promise<void>;
  releaseHeld(): void;
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 that records and parses what it accepts, and can misbehave on request. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  let refusals = 0;
  const refusedAddresses = new Set<string>();
  let holdAt = 0;
  let heldCallback: ((error?: Error | null) => void) | null = null;
  let onHeld: (() => void) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session: SMTPServerSession, callback) {
      if (refusedAddresses.has(address.address)) {
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream: SMTPServerDataStream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (holdAt > 0 && --holdAt === 0) {
          heldCallback = callback;
          onHeld?.();
          return;
        }
        if (refusals > 0) {
          refusals -= 1;
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            received.push(parsed);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (n) => {
      refusals = n;
    },
    refuseAddress: (address) => refusedAddresses.add(address),
    holdMessage: (n) =>
      new Promise<void>((resolve) => {
        holdAt = n;
        onHeld = resolve;
      }),
    releaseHeld: () => {
      heldCallback?.(Object.assign(new Error('Server shutting down'), { responseCode: 421 }));
      heldCallback = null;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
