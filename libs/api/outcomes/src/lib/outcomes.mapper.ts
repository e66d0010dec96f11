import { type OutcomeOwner, type OutcomeResponse, toLondonIso } from '@epm/shared/contracts';
import type { OutcomeEntity } from './outcomes.entities';

/** The owner as the API gives it: a partner's code and name, or `other` and the name entered. */
export function ownerOf(outcome: OutcomeEntity): { ownerOrganisation: OutcomeOwner; ownerName: string } {
  const partner = outcome.ownerOrganisation;
  return partner
    ? { ownerOrganisation: partner.code as OutcomeOwner, ownerName: partner.name }
    : { ownerOrganisation: 'other', ownerName: outcome.ownerName ?? '' };
}

/** Database row (with its owner, events and objectives loaded) to API response. */
export function mapOutcome(outcome: OutcomeEntity): OutcomeResponse {
  const events = (outcome.eventLinks ?? [])
    .flatMap((link) => (link.event ? [link.event] : []))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id);
  const objectives = (outcome.objectiveLinks ?? [])
    .flatMap((link) => (link.objective ? [link.objective] : []))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  return {
    id: outcome.id,
    programmeId: outcome.programmeId,
    kind: outcome.kind,
    title: outcome.title,
    description: outcome.description,
    ...ownerOf(outcome),
    date: outcome.date,
    status: outcome.status,
    link: outcome.link,
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      type: event.type,
      startsAt: toLondonIso(event.startsAt),
    })),
    objectives: objectives.map((objective) => ({ id: objective.id, title: objective.title })),
    createdAt: outcome.createdAt.toISOString(),
    updatedAt: outcome.updatedAt.toISOString(),
  };
}
