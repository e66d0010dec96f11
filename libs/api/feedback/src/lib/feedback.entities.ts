import type { ActedOnIt, FeedbackSource, FeedbackSurvey, IntentToAct } from '@epm/shared/contracts';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** An event's feedback form, once an organiser has changed it from the default for its type. */
@Entity('feedback_forms')
export class FeedbackFormEntity {
  @PrimaryColumn({ name: 'event_id', type: 'int' })
  eventId!: number;

  /** FeedbackFormSettings as JSON. */
  @Column({ type: 'text' })
  settings!: string;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}

/** What someone was sent about feedback. One of each kind per registration, ever: the unique key says so. */
export type FeedbackRequestKind = 'request' | 'reminder' | 'no-show' | 'follow-up';

/**
 * Who was asked, and when. The unique key on (registration, kind) makes
 * every message go at most once, whichever scheduler or organiser asks;
 * the request's time also starts its person's 30 days to answer.
 */
@Entity('feedback_requests')
@Index('uq_feedback_requests_registration_kind', ['registrationId', 'kind'], { unique: true })
@Index('idx_feedback_requests_event', ['eventId'])
export class FeedbackRequestEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'registration_id', type: 'int' })
  registrationId!: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: FeedbackRequestKind;

  @Column({ name: 'requested_at', type: 'datetime' })
  requestedAt!: Date;
}

/**
 * Feedback links. Like manage links, each message mints its own and only the
 * SHA-256 of the 256-bit token is kept.
 */
@Entity('feedback_links')
@Index('idx_feedback_links_registration', ['registrationId'])
export class FeedbackLinkEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'registration_id', type: 'int' })
  registrationId!: number;

  @Column({ type: 'varchar', length: 16 })
  survey!: FeedbackSurvey;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/**
 * One person's answers to one survey. On erasure the link to the
 * registration and every free-text answer go; the scales and choices stay,
 * anonymous, so the averages and the response rate stay true.
 */
@Entity('feedback_responses')
@Index('uq_feedback_responses_registration_survey', ['registrationId', 'survey'], { unique: true })
@Index('idx_feedback_responses_event', ['eventId', 'survey'])
export class FeedbackResponseEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId!: number;

  /** Null once the person's data is erased. */
  @Column({ name: 'registration_id', type: 'int', nullable: true })
  registrationId!: number | null;

  @Column({ type: 'varchar', length: 16 })
  survey!: FeedbackSurvey;

  @Column({ type: 'varchar', length: 16 })
  source!: FeedbackSource;

  @Column({ type: 'int', nullable: true })
  satisfaction!: number | null;

  @Column({ type: 'int', nullable: true })
  usefulness!: number | null;

  @Column({ type: 'int', nullable: true })
  recommend!: number | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  intent!: IntentToAct | null;

  @Column({ name: 'intent_detail', type: 'text', nullable: true })
  intentDetail!: string | null;

  /** JSON array of theme codes. */
  @Column({ type: 'text', nullable: true })
  themes!: string | null;

  @Column({ type: 'text', nullable: true })
  comments!: string | null;

  @Column({ name: 'quote_consent', type: 'boolean' })
  quoteConsent!: boolean;

  /** JSON array of { id, answer } for the organisers' own questions. */
  @Column({ name: 'extra_answers', type: 'text', nullable: true })
  extraAnswers!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  acted!: ActedOnIt | null;

  @Column({ name: 'acted_detail', type: 'text', nullable: true })
  actedDetail!: string | null;

  @Column({ name: 'submitted_at', type: 'datetime' })
  submittedAt!: Date;

  @Column({ name: 'erased_at', type: 'datetime', nullable: true })
  erasedAt!: Date | null;
}

/**
 * An answer to one of a consultation's questions, given on its feedback
 * form: kept as a consultation response in its own right, with the question
 * as it was asked.
 */
@Entity('consultation_responses')
@Index('idx_consultation_responses_event', ['eventId', 'questionIndex'])
@Index('idx_consultation_responses_response', ['feedbackResponseId'])
export class ConsultationResponseEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId!: number;

  @Column({ name: 'feedback_response_id', type: 'int' })
  feedbackResponseId!: number;

  @Column({ name: 'question_index', type: 'int' })
  questionIndex!: number;

  @Column({ type: 'varchar', length: 1000 })
  question!: string;

  @Column({ type: 'text' })
  answer!: string;

  @Column({ name: 'submitted_at', type: 'datetime' })
  submittedAt!: Date;
}
