import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ImpactReport } from '@epm/shared/contracts';
import { HowCalculated } from './how-calculated';
import { count, plural, rateText } from './report-format';

/** Registrations, unmet demand and attendance of held events, each with how it is calculated. */
@Component({
  selector: 'epm-registrations-summary',
  imports: [HowCalculated],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="govuk-summary-list" data-testid="registrations-summary">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Registrations</dt>
        <dd class="govuk-summary-list__value">
          <p class="govuk-body govuk-!-margin-bottom-1" data-testid="registrations-total">
            {{ count(report().registrations.total) }}: {{ count(report().registrations.confirmed) }} confirmed,
            {{ count(report().registrations.cancelled) }} cancelled, {{ count(report().registrations.pending) }}
            awaiting approval
          </p>
          <epm-how-calculated metric="registrations" />
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Unmet demand</dt>
        <dd class="govuk-summary-list__value">
          <p class="govuk-body govuk-!-margin-bottom-1" data-testid="registrations-waitlisted">
            {{ plural(report().registrations.waitlisted, 'person', 'people') }} still on a waiting list when the event
            ran
          </p>
          <epm-how-calculated metric="waitlisted" />
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Attended</dt>
        <dd class="govuk-summary-list__value">
          <p class="govuk-body govuk-!-margin-bottom-1" data-testid="attendance-attended">
            {{ count(report().attendance.attended) }}
          </p>
          <epm-how-calculated metric="attended" />
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">No-shows</dt>
        <dd class="govuk-summary-list__value">
          <p class="govuk-body govuk-!-margin-bottom-1" data-testid="attendance-no-shows">
            {{ count(report().attendance.noShows) }}
          </p>
          <epm-how-calculated metric="noShows" />
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Attendance rate</dt>
        <dd class="govuk-summary-list__value">
          <p class="govuk-body govuk-!-margin-bottom-1" data-testid="attendance-rate">
            {{ rateText(report().attendance.rate) }}
          </p>
          <epm-how-calculated metric="attendanceRate" />
        </dd>
      </div>
    </dl>
  `,
})
export class RegistrationsSummary {
  readonly report = input.required<ImpactReport>();
  protected readonly count = count;
  protected readonly plural = plural;
  protected readonly rateText = rateText;
}

/** People and organisations reached, and the SME share of suppliers, each with how it is calculated. */
@Component({
  selector: 'epm-reach-summary',
  imports: [HowCalculated],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="govuk-summary-list" data-testid="reach-summary">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">People</dt>
        <dd class="govuk-summary-list__value">
          <p class="govuk-body govuk-!-margin-bottom-1">{{ count(report().reach.people) }}</p>
          <epm-how-calculated metric="people" />
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Organisations</dt>
        <dd class="govuk-summary-list__value">
          <p class="govuk-body govuk-!-margin-bottom-1">{{ count(report().reach.organisations) }}</p>
          <epm-how-calculated metric="organisations" />
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">SME share of suppliers</dt>
        <dd class="govuk-summary-list__value">
          <p class="govuk-body govuk-!-margin-bottom-1" data-testid="sme-share">
            {{ rateText(report().reach.suppliers.smeShare) }}
          </p>
          <epm-how-calculated metric="smeShare" />
        </dd>
      </div>
    </dl>
  `,
})
export class ReachSummary {
  readonly report = input.required<ImpactReport>();
  protected readonly count = count;
  protected readonly rateText = rateText;
}
