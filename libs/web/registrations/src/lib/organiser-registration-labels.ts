import {
  ORGANISATION_TYPE_LABELS,
  type OutboxStatus,
  type RegistrationCounts,
  type RegistrationResponse,
  type RegistrationStatus,
} from '@epm/shared/contracts';

/** How organisers see each status: a GOV.UK tag and its colour. */
export const ORGANISER_STATUS_LABELS: Record<RegistrationStatus, { label: string; plural: string; tag: string }> = {
  confirmed: { label: 'Confirmed', plural: 'Confirmed', tag: 'govuk-tag--green' },
  waitlisted: { label: 'Waitlisted', plural: 'On the waitlist', tag: 'govuk-tag--yellow' },
  pending: { label: 'Awaiting approval', plural: 'Awaiting approval', tag: 'govuk-tag--blue' },
  declined: { label: 'Declined', plural: 'Declined', tag: 'govuk-tag--orange' },
  cancelled: { label: 'Cancelled', plural: 'Cancelled', tag: 'govuk-tag--grey' },
};

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, { label: string; tag: string }> = {
  queued: { label: 'Queued', tag: 'govuk-tag--blue' },
  sending: { label: 'Sending', tag: 'govuk-tag--yellow' },
  sent: { label: 'Sent', tag: 'govuk-tag--green' },
  failed: { label: 'Failed', tag: 'govuk-tag--red' },
};

export type RegistrationAction = 'approve' | 'decline' | 'promote' | 'cancel';

/** What an organiser can do with a registration in each status, in the order the buttons appear. */
export function actionsFor(status: RegistrationStatus): RegistrationAction[] {
  switch (status) {
    case 'pending':
      return ['approve', 'decline', 'cancel'];
    case 'waitlisted':
      return ['promote', 'cancel'];
    case 'confirmed':
      return ['cancel'];
    case 'declined':
    case 'cancelled':
      return [];
  }
}

/** Where someone works, as two lines: the council or organisation, then its kind ("Technology supplier, SME"). */
export function organisationOf(registration: RegistrationResponse): { name: string; kind: string } {
  const type = ORGANISATION_TYPE_LABELS[registration.organisationType];
  if (registration.organisationType === 'council') {
    return { name: registration.council?.name ?? 'Council not recorded', kind: type };
  }
  const size =
    registration.organisationType === 'supplier' && registration.supplierSize
      ? registration.supplierSize === 'sme'
        ? ', SME'
        : ', large'
      : '';
  return { name: registration.organisationName ?? '', kind: `${type}${size}` };
}

/** Which needs someone told us about (the details are in the CSV), or an empty list. */
export function needsOf(registration: Pick<RegistrationResponse, 'accessibilityNeeds' | 'dietaryNeeds'>): string[] {
  const needs: string[] = [];
  if (registration.accessibilityNeeds?.trim()) needs.push('Accessibility');
  if (registration.dietaryNeeds?.trim()) needs.push('Dietary');
  return needs;
}

/** "2 of 40 places confirmed", or "12 confirmed (unlimited places)". */
export function confirmedOfCapacity(counts: Pick<RegistrationCounts, 'capacity' | 'confirmed'>): string {
  if (counts.capacity === null) return `${counts.confirmed} confirmed (unlimited places)`;
  const full = counts.confirmed >= counts.capacity ? ': full' : '';
  return `${counts.confirmed} of ${counts.capacity} places confirmed${full}`;
}

/** How many people a message to these statuses reaches. */
export function recipientCount(counts: RegistrationCounts, statuses: readonly RegistrationStatus[]): number {
  return [...new Set(statuses)].reduce((total, status) => total + counts[status], 0);
}

/** "1 person" or "3 people". */
export function people(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

const KIND_LABELS: Record<string, string> = {
  confirmation: 'Confirmation, with calendar invite',
  waitlisted: 'On the waitlist',
  promoted: 'Off the waitlist: a place',
  'request-received': 'Request received',
  declined: 'Request declined',
  'event-updated': 'Event updated',
  'event-rescheduled': 'Event rescheduled',
  'event-cancelled': 'Event cancelled',
  reminder: 'Reminder',
  'registration-cancelled': 'Registration cancelled',
  'organiser-message': 'Message from the organisers',
};

/** What kind of message it is, in words; a kind this page does not know yet is shown as its name. */
export function kindLabel(kind: string): string {
  const known = KIND_LABELS[kind];
  if (known) return known;
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What the calendar attachment does to the attendee's calendar. */
export function inviteLabel(method: string | null): string {
  switch (method?.toUpperCase()) {
    case undefined:
      return 'None';
    case 'REQUEST':
      return 'Calendar invite (REQUEST): adds or updates the entry';
    case 'CANCEL':
      return 'Calendar cancellation (CANCEL): removes the entry';
    default:
      return `Calendar attachment (${method})`;
  }
}
