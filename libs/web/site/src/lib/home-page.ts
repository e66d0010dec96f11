import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The public programme. Events arrive with the programme capability; until then it says so plainly. */
@Component({
  selector: 'epm-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">Events programme</h1>
        <p class="govuk-body-l">
          Workshops, webinars, roundtables and consultations run by the Local Government Association and techUK
          under their digital partnership, for council officers and members, technology suppliers and everyone
          working to improve local public services.
        </p>
        <h2 class="govuk-heading-m">Upcoming events</h2>
        <div class="govuk-inset-text" data-testid="programme-empty">
          No events have been published yet. Published events will be listed here.
        </div>
      </div>
    </div>
  `,
})
export class HomePage {}
