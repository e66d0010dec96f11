import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ErrorSummary, FormSubmission, loaded, SuccessBanner, UkTimePipe } from '@epm/web/ui';
import { inviteLabel, kindLabel, OUTBOX_STATUS_LABELS } from './organiser-registration-labels';
import { OrganiserRegistrationsApi } from './organiser-registrations-api.service';

/** Splits a plain-text body into paragraphs of lines, keeping the author's line breaks. */
export function textParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trimEnd()))
    .filter((lines) => lines.some((line) => line.trim() !== ''));
}

/** One message as the outbox holds it: who it is for, what happened to it, and its text exactly as written. */
@Component({
  selector: 'epm-outbox-message-page',
  imports: [RouterLink, ErrorSummary, SuccessBanner, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" routerLink="/admin/outbox">Back to the outbox</a>
    <epm-error-summary [errors]="submission.errors().summary" />
    @if (message.error()) {
      <h1 class="govuk-heading-l">Message not found</h1>
    } @else if (messageValue(); as item) {
      @if (notice(); as text) {
        <epm-success-banner [message]="text" testId="notice" />
      }
      <span class="govuk-caption-l">{{ kindLabel(item.kind) }}</span>
      <h1 class="govuk-heading-l" id="message-heading" tabindex="-1">{{ item.subject }}</h1>
      <dl class="govuk-summary-list" data-testid="message-facts">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">To</dt>
          <dd class="govuk-summary-list__value" data-testid="message-to">{{ item.to }}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Subject</dt>
          <dd class="govuk-summary-list__value">{{ item.subject }}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Status</dt>
          <dd class="govuk-summary-list__value">
            <strong class="govuk-tag" [class]="statusLabels[item.status].tag" data-testid="status">{{
              statusLabels[item.status].label
            }}</strong>
            @if (item.status === 'failed' && item.lastError) {
              <p class="govuk-error-message govuk-!-margin-top-2 govuk-!-margin-bottom-0" data-testid="last-error">
                <span class="govuk-visually-hidden">Error:</span> {{ item.lastError }}
              </p>
            }
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Attempts</dt>
          <dd class="govuk-summary-list__value">{{ item.attempts }}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Written (UK time)</dt>
          <dd class="govuk-summary-list__value">{{ item.createdAt | uk: 'date-time' }}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Sent (UK time)</dt>
          <dd class="govuk-summary-list__value">{{ item.sentAt ? (item.sentAt | uk: 'date-time') : 'Not yet' }}</dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Calendar attachment</dt>
          <dd class="govuk-summary-list__value" data-testid="invite-method">{{ inviteLabel(item.inviteMethod) }}</dd>
        </div>
      </dl>
      <div class="govuk-button-group">
        <a class="govuk-button govuk-button--secondary" [href]="emlUrl()" download data-testid="eml-link"
          >Download .eml<span class="govuk-visually-hidden"> file of this message</span></a
        >
        @if (item.status === 'failed') {
          <button type="button" class="govuk-button" [disabled]="submission.busy()" (click)="resend()">Resend</button>
        }
      </div>
      <h2 class="govuk-heading-m">The message as text</h2>
      <p class="govuk-body" data-testid="personal-links-note">
        Links only the recipient may use, to manage their registration or give feedback, are shown as “[personal link
        removed]”, here and in the .eml file.
      </p>
      <div class="govuk-inset-text" data-testid="message-text">
        @for (paragraph of paragraphs(); track $index) {
          <p class="govuk-body">
            @for (line of paragraph; track $index; let last = $last) {
              {{ line }}
              @if (!last) {
                <br />
              }
            }
          </p>
        }
      </div>
    }
  `,
})
export class OutboxMessagePage {
  readonly id = input.required<string>();
  private readonly api = inject(OrganiserRegistrationsApi);
  protected readonly statusLabels = OUTBOX_STATUS_LABELS;
  protected readonly kindLabel = kindLabel;
  protected readonly inviteLabel = inviteLabel;
  protected readonly message = resource({
    params: () => Number(this.id()),
    loader: ({ params }) => this.api.outboxMessage(params),
  });
  protected readonly messageValue = computed(() => loaded(this.message));
  protected readonly paragraphs = computed(() => textParagraphs(this.messageValue()?.text ?? ''));
  protected readonly emlUrl = computed(() => this.api.emlUrl(Number(this.id())));
  protected readonly notice = signal<string | null>(null);
  protected readonly submission = new FormSubmission([], 'message-heading');

  protected async resend(): Promise<void> {
    const failed = await this.submission.run(() => this.api.resend(Number(this.id())));
    if (failed) return;
    this.notice.set('The message is queued to be sent again.');
    this.message.reload();
  }
}
