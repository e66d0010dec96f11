import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Markdown, PageTitle, UkTimePipe, loaded } from '@epm/web/ui/display';
import { EventRegistration } from './event-registration';
import { EventsApi } from './events-api.service';
import { AUDIENCE_LABELS, FORMAT_LABELS, TYPE_LABELS } from './labels';

/** Everything an attendee needs about one event, readable without signing in. */
@Component({
  selector: 'epm-event-page',
  imports: [RouterLink, Markdown, UkTimePipe, EventRegistration],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/">Back to the programme</a>
    @if (event.error()) {
      <h1 class="govuk-heading-l">Event not found</h1>
      <p class="govuk-body">The event may have been removed, or the address may be wrong.</p>
      <p class="govuk-body">
        <a class="govuk-link" routerLink="/">See the events programme</a>
      </p>
    } @else if (eventValue(); as item) {
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          @if (item.status === 'cancelled') {
            <div
              class="govuk-notification-banner"
              role="region"
              aria-labelledby="cancelled-title"
              data-testid="cancelled-banner"
            >
              <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id="cancelled-title">Important</h2>
              </div>
              <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">This event has been cancelled.</p>
                @if (item.cancellationReason) {
                  <p class="govuk-body">{{ item.cancellationReason }}</p>
                }
              </div>
            </div>
          }
          <span class="govuk-caption-l">{{ typeLabels[item.type] }}</span>
          <h1 class="govuk-heading-xl">{{ item.title }}</h1>
          <p class="govuk-body-l">{{ item.summary }}</p>
          <dl class="govuk-summary-list" data-testid="event-facts">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">When (UK time)</dt>
              <dd class="govuk-summary-list__value" data-testid="event-when">
                {{ item.startsAt | uk: 'range' : item.endsAt }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Where</dt>
              <dd class="govuk-summary-list__value">
                @if (item.venue; as venue) {
                  {{ venue.name }}<br />{{ venue.address }}<br />{{ venue.postcode }}
                  @if (item.format === 'hybrid') {
                    <br />or online: the joining link is sent to registered attendees
                  }
                } @else {
                  Online: the joining link is sent to registered attendees
                }
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Format</dt>
              <dd class="govuk-summary-list__value">
                {{ formatLabels[item.format] }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Who it is for</dt>
              <dd class="govuk-summary-list__value">
                {{ audienceLabels[item.audience] }}
              </dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Run by</dt>
              <dd class="govuk-summary-list__value">
                {{ item.leadOrganisation.name
                }}{{ item.partnerOrganisation ? ' with ' + item.partnerOrganisation.name : '' }}
              </dd>
            </div>
            @if (item.capacity) {
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Places</dt>
                <dd class="govuk-summary-list__value">
                  {{ item.capacity }}{{ item.approvalRequired ? ', by invitation: organisers confirm each place' : '' }}
                </dd>
              </div>
            }
          </dl>
          <epm-event-registration [eventId]="item.id" [eventStatus]="item.status" [eventStartsAt]="item.startsAt" />
          @if (item.venue?.accessInformation; as access) {
            <h2 class="govuk-heading-m">Accessibility</h2>
            <p class="govuk-body">{{ access }}</p>
          }
          @if (item.description) {
            <h2 class="govuk-heading-m">About this event</h2>
            <epm-markdown [text]="item.description" [headingLevel]="3" data-testid="event-description" />
          }
          @if (item.speakers.length > 0) {
            <h2 class="govuk-heading-m">Speakers</h2>
            <ul class="govuk-list">
              @for (speaker of item.speakers; track $index) {
                <li>
                  <strong>{{ speaker.name }}</strong
                  >{{ speaker.role ? ', ' + speaker.role : ''
                  }}{{ speaker.organisation ? ', ' + speaker.organisation : '' }}
                </li>
              }
            </ul>
          }
          @if (item.consultation; as consultation) {
            <h2 class="govuk-heading-m">What we are consulting on</h2>
            <ol class="govuk-list govuk-list--number">
              @for (question of consultation.questions; track $index) {
                <li>{{ question }}</li>
              }
            </ol>
            <p class="govuk-body">
              Responses close
              {{ consultation.responsesCloseAt | uk: 'date-time' }}.
            </p>
          }
          @if (item.status !== 'cancelled') {
            <h2 class="govuk-heading-m">Add to your calendar</h2>
            <p class="govuk-body">
              <a class="govuk-link" [href]="'/api/events/' + item.id + '/event.ics'" download
                >Download a calendar file for this event</a
              >
              (works with Outlook, Google and Apple calendars).
            </p>
          }
        </div>
      </div>
    }
  `,
})
export class EventPage {
  readonly id = input.required<string>();
  private readonly api = inject(EventsApi);
  private readonly title = inject(PageTitle);
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly audienceLabels = AUDIENCE_LABELS;
  protected readonly event = resource({
    params: () => Number(this.id()),
    loader: async ({ params }) => {
      const event = await this.api.event(params);
      this.title.set(event.title);
      return event;
    },
  });
  protected readonly eventValue = computed(() => loaded(this.event));
}
