import type { EventInput } from '@epm/shared/contracts';

/**
 * The rules that relate fields to each other, which per-field validation
 * cannot see. Returns messages keyed by field; empty when the event is valid.
 * `knownTags` is every taxonomy code an event may carry.
 */
export function eventRuleErrors(input: EventInput, knownTags: ReadonlySet<string>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const startsAt = Date.parse(input.startsAt);
  const endsAt = Date.parse(input.endsAt);
  if (!(endsAt > startsAt)) add('endsAt', 'The end must be after the start');
  if (endsAt - startsAt > 14 * 24 * 3_600_000) add('endsAt', 'An event can last at most 14 days');

  const opens = input.registrationOpensAt ? Date.parse(input.registrationOpensAt) : null;
  const closes = input.registrationClosesAt ? Date.parse(input.registrationClosesAt) : null;
  if (closes !== null && !(closes < endsAt))
    add('registrationClosesAt', 'Registration must close before the event ends');
  if (opens !== null && closes !== null && !(opens < closes)) {
    add('registrationOpensAt', 'Registration must open before it closes');
  }
  if (opens !== null && !(opens < endsAt)) add('registrationOpensAt', 'Registration must open before the event ends');

  if ((input.format === 'in-person' || input.format === 'hybrid') && !input.venue) {
    add('venue', 'Enter the venue for an event people attend in person');
  }
  if ((input.format === 'online' || input.format === 'hybrid') && !input.joiningUrl) {
    add('joiningUrl', 'Enter the joining link for an online event');
  }
  if (input.format === 'online' && input.venue) add('venue', 'An online event has no venue: choose hybrid instead');

  if (input.partnerOrganisation && input.partnerOrganisation === input.leadOrganisation) {
    add('partnerOrganisation', 'The partner must be the other organisation');
  }
  const unknownTags = (input.tags ?? []).filter((tag) => !knownTags.has(tag));
  if (unknownTags.length > 0) add('tags', `Unknown tags: ${unknownTags.join(', ')}`);

  if (input.type === 'consultation') {
    if (!input.consultation || input.consultation.questions.length === 0) {
      add('consultation', 'Enter the questions being consulted on');
    } else if (!(Date.parse(input.consultation.responsesCloseAt) > startsAt)) {
      add('consultation.responsesCloseAt', 'Responses must close after the consultation event starts');
    }
  } else if (input.consultation) {
    add('consultation', 'Only consultations have consultation questions');
  }
  return errors;
}
