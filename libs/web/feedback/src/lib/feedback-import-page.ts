import { DOCUMENT } from '@angular/common';
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
import type { FeedbackImportResult } from '@epm/shared/contracts';
import { ErrorSummary, FormSubmission, loaded, SuccessBanner } from '@epm/web/ui';
import { FeedbackApi } from './feedback-api.service';

const FIELD_LABELS: Record<string, string> = {
  satisfaction: 'Satisfaction',
  usefulness: 'Usefulness',
  recommend: 'Likelihood to recommend',
  intent: 'Will do something differently',
  intentDetail: 'What they will do',
  themes: 'Themes wanted',
  comments: 'Comments',
  quoteConsent: 'May be quoted',
};

/** "1 answer will be saved" / "3 answers were saved". */
export function importSummary(result: FeedbackImportResult): string {
  const n = result.imported.length;
  const answers = `${n} ${n === 1 ? 'answer' : 'answers'}`;
  return result.committed ? `${answers} saved.` : `${answers} will be saved.`;
}

/**
 * Answers collected by another tool (a Microsoft Forms export saved as CSV),
 * matched to attendees by email: choose the file, check what will be saved,
 * then save. Saving the same file again adds nothing.
 */
@Component({
  selector: 'epm-feedback-import-page',
  imports: [RouterLink, ErrorSummary, SuccessBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="['/organiser/events', eventId(), 'feedback']">Back to feedback</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="submission.errors().summary" />
        @if (event.error()) {
          <h1 class="govuk-heading-l">Event not found</h1>
        } @else {
          <div id="import-top" tabindex="-1">
            @if (saved(); as result) {
              <epm-success-banner [message]="summary(result)" testId="notice" />
            }
          </div>
          <span class="govuk-caption-l">{{ eventValue()?.title }}</span>
          <h1 class="govuk-heading-l">Import feedback from another tool</h1>
          <p class="govuk-body">
            For feedback collected some other way, such as Microsoft Forms. Each row is matched to someone who
            registered by their email address; only people recorded as attending are saved, and nobody twice.
          </p>
          <div class="govuk-form-group" [class.govuk-form-group--error]="!!submission.errors().byField['file']">
            <label class="govuk-label govuk-label--s" for="file">Upload the answers</label>
            <div class="govuk-hint" id="file-hint">
              A CSV file with an Email column and the questions as column headings. From Microsoft Forms, open the
              results in Excel and save them as “CSV UTF-8”.
            </div>
            @if (submission.errors().byField['file']; as message) {
              <p class="govuk-error-message" id="file-error">
                <span class="govuk-visually-hidden">Error:</span> {{ message }}
              </p>
            }
            <input
              class="govuk-file-upload"
              [class.govuk-file-upload--error]="!!submission.errors().byField['file']"
              id="file"
              name="file"
              type="file"
              accept=".csv,.txt,text/csv"
              [attr.aria-describedby]="'file-hint' + (submission.errors().byField['file'] ? ' file-error' : '')"
              (change)="choose($event)"
            />
          </div>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            [disabled]="submission.busy()"
            (click)="check()"
            data-testid="check-file"
          >
            Check the file
          </button>

          @if (preview(); as result) {
            <h2 class="govuk-heading-m" id="preview-heading" tabindex="-1">What the file holds</h2>
            <p class="govuk-body" data-testid="import-summary">{{ summary(result) }}</p>
            <dl class="govuk-summary-list" data-testid="import-preview">
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">Columns read</dt>
                <dd class="govuk-summary-list__value">
                  <ul class="govuk-list govuk-!-margin-bottom-0">
                    @for (column of result.columns; track column.field) {
                      <li>{{ fieldLabel(column.field) }}: “{{ column.header }}”</li>
                    }
                  </ul>
                </dd>
              </div>
              @for (group of groups(result); track group.label) {
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">{{ group.label }} ({{ group.people.length }})</dt>
                  <dd class="govuk-summary-list__value">
                    @if (group.people.length) {
                      <ul class="govuk-list govuk-!-margin-bottom-0">
                        @for (person of group.people; track $index) {
                          <li>{{ person }}</li>
                        }
                      </ul>
                    } @else {
                      None
                    }
                  </dd>
                </div>
              }
              @if (result.skippedRows) {
                <div class="govuk-summary-list__row">
                  <dt class="govuk-summary-list__key">Rows without an email address</dt>
                  <dd class="govuk-summary-list__value">
                    {{ result.skippedRows }} (anonymous answers cannot be matched)
                  </dd>
                </div>
              }
            </dl>
            @if (result.imported.length && !result.committed) {
              <button
                type="button"
                class="govuk-button"
                [disabled]="submission.busy()"
                (click)="save()"
                data-testid="save-import"
              >
                Save {{ result.imported.length }} {{ result.imported.length === 1 ? 'answer' : 'answers' }}
              </button>
            }
          }
          <p class="govuk-body">
            <a class="govuk-link" [routerLink]="['/organiser/events', eventId(), 'feedback']">See the feedback</a>
          </p>
        }
      </div>
    </div>
  `,
})
export class FeedbackImportPage {
  readonly eventId = input.required<string>();
  private readonly api = inject(FeedbackApi);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly event = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly eventValue = computed(() => loaded(this.event));
  protected readonly file = signal<File | null>(null);
  protected readonly preview = signal<FeedbackImportResult | null>(null);
  protected readonly saved = signal<FeedbackImportResult | null>(null);
  protected readonly submission = new FormSubmission(['file'], 'file');
  protected readonly summary = importSummary;

  protected fieldLabel(field: string): string {
    return FIELD_LABELS[field] ?? field;
  }

  protected groups(result: FeedbackImportResult): { label: string; people: string[] }[] {
    const who = (person: { name: string; email: string }) =>
      person.name === person.email ? person.email : `${person.name} (${person.email})`;
    return [
      { label: result.committed ? 'Saved' : 'To save', people: result.imported.map(who) },
      { label: 'Already answered', people: result.alreadyResponded.map(who) },
      { label: 'Not registered for this event', people: result.unmatched.map(who) },
      {
        label: 'Registered but not saved',
        people: result.notEligible.map((person) => `${who(person)}: ${person.reason.toLowerCase()}`),
      },
      {
        label: 'Answers that cannot be read',
        people: result.invalid.map((person) => `Row ${person.row}, ${who(person)}: ${person.problems.join('; ')}`),
      },
    ];
  }

  protected choose(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.preview.set(null);
    this.saved.set(null);
  }

  protected async check(): Promise<void> {
    const file = this.file();
    if (!file) {
      this.submission.errors.set({
        summary: [{ field: 'file', message: 'Select a CSV file' }],
        byField: { file: 'Select a CSV file' },
      });
      return;
    }
    this.saved.set(null);
    const failed = await this.submission.run(async () =>
      this.preview.set(await this.api.importFile(Number(this.eventId()), file, true)),
    );
    if (!failed) this.focusAfterRender('preview-heading');
  }

  protected async save(): Promise<void> {
    const file = this.file();
    if (!file) return;
    let result: FeedbackImportResult | null = null;
    const failed = await this.submission.run(async () => {
      result = await this.api.importFile(Number(this.eventId()), file, false);
    });
    if (failed || !result) return;
    this.saved.set(result);
    this.preview.set(result);
    this.focusAfterRender('import-top');
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
