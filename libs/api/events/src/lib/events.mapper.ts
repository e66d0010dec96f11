import { type EventResponse, type SpeakerInput, toLondonIso } from '@epm/shared/contracts';
import type { EventEntity } from './events.entities';

const orNull = (date: Date | null) => (date ? toLondonIso(date) : null);

/**
 * Database row to API response. The joining link is included only for those
 * allowed to see it (organisers of the event now; confirmed registrants later).
 */
export function mapEvent(event: EventEntity, options: { showJoiningUrl: boolean }): EventResponse {
  const speakers = JSON.parse(event.speakers) as SpeakerInput[];
  return {
    id: event.id,
    programmeId: event.programmeId,
    title: event.title,
    summary: event.summary,
    description: event.description,
    type: event.type,
    format: event.format,
    status: event.status,
    cancellationReason: event.cancellationReason,
    venue:
      event.venueName && event.venueAddress && event.venuePostcode
        ? {
            name: event.venueName,
            address: event.venueAddress,
            postcode: event.venuePostcode,
            accessInformation: event.accessInformation ?? '',
          }
        : null,
    joiningUrl: options.showJoiningUrl ? event.joiningUrl : null,
    startsAt: toLondonIso(event.startsAt),
    endsAt: toLondonIso(event.endsAt),
    capacity: event.capacity,
    registrationOpensAt: orNull(event.registrationOpensAt),
    registrationClosesAt: orNull(event.registrationClosesAt),
    approvalRequired: event.approvalRequired,
    audience: event.audience,
    leadOrganisation: {
      code: event.leadOrganisation?.code ?? '',
      name: event.leadOrganisation?.name ?? '',
    },
    partnerOrganisation: event.partnerOrganisation
      ? { code: event.partnerOrganisation.code, name: event.partnerOrganisation.name }
      : null,
    tags: (event.tags ?? []).map((tag) => tag.termCode).sort(),
    objectiveIds: (event.objectiveLinks ?? []).map((link) => link.objectiveId).sort((a, b) => a - b),
    speakers: speakers.map((speaker) => ({
      name: speaker.name,
      role: speaker.role ?? '',
      organisation: speaker.organisation ?? '',
    })),
    consultation:
      event.consultationQuestions && event.consultationClosesAt
        ? {
            questions: JSON.parse(event.consultationQuestions) as string[],
            responsesCloseAt: toLondonIso(event.consultationClosesAt),
          }
        : null,
    sequence: event.sequence,
    seriesId: event.seriesId,
    updatedAt: event.updatedAt.toISOString(),
  };
}
