import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { EventAvailability, EventStatus } from '@epm/shared/contracts';
import { formatUk, loaded } from '@epm/web/ui/display';
import { EventsApi } from './events-api.service';

const ACTIONS: Partial<Record<EventAvailability['state'], string>> = {
  open: 'Register',
  waitlist: 'Join the waiting list',
  approval: 'Request a place',
};

/**
 * The event page's call to action: a GOV.UK start button while people can
 * register (or join the waiting list, or ask for a place), otherwise why not.
 */
@Component({
  selector: 'epm-event-registration',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (availabilityValue(); as availability) {
      <div data-testid="event-registration">
        @if (action(); as label) {
          @for (line of lines(); track $index) {
            <p class="govuk-body">{{ line }}</p>
          }
          <a
            [routerLink]="['/events', eventId(), 'register']"
            role="button"
            draggable="false"
            class="govuk-button govuk-button--start"
            data-testid="register-button"
          >
            {{ label }}
            <svg
              class="govuk-button__start-icon"
              xmlns="http://www.w3.org/2000/svg"
              width="17.5"
              height="19"
              viewBox="0 0 33 40"
              aria-hidden="true"
              focusable="false"
            >
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
          </a>
        } @else {
          <div class="govuk-inset-text" data-testid="registration-closed">{{ reason() }}</div>
        }
      </div>
    }
  `,
})
export class EventRegistration {
  readonly eventId = input.required<number>();
  readonly eventStatus = input.required<EventStatus>();
  /** When the event starts: a deadline at that moment (the default) goes without saying. */
  readonly eventStartsAt = input<string>();

  private readonly api = inject(EventsApi);
  private readonly availability = resource({
    params: () => this.eventId(),
    loader: ({ params }) => this.api.availability(params),
  });
  protected readonly availabilityValue = computed(() => loaded(this.availability));
  protected readonly action = computed(() => {
    const state = this.availabilityValue()?.state;
    return state ? (ACTIONS[state] ?? null) : null;
  });
  /** Places left, and until when, above the button. */
  protected readonly lines = computed(() => {
    const availability = this.availabilityValue();
    if (!availability) return [];
    const lines: string[] = [];
    if (availability.state === 'waitlist') {
      lines.push('This event is full. Join the waiting list and we’ll email you if a place comes up.');
    } else if (availability.placesLeft !== null) {
      lines.push(availability.placesLeft === 1 ? '1 place left.' : `${availability.placesLeft} places left.`);
    }
    if (availability.state === 'approval') {
      lines.push('The organisers confirm each place. Ask for one and we’ll email you when they have decided.');
    }
    const closes = availability.registrationClosesAt;
    if (closes && Date.parse(closes) !== Date.parse(this.eventStartsAt() ?? '')) {
      lines.push(`Registration closes on ${formatUk(closes, 'date-time')} (UK time).`);
    }
    return lines;
  });
  protected readonly reason = computed(() => {
    const availability = this.availabilityValue();
    if (!availability) return '';
    switch (availability.state) {
      case 'not-yet-open':
        return availability.registrationOpensAt
          ? `Registration opens on ${formatUk(availability.registrationOpensAt, 'date-time')} (UK time).`
          : 'Registration is not open yet.';
      case 'closed':
        return this.eventStatus() === 'completed'
          ? 'This event has taken place.'
          : 'Registration for this event has closed.';
      case 'unavailable':
        if (this.eventStatus() === 'cancelled') return 'This event has been cancelled, so registration is closed.';
        if (this.eventStatus() === 'completed') return 'This event has taken place.';
        return 'Registration is not available for this event.';
      case 'open':
      case 'waitlist':
      case 'approval':
        return '';
    }
  });
}
