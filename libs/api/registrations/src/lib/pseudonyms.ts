import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The same person gets the same pseudonym on every registration: an
 * HMAC-SHA256 of their normalised email address under this installation's
 * key. Reports count distinct and returning people by it, and it stays when
 * names and addresses are erased, so the figures do not change.
 */
@Injectable()
export class PersonPseudonyms {
  private key: Promise<string> | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(emailKey: string): Promise<string> {
    this.key ??= this.dataSource
      .query('SELECT value FROM settings WHERE name = ?', ['person-pseudonym-key'])
      .then((rows: { value: string }[]) => {
        const value = rows[0]?.value;
        if (!value) throw new Error('The person-pseudonym key is missing from settings');
        return value;
      });
    return createHmac('sha256', await this.key)
      .update(emailKey)
      .digest('hex');
  }
}
