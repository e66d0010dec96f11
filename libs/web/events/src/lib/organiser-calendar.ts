import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { UkTimePipe } from '@epm/web/ui';
import { STATUS_LABELS } from './labels';
import { type CalendarMonth, WEEKDAYS } from './month-calendar';

/**
 * One month of the organiser's events as a calendar table: weekday columns
 * from Monday, a cell per day with its events (UK time, title, status).
 * Seven columns do not fit a phone, so the table scrolls sideways inside a
 * labelled region that takes keyboard focus (WCAG 1.4.10 lets data tables
 * scroll in two dimensions); the list view is the narrow-screen alternative.
 */
@Component({
  selector: 'epm-organiser-calendar',
  imports: [RouterLink, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Keeps the spaces between the spans and links, as the GOV.UK markup has them, so that the parts of a link
  // name ("Next month: November 2025") and of a day's entry do not run together for screen readers.
  preserveWhitespaces: true,
  template: `
    <nav class="govuk-pagination govuk-pagination--block" aria-label="Months" data-testid="calendar-months">
      <div class="govuk-pagination__prev">
        <a
          class="govuk-link govuk-pagination__link"
          [routerLink]="[]"
          [queryParams]="{ month: calendar().previous.month }"
          queryParamsHandling="merge"
          rel="prev"
        >
          <svg
            class="govuk-pagination__icon govuk-pagination__icon--prev"
            xmlns="http://www.w3.org/2000/svg"
            height="13"
            width="15"
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 15 13"
          >
            <path
              d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"
            ></path>
          </svg>
          <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> month:</span></span>
          <span class="govuk-pagination__link-label">{{ calendar().previous.label }}</span>
        </a>
      </div>
      <div class="govuk-pagination__next">
        <a
          class="govuk-link govuk-pagination__link"
          [routerLink]="[]"
          [queryParams]="{ month: calendar().next.month }"
          queryParamsHandling="merge"
          rel="next"
        >
          <svg
            class="govuk-pagination__icon govuk-pagination__icon--next"
            xmlns="http://www.w3.org/2000/svg"
            height="13"
            width="15"
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 15 13"
          >
            <path
              d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"
            ></path>
          </svg>
          <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> month:</span></span>
          <span class="govuk-pagination__link-label">{{ calendar().next.label }}</span>
        </a>
      </div>
    </nav>
    <div class="epm-calendar" role="region" aria-labelledby="calendar-caption" tabindex="0">
      <table class="govuk-table epm-calendar__table" data-testid="organiser-calendar">
        <caption class="govuk-table__caption govuk-table__caption--m" id="calendar-caption">
          {{
            calendar().label
          }}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            @for (weekday of weekdays; track weekday.short) {
              <th scope="col" class="govuk-table__header">
                <span aria-hidden="true">{{ weekday.short }}</span>
                <span class="govuk-visually-hidden">{{ weekday.long }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (week of calendar().weeks; track $index) {
            <tr class="govuk-table__row">
              @for (day of week; track $index) {
                @if (day) {
                  <td
                    class="govuk-table__cell epm-calendar__day"
                    [class.epm-calendar__day--today]="day.isToday"
                    [attr.aria-current]="day.isToday ? 'date' : null"
                    [attr.data-date]="day.date"
                  >
                    <span class="epm-calendar__date">
                      <span aria-hidden="true">{{ day.day }}</span>
                      <span class="govuk-visually-hidden">{{ day.label }}</span>
                      @if (day.isToday) {
                        <span class="epm-calendar__today" aria-hidden="true">Today</span>
                      }
                    </span>
                    @if (day.events.length > 0) {
                      <ul class="govuk-list epm-calendar__events">
                        @for (event of day.events; track event.id) {
                          <li class="epm-calendar__event">
                            <span class="epm-calendar__time">{{ event.startsAt | uk: 'time' }}</span>
                            <a class="govuk-link" [routerLink]="['/organiser/events', event.id]">{{ event.title }}</a>
                            <strong class="govuk-tag epm-calendar__status" [class]="statusLabels[event.status].tag">{{
                              statusLabels[event.status].label
                            }}</strong>
                          </li>
                        }
                      </ul>
                    }
                  </td>
                } @else {
                  <td class="govuk-table__cell epm-calendar__day epm-calendar__day--outside"></td>
                }
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class OrganiserCalendar {
  readonly calendar = input.required<CalendarMonth>();
  protected readonly weekdays = WEEKDAYS;
  protected readonly statusLabels = STATUS_LABELS;
}
