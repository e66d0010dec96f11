import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 that counts what arrives: every message by
 * its Message-ID and recipient, so the benchmark can say whether each
 * confirmation was delivered exactly once.
 */
export async function startSmtpCounter() {
  const byMessageId = new Map();
  const byRecipient = new Map();
  /** Deliveries per sending process: each signs in with its own name (see smtpUrlFor). */
  const bySender = new Map();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    logger: false,
    onData(stream, session, callback) {
      let head = '';
      stream.on('data', (chunk) => {
        if (head.length < 8192) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const headers = head.split(/\r?\n\r?\n/)[0] ?? '';
        const messageId = /^message-id:\s*(\S+)/im.exec(headers)?.[1] ?? `(none ${total})`;
        total += 1;
        const sender = session.user ?? '(anonymous)';
        bySender.set(sender, (bySender.get(sender) ?? 0) + 1);
        byMessageId.set(messageId, (byMessageId.get(messageId) ?? 0) + 1);
        for (const recipient of session.envelope.rcptTo) {
          const address = recipient.address.toLowerCase();
          byRecipient.set(address, (byRecipient.get(address) ?? 0) + 1);
        }
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** The server's address with a user name, so deliveries can be told apart by the process that made them. */
    smtpUrlFor: (name) => `smtp://${encodeURIComponent(name)}:bench@127.0.0.1:${port}`,
    /** Deliveries so far by sending process. */
    senders: () => Object.fromEntries(bySender),
    /** Deliveries to addresses matching the prefix: how many arrived, to how many people, and duplicates. */
    count(prefix) {
      let delivered = 0;
      let people = 0;
      let duplicates = 0;
      for (const [address, count] of byRecipient) {
        if (!address.startsWith(prefix)) continue;
        delivered += count;
        people += 1;
        duplicates += count - 1;
      }
      return { delivered, people, duplicates };
    },
    duplicateMessageIds: () => [...byMessageId.values()].filter((count) => count > 1).length,
    total: () => total,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
