import type { EventAvailability, EventStatus } from '@epm/shared/contracts';
import { formatUk } from '@epm/web/ui';

export type OpenState = 'open' | 'waitlist' | 'approval';

export function isOpen(state: EventAvailability['state']): state is OpenState {
  return state === 'open' || state === 'waitlist' || state === 'approval';
}

/** What the register button says in each state in which people can register. */
export const REGISTER_ACTION: Record<OpenState, string> = {
  open: 'Register',
  waitlist: 'Join the waiting list',
  approval: 'Request a place',
};

/** Why nobody can register now, in a sentence. */
export function closedReason(availability: EventAvailability, eventStatus: EventStatus): string {
  switch (availability.state) {
    case 'not-yet-open':
      return availability.registrationOpensAt
        ? `Registration opens on ${formatUk(availability.registrationOpensAt, 'date-time')} (UK time).`
        : 'Registration is not open yet.';
    case 'closed':
      return eventStatus === 'completed' ? 'This event has taken place.' : 'Registration for this event has closed.';
    case 'unavailable':
      if (eventStatus === 'cancelled') return 'This event has been cancelled, so registration is closed.';
      if (eventStatus === 'completed') return 'This event has taken place.';
      return 'Registration is not available for this event.';
    case 'open':
    case 'waitlist':
    case 'approval':
      return '';
  }
}
