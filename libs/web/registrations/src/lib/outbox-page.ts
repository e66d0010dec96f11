import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  Injector,
  input,
  type OnInit,
  resource,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { OUTBOX_STATUSES, type OutboxMessageSummary, type OutboxStatus } from '@epm/shared/contracts';
import { AuthService } from '@epm/web/identity';
import { ErrorSummary, FormSubmission, loaded, Pagination, SuccessBanner, UkTimePipe } from '@epm/web/ui';
import { kindLabel, OUTBOX_STATUS_LABELS } from './organiser-registration-labels';
import { OrganiserRegistrationsApi } from './organiser-registrations-api.service';

function isOutboxStatus(value: string | undefined): value is OutboxStatus {
  return (OUTBOX_STATUSES as readonly string[]).includes(value ?? '');
}

/**
 * The mail the service has written: administrators see all of it, organisers
 * their own events'. Failed messages show why, with a button to try again.
 * Without a mail server this is where a demo shows what attendees get.
 */
@Component({
  selector: 'epm-outbox-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, Pagination, SuccessBanner, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <epm-error-summary [errors]="submission.errors().summary" />
    <div id="outbox-top" tabindex="-1">
      @if (notice(); as message) {
        <epm-success-banner [message]="message" testId="notice" />
      }
      <h1 class="govuk-heading-l" id="outbox-heading" tabindex="-1">Outbox</h1>
    </div>
    <p class="govuk-body">
      {{
        isAdmin()
          ? 'Every email the service has written, newest first.'
          : 'Emails about your organisation’s events, newest first.'
      }}
      Messages are sent in turn; a message that keeps failing is marked failed, and you can send it again.
    </p>
    <form (ngSubmit)="applyFilter()" novalidate data-testid="outbox-filter">
      <div class="govuk-form-group">
        <label class="govuk-label" for="status">Status</label>
        <select class="govuk-select" id="status" name="status" [formControl]="statusControl">
          <option value="">All statuses</option>
          @for (value of statuses; track value) {
            <option [value]="value">{{ statusLabels[value].label }}</option>
          }
        </select>
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary">Apply filter</button>
    </form>
    @if (messages.error()) {
      <p class="govuk-body">The outbox could not be loaded. Try again.</p>
    } @else if (messagesValue(); as list) {
      @if (list.items.length === 0) {
        <div class="govuk-inset-text" data-testid="outbox-empty">
          No messages{{ statusFilter() ? ' with that status' : '' }}.
        </div>
      } @else {
        <table class="govuk-table govuk-table--small-text-until-tablet" data-testid="outbox-table">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {{
              caption()
            }}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">Message</th>
              <th scope="col" class="govuk-table__header">To</th>
              <th scope="col" class="govuk-table__header">Status</th>
              <th scope="col" class="govuk-table__header">Written (UK time)</th>
              <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            @for (message of list.items; track message.id) {
              <tr class="govuk-table__row" [attr.data-testid]="'outbox-' + message.id">
                <th scope="row" class="govuk-table__header">
                  <a class="govuk-link" [routerLink]="['/admin/outbox', message.id]">{{ message.subject }}</a>
                  <br /><span class="govuk-body-s">{{ kindLabel(message.kind) }}</span>
                </th>
                <td class="govuk-table__cell">{{ message.to }}</td>
                <td class="govuk-table__cell">
                  <strong class="govuk-tag" [class]="statusLabels[message.status].tag" data-testid="status">{{
                    statusLabels[message.status].label
                  }}</strong>
                  @if (message.status === 'failed' && message.lastError) {
                    <p
                      class="govuk-error-message govuk-!-margin-top-2 govuk-!-margin-bottom-0"
                      data-testid="last-error"
                    >
                      <span class="govuk-visually-hidden">Error:</span> {{ message.lastError }}
                    </p>
                  }
                  <span class="govuk-body-s"
                    ><br />{{ message.attempts === 1 ? '1 attempt' : message.attempts + ' attempts' }}</span
                  >
                </td>
                <td class="govuk-table__cell">
                  {{ message.createdAt | uk: 'short-date' }}, {{ message.createdAt | uk: 'time' }}
                  @if (message.sentAt) {
                    <br /><span class="govuk-body-s"
                      >Sent {{ message.sentAt | uk: 'short-date' }}, {{ message.sentAt | uk: 'time' }}</span
                    >
                  }
                </td>
                <td class="govuk-table__cell">
                  @if (message.status === 'failed') {
                    <button
                      type="button"
                      class="epm-link-button"
                      [disabled]="submission.busy()"
                      (click)="resend(message)"
                    >
                      Resend<span class="govuk-visually-hidden"> {{ message.subject }} to {{ message.to }}</span>
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
        <epm-pagination [page]="pageNumber()" [pages]="pages()" label="Pages of the outbox" />
      }
    }
  `,
})
export class OutboxPage implements OnInit {
  readonly status = input<string>();
  readonly page = input<string>();

  private readonly api = inject(OrganiserRegistrationsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly statuses = OUTBOX_STATUSES;
  protected readonly statusLabels = OUTBOX_STATUS_LABELS;
  protected readonly kindLabel = kindLabel;
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');
  protected readonly statusFilter = computed(() => {
    const status = this.status();
    return isOutboxStatus(status) ? status : undefined;
  });
  protected readonly pageNumber = computed(() => Math.max(1, Math.floor(Number(this.page() ?? 1)) || 1));
  protected readonly messages = resource({
    params: () => ({ status: this.statusFilter(), page: this.pageNumber() }),
    loader: ({ params }) => this.api.outbox(params),
  });
  protected readonly messagesValue = computed(() => loaded(this.messages));
  protected readonly pages = computed(() => {
    const list = this.messagesValue();
    return list ? Math.ceil(list.total / list.pageSize) : 0;
  });
  protected readonly caption = computed(() => {
    const list = this.messagesValue();
    if (!list) return '';
    const status = this.statusFilter();
    const what = status ? ` ${this.statusLabels[status].label.toLowerCase()}` : '';
    const count = list.total === 1 ? `1 message${what}` : `${list.total} messages${what}`;
    return this.pages() > 1 ? `${count} (page ${this.pageNumber()} of ${this.pages()})` : count;
  });
  protected readonly statusControl = new FormControl('', { nonNullable: true });
  protected readonly notice = signal<string | null>(null);
  protected readonly submission = new FormSubmission([], 'outbox-heading');

  ngOnInit(): void {
    this.statusControl.setValue(this.statusFilter() ?? '');
  }

  protected applyFilter(): void {
    void this.router.navigate([], { queryParams: { status: this.statusControl.value || null, page: null } });
  }

  protected async resend(message: OutboxMessageSummary): Promise<void> {
    this.notice.set(null);
    const failed = await this.submission.run(() => this.api.resend(message.id));
    if (failed) return;
    this.notice.set(`The message to ${message.to} is queued to be sent again.`);
    this.messages.reload();
    afterNextRender(() => this.document.getElementById('outbox-top')?.focus(), { injector: this.injector });
  }
}
