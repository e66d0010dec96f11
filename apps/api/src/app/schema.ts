import { AttendanceRecordEntity, CheckInCodeEntity } from '@epm/api/attendance';
import { AuditEventEntity } from '@epm/api/audit';
import {
  EventEntity,
  EventObjectiveEntity,
  EventSeriesEntity,
  EventTagEntity,
  ObjectiveEntity,
  ProgrammeEntity,
} from '@epm/api/events';
import {
  ConsultationResponseEntity,
  FeedbackFormEntity,
  FeedbackLinkEntity,
  FeedbackRequestEntity,
  FeedbackResponseEntity,
} from '@epm/api/feedback';
import { SessionEntity, UserEntity } from '@epm/api/identity';
import { OutboxMessageEntity } from '@epm/api/notifications';
import { OutcomeEntity, OutcomeEventEntity, OutcomeObjectiveEntity } from '@epm/api/outcomes';
import { RateLimitEntity, type SchemaDefinition } from '@epm/api/platform';
import { CouncilEntity, OrganisationEntity, TaxonomyTermEntity } from '@epm/api/reference';
import { IdempotencyKeyEntity, RegistrationEntity, RegistrationLinkEntity } from '@epm/api/registrations';
import { ReferenceData1795400000000 } from '../migrations/1795400000000-reference-data';
import { IdentityAndAudit1795470000000 } from '../migrations/1795470000000-identity-and-audit';
import { ProgrammeAndEvents1795480000000 } from '../migrations/1795480000000-programme-and-events';
import { EventSeries1795490000000 } from '../migrations/1795490000000-event-series';
import { RegistrationsAndOutbox1795500000000 } from '../migrations/1795500000000-registrations-and-outbox';
import { Attendance1795510000000 } from '../migrations/1795510000000-attendance';
import { Outcomes1795520000000 } from '../migrations/1795520000000-outcomes';
import { Feedback1795530000000 } from '../migrations/1795530000000-feedback';
import { PersonPseudonyms1795540000000 } from '../migrations/1795540000000-person-pseudonyms';

/**
 * Every entity and every migration, in order. Migrations are only ever
 * appended: a landed migration is never edited (schema.spec.ts checks the order).
 */
export const SCHEMA: SchemaDefinition = {
  entities: [
    OrganisationEntity,
    CouncilEntity,
    TaxonomyTermEntity,
    RateLimitEntity,
    AuditEventEntity,
    UserEntity,
    SessionEntity,
    ProgrammeEntity,
    ObjectiveEntity,
    EventEntity,
    EventTagEntity,
    EventObjectiveEntity,
    EventSeriesEntity,
    RegistrationEntity,
    RegistrationLinkEntity,
    IdempotencyKeyEntity,
    OutboxMessageEntity,
    AttendanceRecordEntity,
    CheckInCodeEntity,
    OutcomeEntity,
    OutcomeEventEntity,
    OutcomeObjectiveEntity,
    FeedbackFormEntity,
    FeedbackRequestEntity,
    FeedbackLinkEntity,
    FeedbackResponseEntity,
    ConsultationResponseEntity,
  ],
  migrations: [
    ReferenceData1795400000000,
    IdentityAndAudit1795470000000,
    ProgrammeAndEvents1795480000000,
    EventSeries1795490000000,
    RegistrationsAndOutbox1795500000000,
    Attendance1795510000000,
    Outcomes1795520000000,
    Feedback1795530000000,
    PersonPseudonyms1795540000000,
  ],
};
