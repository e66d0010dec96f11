import { createHmac } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The same person gets the same pseudonym on every registration: an
 * HMAC-SHA256 of their normalised email address under this installation's
 * key. Reports count distinct and returning people by it, and it stays when
 * names and addresses are erased, so the figures do not change.
 */
@Injectable()
export class PersonPseudonyms implements OnModuleInit {
  private key: string | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Read once at start-up, so taking a pseudonym never queries: inside a
   * registration's transaction a query on a second pooled connection could
   * wait forever for a connection held by requests queued on the event lock.
   */
  async onModuleInit(): Promise<void> {
    const rows = (await this.dataSource.query('SELECT value FROM settings WHERE name = ?', [
      'person-pseudonym-key',
    ])) as { value: string }[];
    const value = rows[0]?.value;
    if (!value) throw new Error('The person-pseudonym key is missing from settings');
    this.key = value;
  }

  of(emailKey: string): string {
    if (!this.key) throw new Error('PersonPseudonyms used before the module initialised');
    return createHmac('sha256', this.key).update(emailKey).digest('hex');
  }
}
