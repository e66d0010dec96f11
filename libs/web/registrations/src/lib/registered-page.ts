import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  resource,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { loaded, PageTitle } from '@epm/web/ui';
import { RegistrationsApi } from './registrations-api.service';

type Outcome = 'confirmed' | 'waitlisted' | 'pending' | 'already-registered';

/**
 * After registering: what happened and what happens next. The status comes
 * in the address (nothing personal), so the page survives a reload.
 */
@Component({
  selector: 'epm-registered-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <div class="govuk-panel govuk-panel--confirmation" tabindex="-1" #panel data-testid="registered-panel">
          <h1 class="govuk-panel__title">{{ heading() }}</h1>
          @if (eventTitle(); as title) {
            <div class="govuk-panel__body">for {{ title }}</div>
          }
        </div>
        <h2 class="govuk-heading-m">What happens next</h2>
        @switch (outcome()) {
          @case ('confirmed') {
            <p class="govuk-body">You have a place.</p>
            <p class="govuk-body">
              We’ve sent you an email with a calendar invite and a link to change or cancel your registration. Keep it:
              you need the link to make changes.
            </p>
            @if (eventFormat() === 'in-person') {
              <p class="govuk-body">We’ll send you a reminder before the event.</p>
            } @else if (eventFormat()) {
              <p class="govuk-body">
                The joining link is in the email, and on the page its link opens. We’ll also send you a reminder with
                the joining link before the event.
              </p>
            }
          }
          @case ('waitlisted') {
            <p class="govuk-body">
              The event is full. When a place comes up, it goes to the next person on the waiting list and we email them
              straight away.
            </p>
            <p class="govuk-body">
              We’ve sent you an email with a link to change or cancel your registration, or to leave the waiting list.
            </p>
          }
          @case ('pending') {
            <p class="govuk-body">
              The organisers confirm each place at this event. We’ll email you when they have decided.
            </p>
            <p class="govuk-body">We’ve sent you an email with a link to change or cancel your request.</p>
          }
          @default {
            <p class="govuk-body">
              This email address is already registered for this event. We’ve sent the registration details to it again,
              with a link to change or cancel.
            </p>
          }
        }
        <p class="govuk-body">If the email has not arrived within a few minutes, check your junk or spam folder.</p>
        <p class="govuk-body">
          <a class="govuk-link" [routerLink]="['/events', id()]">Back to the event</a> or
          <a class="govuk-link" routerLink="/">see other events in the programme</a>.
        </p>
      </div>
    </div>
  `,
})
export class RegisteredPage {
  readonly id = input.required<string>();
  /** The API's answer: confirmed, waitlisted, pending or already-registered. */
  readonly status = input<string>();
  /** Place on the waiting list, for waitlisted. */
  readonly position = input<string>();

  private readonly api = inject(RegistrationsApi);
  private readonly title = inject(PageTitle);
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');

  protected readonly outcome = computed<Outcome>(() => {
    const status = this.status();
    return status === 'confirmed' || status === 'waitlisted' || status === 'pending' ? status : 'already-registered';
  });
  protected readonly heading = computed(() => {
    switch (this.outcome()) {
      case 'confirmed':
        return 'Registration confirmed';
      case 'waitlisted': {
        const position = Number(this.position());
        return Number.isInteger(position) && position > 0
          ? `You’re on the waiting list (position ${position})`
          : 'You’re on the waiting list';
      }
      case 'pending':
        return 'Request received';
      case 'already-registered':
        return 'Check your email';
    }
  });
  private readonly event = resource({
    params: () => Number(this.id()),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly eventTitle = computed(() => loaded(this.event)?.title);
  protected readonly eventFormat = computed(() => loaded(this.event)?.format);

  constructor() {
    // The page's news is the panel: start reading there (after the shell has moved focus to the main content).
    afterNextRender({
      read: () => {
        this.title.set(this.heading());
        this.panel().nativeElement.focus();
      },
    });
  }
}
