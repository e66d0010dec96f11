import type { EventEntity } from '@epm/api/events';
import { type ManagedRegistration, type RegistrationResponse, toLondonIso } from '@epm/shared/contracts';
import type { RegistrationEntity } from './registrations.entities';

function council(row: RegistrationEntity, councils: Map<string, string>): { gssCode: string; name: string } | null {
  return row.councilCode ? { gssCode: row.councilCode, name: councils.get(row.councilCode) ?? row.councilCode } : null;
}

/** A registration for organisers of its event. */
export function mapRegistration(
  row: RegistrationEntity,
  waitlistPosition: number | null,
  councils: Map<string, string>,
): RegistrationResponse {
  return {
    id: row.id,
    eventId: row.eventId,
    status: row.status,
    waitlistPosition,
    name: row.name ?? '',
    email: row.email ?? '',
    organisationType: row.organisationType,
    council: council(row, councils),
    organisationName: row.organisationName,
    supplierSize: row.supplierSize,
    jobTitle: row.jobTitle ?? '',
    accessibilityNeeds: row.accessibilityNeeds,
    dietaryNeeds: row.dietaryNeeds,
    consentFollowUp: row.consentFollowUp,
    consentFutureEvents: row.consentFutureEvents,
    source: row.source,
    decisionMessage: row.decisionMessage,
    cancellationReason: row.cancellationReason,
    createdAt: toLondonIso(row.createdAt),
  };
}

/** A registration for its owner, with what they need to attend: the joining link only once confirmed. */
export function mapManagedRegistration(
  row: RegistrationEntity,
  event: EventEntity,
  waitlistPosition: number | null,
  councils: Map<string, string>,
): ManagedRegistration {
  return {
    status: row.status,
    waitlistPosition,
    name: row.name ?? '',
    email: row.email ?? '',
    organisationType: row.organisationType,
    council: council(row, councils),
    organisationName: row.organisationName,
    supplierSize: row.supplierSize,
    jobTitle: row.jobTitle ?? '',
    accessibilityNeeds: row.accessibilityNeeds,
    dietaryNeeds: row.dietaryNeeds,
    consentFollowUp: row.consentFollowUp,
    consentFutureEvents: row.consentFutureEvents,
    event: {
      id: event.id,
      title: event.title,
      status: event.status,
      format: event.format,
      startsAt: toLondonIso(event.startsAt),
      endsAt: toLondonIso(event.endsAt),
      venue:
        event.venueName && event.venueAddress && event.venuePostcode
          ? {
              name: event.venueName,
              address: event.venueAddress,
              postcode: event.venuePostcode,
              accessInformation: event.accessInformation ?? '',
            }
          : null,
      joiningUrl: row.status === 'confirmed' && event.status !== 'cancelled' ? event.joiningUrl : null,
    },
  };
}
