import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  resource,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FeedbackRequestsResult, NpsSummary, ScaleSummary } from '@epm/shared/contracts';
import { ErrorSummary, FormSubmission, loaded, SuccessBanner, UkTimePipe } from '@epm/web/ui';
import { exportUrl, FeedbackApi } from './feedback-api.service';
import { type BarRow, FeedbackBars } from './feedback-bars';
import { percent } from './feedback-form-model';

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/** "Feedback requests went to 12 people; 3 who did not come got the message for them." */
export function requestsSentText(result: FeedbackRequestsResult): string {
  const parts = [
    result.requested
      ? `Feedback requests are on their way to ${people(result.requested)}`
      : 'Nobody new to ask: everyone who came has been asked or has answered',
  ];
  if (result.noShowMessages) parts.push(`${people(result.noShowMessages)} who did not come get their message`);
  return `${parts.join('; ')}.`;
}

export function npsText(nps: NpsSummary): string {
  if (nps.score === null) return 'No answers yet.';
  const sign = nps.score > 0 ? '+' : '';
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `Net Promoter Score ${sign}${nps.score}: ${count(nps.promoters, 'promoter', 'promoters')} (9 or 10), ${count(nps.passives, 'passive', 'passives')} (7 or 8) and ${count(nps.detractors, 'detractor', 'detractors')} (0 to 6), from ${count(nps.answered, 'answer', 'answers')}.`;
}

/**
 * One event's feedback for its organisers: how many answered, the scores and
 * their spread as tables with bars, intent to act, themes wanted, comments
 * (with who wrote them and whether they may be quoted), the follow-up survey,
 * and the actions: send requests now, change the form, import, download.
 */
@Component({
  selector: 'epm-feedback-results-page',
  imports: [NgTemplateOutlet, RouterLink, ErrorSummary, SuccessBanner, UkTimePipe, FeedbackBars],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="['/organiser/events', eventId()]">Back to the event</a>
    <epm-error-summary [errors]="submission.errors().summary" />
    @if (results.error()) {
      <h1 class="govuk-heading-l">Feedback not found</h1>
      <p class="govuk-body">The event does not exist, or it is not one of your organisation's events.</p>
    } @else if (resultsValue(); as item) {
      <div id="results-top" tabindex="-1">
        @if (notice(); as message) {
          <epm-success-banner [message]="message" testId="notice" />
        }
      </div>
      <span class="govuk-caption-l">{{ item.eventTitle }}</span>
      <h1 class="govuk-heading-l">Feedback</h1>

      @if (confirming()) {
        <div class="govuk-inset-text" data-testid="confirm-requests">
          <h2 class="govuk-heading-m" id="confirm-heading" tabindex="-1">Send feedback requests now?</h2>
          <p class="govuk-body">
            Everyone recorded as attending who has not been asked or has not answered gets an email with their own link
            to the form, open for 30 days. Nobody is asked twice.
          </p>
          <div class="govuk-button-group">
            <button type="button" class="govuk-button" [disabled]="submission.busy()" (click)="sendRequests()">
              Send the requests
            </button>
            <button type="button" class="govuk-button govuk-button--secondary" (click)="confirming.set(false)">
              No, go back
            </button>
          </div>
        </div>
      }

      <dl class="govuk-summary-list" data-testid="feedback-summary">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Response rate</dt>
          <dd class="govuk-summary-list__value" data-testid="response-rate">
            {{ percent(item.responseRate) }}: {{ item.responses }} of {{ item.attended }} who came answered
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Requests sent</dt>
          <dd class="govuk-summary-list__value" data-testid="requests-sent">
            {{ item.requested }}, and {{ item.reminded }} {{ item.reminded === 1 ? 'reminder' : 'reminders' }}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">People who did not come</dt>
          <dd class="govuk-summary-list__value">
            {{ item.noShows }} recorded; {{ item.noShowMessages }} sent the message for them
          </dd>
        </div>
        @if (item.imported) {
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Imported</dt>
            <dd class="govuk-summary-list__value">{{ item.imported }} answers from another tool</dd>
          </div>
        }
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Sending</dt>
          <dd class="govuk-summary-list__value">
            @if (!item.sendAutomatically) {
              Automatic sending is off: send the requests from this page.
            } @else if (item.ended) {
              Requests went automatically when the event ended. The form closes on {{ item.closesAt | uk: 'date' }}
              (30 days after any request sent later).
            } @else {
              Requests go automatically when the event ends, {{ item.endsAt | uk: 'date-time' }}.
            }
          </dd>
        </div>
      </dl>

      <div class="govuk-button-group">
        @if (item.ended && !confirming()) {
          <button type="button" class="govuk-button" id="send-requests" (click)="confirm()" data-testid="send-requests">
            Send feedback requests now
          </button>
        }
        <a class="govuk-link" [routerLink]="['/organiser/events', eventId(), 'feedback', 'form']">Change the form</a>
        @if (item.ended) {
          <a class="govuk-link" [routerLink]="['/organiser/events', eventId(), 'feedback', 'import']"
            >Import answers from another tool</a
          >
        }
        <a class="govuk-link" [href]="csvUrl()" download data-testid="download-csv">Download all answers (CSV)</a>
      </div>

      @if (item.responses === 0) {
        <p class="govuk-body" data-testid="no-feedback">No feedback yet.</p>
      } @else {
        <h2 class="govuk-heading-m">Satisfaction</h2>
        <p class="govuk-body" data-testid="satisfaction-average">{{ averageText(item.satisfaction) }}</p>
        <epm-feedback-bars
          caption="Overall, how satisfied are you with the event?"
          [rows]="scaleRows(item.satisfaction)"
          testId="satisfaction-bars"
        />

        @if (item.usefulness.answered) {
          <h2 class="govuk-heading-m">Usefulness</h2>
          <p class="govuk-body">{{ averageText(item.usefulness) }}</p>
          <epm-feedback-bars caption="How useful was it to your work?" [rows]="scaleRows(item.usefulness)" />
        }

        @if (item.recommend.answered) {
          <h2 class="govuk-heading-m">Likelihood to recommend</h2>
          <p class="govuk-body" data-testid="nps">{{ npsText(item.recommend) }}</p>
          <epm-feedback-bars
            caption="How likely are you to recommend events like this one? (0 to 10)"
            labelHeading="Score"
            [rows]="npsRows(item.recommend)"
          />
        }

        @if (item.intent.answered) {
          <h2 class="govuk-heading-m">Intent to act</h2>
          <epm-feedback-bars
            caption="Will you do something differently as a result of the event?"
            [rows]="item.intent.choices"
            testId="intent-bars"
          />
          @if (item.intent.details.length) {
            <h3 class="govuk-heading-s">What they will do</h3>
            <ng-container *ngTemplateOutlet="texts; context: { $implicit: item.intent.details }" />
          }
        }

        @if (item.themes.length) {
          <h2 class="govuk-heading-m">Themes wanted for future events</h2>
          <epm-feedback-bars
            caption="Themes chosen (people could choose several)"
            labelHeading="Theme"
            [rows]="item.themes"
            [total]="item.responses"
          />
        }

        @for (extra of item.extra; track extra.question.id) {
          @if (extra.answered) {
            <h2 class="govuk-heading-m">{{ extra.question.text }}</h2>
            @if (extra.question.kind === 'scale') {
              <p class="govuk-body">Average {{ extra.average }} out of 5, from {{ extra.answered }} answers.</p>
            } @else {
              <ng-container *ngTemplateOutlet="texts; context: { $implicit: extra.answers }" />
            }
          }
        }

        @if (item.comments.length) {
          <h2 class="govuk-heading-m">Comments</h2>
          <ng-container *ngTemplateOutlet="texts; context: { $implicit: item.comments }" />
        }
      }

      @if (item.consultation.length) {
        <h2 class="govuk-heading-m">Consultation responses</h2>
        @for (question of item.consultation; track $index) {
          <h3 class="govuk-heading-s">{{ question.question }}</h3>
          @if (question.answers.length) {
            <ng-container *ngTemplateOutlet="texts; context: { $implicit: question.answers }" />
          } @else {
            <p class="govuk-body">No responses yet.</p>
          }
        }
      }

      <h2 class="govuk-heading-m">Follow-up survey</h2>
      <p class="govuk-body" data-testid="follow-up">
        @if (item.followUp.requested) {
          Sent to {{ item.followUp.requested }} attendees who agreed to be contacted;
          {{ item.followUp.responses }} answered ({{ percent(item.followUp.responseRate) }}).
        } @else if (item.sendAutomatically) {
          Goes on {{ item.followUp.dueAt | uk: 'date' }} to attendees who agreed to be contacted after the event, asking
          whether they have done something differently since.
        } @else {
          Automatic sending is off, so the follow-up survey will not go.
        }
      </p>
      @if (item.followUp.acted.answered) {
        <epm-feedback-bars
          caption="Since the event, have you done something differently as a result of it?"
          [rows]="item.followUp.acted.choices"
        />
        @if (item.followUp.details.length) {
          <h3 class="govuk-heading-s">What they did, or what got in the way</h3>
          <ng-container *ngTemplateOutlet="texts; context: { $implicit: item.followUp.details }" />
        }
      }

      <ng-template #texts let-answers>
        <ul class="govuk-list" data-testid="feedback-texts">
          @for (answer of answers; track $index) {
            <li class="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-2">
              <p class="govuk-body govuk-!-margin-bottom-1">{{ answer.text }}</p>
              <p class="govuk-body-s govuk-!-margin-bottom-0">
                {{ answer.respondent ?? 'Name deleted at their request' }}
                @if (answer.quoteConsent) {
                  <strong class="govuk-tag govuk-tag--green govuk-!-margin-left-1">May be quoted</strong>
                } @else {
                  <strong class="govuk-tag govuk-tag--grey govuk-!-margin-left-1">Not for quoting</strong>
                }
                @if (answer.source === 'import') {
                  <span class="govuk-!-margin-left-1">(imported)</span>
                }
              </p>
            </li>
          }
        </ul>
      </ng-template>
    }
  `,
})
export class FeedbackResultsPage {
  readonly eventId = input.required<string>();
  private readonly api = inject(FeedbackApi);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly percent = percent;
  protected readonly npsText = npsText;
  protected readonly results = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.results(params),
  });
  protected readonly resultsValue = computed(() => loaded(this.results));
  protected readonly csvUrl = computed(() => exportUrl(Number(this.eventId())));
  protected readonly confirming = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly submission = new FormSubmission(['send-requests'], 'send-requests');

  protected averageText(summary: ScaleSummary): string {
    return summary.average === null
      ? 'No answers yet.'
      : `Average ${summary.average} out of 5, from ${summary.answered} ${summary.answered === 1 ? 'answer' : 'answers'}.`;
  }

  protected scaleRows(summary: ScaleSummary): BarRow[] {
    return [...summary.distribution]
      .reverse()
      .map((row) => ({ label: `${row.value}: ${row.label}`, count: row.count }));
  }

  protected npsRows(nps: NpsSummary): BarRow[] {
    return [...nps.distribution].reverse().map((row) => ({ label: String(row.value), count: row.count }));
  }

  protected confirm(): void {
    this.notice.set(null);
    this.confirming.set(true);
    this.focusAfterRender('confirm-heading');
  }

  protected async sendRequests(): Promise<void> {
    let result: FeedbackRequestsResult | undefined;
    const failed = await this.submission.run(async () => {
      result = await this.api.sendRequests(Number(this.eventId()));
    });
    this.confirming.set(false);
    if (failed || !result) return;
    this.notice.set(requestsSentText(result));
    this.results.reload();
    this.focusAfterRender('results-top');
  }

  private focusAfterRender(id: string): void {
    afterNextRender(
      {
        read: () => {
          const target = this.document.getElementById(id);
          target?.focus();
          target?.scrollIntoView?.({ block: 'start' });
        },
      },
      { injector: this.injector },
    );
  }
}
