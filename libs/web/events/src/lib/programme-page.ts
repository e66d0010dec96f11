import { LowerCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { UkTimePipe, loaded } from '@epm/web/ui/display';
import { EventsApi, ukToday } from './events-api.service';
import { FORMAT_LABELS, TYPE_LABELS } from './labels';

/**
 * The public programme: upcoming events (or past ones), filterable by type and theme, with a calendar feed.
 * The filters are a plain form read on submit, not Angular forms: the programme is the page most people arrive
 * at, and it does without @angular/forms in its download (see docs/performance.md, Front end).
 */
@Component({
  selector: 'epm-programme-page',
  imports: [RouterLink, UkTimePipe, LowerCasePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">Events programme</h1>
        <p class="govuk-body-l">
          Workshops, webinars, roundtables and consultations run by the Local Government Association and techUK under
          their digital partnership, for council officers and members, technology suppliers and everyone working to
          improve local public services.
        </p>
      </div>
    </div>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-one-third">
        <form (submit)="apply($event)" novalidate data-testid="programme-filters">
          <h2 class="govuk-heading-m">Filter events</h2>
          <div class="govuk-form-group">
            <label class="govuk-label" for="type">Type of event</label>
            <select class="govuk-select" id="type" name="type">
              <option value="">All types</option>
              @for (term of taxonomyValue()?.eventTypes ?? []; track term.code) {
                <option [value]="term.code" [selected]="term.code === type()">{{ term.label }}</option>
              }
            </select>
          </div>
          <div class="govuk-form-group">
            <label class="govuk-label" for="theme">Theme</label>
            <select class="govuk-select" id="theme" name="theme">
              <option value="">All themes</option>
              @for (term of taxonomyValue()?.themes ?? []; track term.code) {
                <option [value]="term.code" [selected]="term.code === theme()">{{ term.label }}</option>
              }
            </select>
          </div>
          <button type="submit" class="govuk-button govuk-button--secondary">Apply filters</button>
        </form>
        <h2 class="govuk-heading-s">Add the programme to your calendar</h2>
        <p class="govuk-body">
          <a class="govuk-link" [href]="feedUrl()">Subscribe to the calendar feed</a>
          in Outlook, Google or Apple Calendar: new and changed events appear by themselves.
        </p>
      </div>
      <div class="govuk-grid-column-two-thirds">
        <h2 class="govuk-heading-l" id="results-heading">
          {{ past() ? 'Past events' : 'Upcoming events' }}
        </h2>
        <p class="govuk-body">
          @if (past()) {
            <a class="govuk-link" routerLink="/" [queryParams]="{ type: type() || null, theme: theme() || null }"
              >Show upcoming events</a
            >
          } @else {
            <a
              class="govuk-link"
              routerLink="/"
              [queryParams]="{
                when: 'past',
                type: type() || null,
                theme: theme() || null,
              }"
              >Show past events</a
            >
          }
        </p>
        @if (events.error()) {
          <p class="govuk-body">The programme could not be loaded. Try again later.</p>
        } @else if (eventsValue(); as list) {
          @if (list.items.length === 0) {
            <div class="govuk-inset-text" data-testid="programme-empty">
              No events match. Try another type or theme, or come back soon: new events are added through the year.
            </div>
          } @else {
            <ul class="govuk-list" aria-labelledby="results-heading" data-testid="programme-list">
              @for (event of list.items; track event.id) {
                <li class="govuk-summary-card">
                  <div class="govuk-summary-card__title-wrapper">
                    <h3 class="govuk-summary-card__title">
                      <a class="govuk-link" [routerLink]="['/events', event.id]">{{ event.title }}</a>
                    </h3>
                  </div>
                  <div class="govuk-summary-card__content">
                    <p class="govuk-body">{{ event.summary }}</p>
                    <dl class="govuk-summary-list govuk-summary-list--no-border">
                      <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">When</dt>
                        <dd class="govuk-summary-list__value">
                          {{ event.startsAt | uk: 'range' : event.endsAt }}
                        </dd>
                      </div>
                      <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">Type</dt>
                        <dd class="govuk-summary-list__value">
                          {{ typeLabels[event.type] }},
                          {{ formatLabels[event.format] | lowercase }}
                        </dd>
                      </div>
                      <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">Run by</dt>
                        <dd class="govuk-summary-list__value">
                          {{ event.leadOrganisation.name
                          }}{{ event.partnerOrganisation ? ' with ' + event.partnerOrganisation.name : '' }}
                        </dd>
                      </div>
                    </dl>
                  </div>
                </li>
              }
            </ul>
          }
        }
      </div>
    </div>
  `,
})
export class ProgrammePage {
  readonly type = input<string>();
  readonly theme = input<string>();
  readonly when = input<string>();

  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  protected readonly typeLabels = TYPE_LABELS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly past = computed(() => this.when() === 'past');
  protected readonly taxonomy = resource({ loader: () => this.api.taxonomy() });
  protected readonly events = resource({
    params: () => ({
      type: this.type(),
      theme: this.theme(),
      past: this.past(),
    }),
    loader: ({ params }) =>
      this.api.programme({
        type: params.type,
        theme: params.theme,
        ...(params.past ? { from: '2025-04-01', to: ukToday() } : { from: ukToday() }),
      }),
  });
  protected readonly eventsValue = computed(() => loaded(this.events));
  protected readonly taxonomyValue = computed(() => loaded(this.taxonomy));
  protected readonly feedUrl = computed(() => {
    const query = new URLSearchParams();
    if (this.type()) query.set('type', this.type() ?? '');
    if (this.theme()) query.set('theme', this.theme() ?? '');
    const text = query.toString();
    return `/api/calendar.ics${text ? `?${text}` : ''}`;
  });
  protected apply(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const type = String(form.get('type') ?? '');
    const theme = String(form.get('theme') ?? '');
    void this.router.navigate(['/'], {
      queryParams: {
        type: type || null,
        theme: theme || null,
        when: this.when() || null,
      },
    });
  }
}
