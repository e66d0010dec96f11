import { type MigrationInterface, type QueryRunner, Table, TableForeignKey } from 'typeorm';

const id = {
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment' as const,
};

const toEvent = (table: string) =>
  new TableForeignKey({
    name: `fk_${table}_event`,
    columnNames: ['event_id'],
    referencedTableName: 'events',
    referencedColumnNames: ['id'],
    onDelete: 'CASCADE',
  });

const toRegistration = (table: string, onDelete: 'CASCADE' | 'SET NULL') =>
  new TableForeignKey({
    name: `fk_${table}_registration`,
    columnNames: ['registration_id'],
    referencedTableName: 'registrations',
    referencedColumnNames: ['id'],
    onDelete,
  });

/**
 * Feedback: each event's form, who was asked (once per kind), the links in
 * the messages, the answers, and the answers to consultations' questions.
 */
export class Feedback1795530000000 implements MigrationInterface {
  name = 'Feedback1795530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'feedback_forms',
        columns: [
          { name: 'event_id', type: 'integer', isPrimary: true },
          { name: 'settings', type: 'text' },
          { name: 'updated_at', type: 'datetime' },
        ],
        foreignKeys: [toEvent('feedback_forms')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feedback_requests',
        columns: [
          id,
          { name: 'registration_id', type: 'integer' },
          { name: 'event_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'requested_at', type: 'datetime' },
        ],
        indices: [
          { name: 'uq_feedback_requests_registration_kind', columnNames: ['registration_id', 'kind'], isUnique: true },
          { name: 'idx_feedback_requests_event', columnNames: ['event_id'] },
        ],
        foreignKeys: [toRegistration('feedback_requests', 'CASCADE'), toEvent('feedback_requests')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feedback_links',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'registration_id', type: 'integer' },
          { name: 'survey', type: 'varchar', length: '16' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'idx_feedback_links_registration', columnNames: ['registration_id'] }],
        foreignKeys: [toRegistration('feedback_links', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feedback_responses',
        columns: [
          id,
          { name: 'event_id', type: 'integer' },
          { name: 'registration_id', type: 'integer', isNullable: true },
          { name: 'survey', type: 'varchar', length: '16' },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'satisfaction', type: 'integer', isNullable: true },
          { name: 'usefulness', type: 'integer', isNullable: true },
          { name: 'recommend', type: 'integer', isNullable: true },
          { name: 'intent', type: 'varchar', length: '8', isNullable: true },
          { name: 'intent_detail', type: 'text', isNullable: true },
          { name: 'themes', type: 'text', isNullable: true },
          { name: 'comments', type: 'text', isNullable: true },
          { name: 'quote_consent', type: 'boolean' },
          { name: 'extra_answers', type: 'text', isNullable: true },
          { name: 'acted', type: 'varchar', length: '8', isNullable: true },
          { name: 'acted_detail', type: 'text', isNullable: true },
          { name: 'submitted_at', type: 'datetime' },
          { name: 'erased_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          {
            name: 'uq_feedback_responses_registration_survey',
            columnNames: ['registration_id', 'survey'],
            isUnique: true,
          },
          { name: 'idx_feedback_responses_event', columnNames: ['event_id', 'survey'] },
        ],
        // A registration replaced by a new one (cancelled, then registered again) leaves its answers anonymous.
        foreignKeys: [toRegistration('feedback_responses', 'SET NULL'), toEvent('feedback_responses')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'consultation_responses',
        columns: [
          id,
          { name: 'event_id', type: 'integer' },
          { name: 'feedback_response_id', type: 'integer' },
          { name: 'question_index', type: 'integer' },
          { name: 'question', type: 'varchar', length: '1000' },
          { name: 'answer', type: 'text' },
          { name: 'submitted_at', type: 'datetime' },
        ],
        indices: [
          { name: 'idx_consultation_responses_event', columnNames: ['event_id', 'question_index'] },
          { name: 'idx_consultation_responses_response', columnNames: ['feedback_response_id'] },
        ],
        foreignKeys: [
          toEvent('consultation_responses'),
          new TableForeignKey({
            name: 'fk_consultation_responses_feedback',
            columnNames: ['feedback_response_id'],
            referencedTableName: 'feedback_responses',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('consultation_responses');
    await queryRunner.dropTable('feedback_responses');
    await queryRunner.dropTable('feedback_links');
    await queryRunner.dropTable('feedback_requests');
    await queryRunner.dropTable('feedback_forms');
  }
}
