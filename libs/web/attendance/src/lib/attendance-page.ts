import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  Injector,
  input,
  resource,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type AttendanceEntry, type AttendanceImportResult, type AttendanceStatus } from '@epm/shared/contracts';
import {
  ErrorSummary,
  type FormErrors,
  FormSubmission,
  loaded,
  NO_ERRORS,
  SuccessBanner,
  UkTimePipe,
} from '@epm/web/ui';
import { type ImportOptions, AttendanceApi } from './attendance-api.service';
import { ATTENDANCE_LABELS, minutesText, people, sourceText } from './attendance-labels';
import { presentImport } from './import-presentation';

/** The import form's fields, top to bottom, named as the API names its errors. */
const IMPORT_FIELDS = ['file', 'minimumMinutes', 'addUnmatched'];
const CHANGE_FIELDS = ['status', 'minutesAttended'];

/** A whole number in a range, as typed; the API's own words when it is not. */
export function wholeNumber(
  value: string,
  max: number,
  label: string,
): { value: number; error?: undefined } | { value?: undefined; error: string } {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return { error: `${label} must be a whole number, like 10` };
  const number = Number(trimmed);
  if (number > max) return { error: `${label} must be ${max} or fewer` };
  return { value: number };
}

function fieldErrors(errors: Record<string, string>, order: string[]): FormErrors {
  const summary = order.filter((field) => errors[field]).map((field) => ({ field, message: errors[field] as string }));
  return { summary, byField: errors };
}

interface Previewed {
  file: File;
  options: ImportOptions;
  result: AttendanceImportResult;
}

/**
 * One event's attendance for its organisers: who came, changed by hand one
 * person at a time, the rest marked no-show once it has started, and reports
 * from Teams, Zoom or a spreadsheet imported after a preview.
 */
@Component({
  selector: 'epm-attendance-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, SuccessBanner, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="['/organiser/events', eventId()]">Back to the event</a>
    <epm-error-summary [errors]="errorSummary()" />
    @if (event.error() || attendance.error()) {
      <h1 class="govuk-heading-l">Attendance not found</h1>
      <p class="govuk-body">The event does not exist, or it is not one of your organisation's events.</p>
    } @else if (changing(); as person) {
      <div class="govuk-grid-row" data-testid="change-attendance">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ eventValue()?.title }}</span>
          <h1 class="govuk-heading-l" id="change-heading" tabindex="-1">Change {{ person.name }}'s attendance</h1>
          <form [formGroup]="changeForm" (ngSubmit)="saveChange(person)" novalidate>
            <div class="govuk-form-group" [class.govuk-form-group--error]="!!changeErrors().byField['status']">
              <fieldset
                class="govuk-fieldset"
                [attr.aria-describedby]="changeErrors().byField['status'] ? 'status-error' : null"
              >
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Attendance</legend>
                @if (changeErrors().byField['status']; as message) {
                  <p class="govuk-error-message" id="status-error">
                    <span class="govuk-visually-hidden">Error:</span> {{ message }}
                  </p>
                }
                <div class="govuk-radios">
                  @for (status of statuses; track status; let first = $first) {
                    <div class="govuk-radios__item">
                      <input
                        class="govuk-radios__input"
                        [id]="first ? 'status' : 'status-' + status"
                        name="status"
                        type="radio"
                        [value]="status"
                        formControlName="status"
                      />
                      <label class="govuk-label govuk-radios__label" [for]="first ? 'status' : 'status-' + status">{{
                        labels[status].label
                      }}</label>
                    </div>
                    @if (status === 'attended' && chosenStatus() === 'attended') {
                      <div class="govuk-radios__conditional">
                        <div
                          class="govuk-form-group"
                          [class.govuk-form-group--error]="!!changeErrors().byField['minutesAttended']"
                        >
                          <label class="govuk-label" for="minutesAttended">Minutes attended (optional)</label>
                          <div class="govuk-hint" id="minutesAttended-hint">For online events, from the platform</div>
                          @if (changeErrors().byField['minutesAttended']; as message) {
                            <p class="govuk-error-message" id="minutesAttended-error">
                              <span class="govuk-visually-hidden">Error:</span> {{ message }}
                            </p>
                          }
                          <input
                            class="govuk-input govuk-input--width-4"
                            [class.govuk-input--error]="!!changeErrors().byField['minutesAttended']"
                            id="minutesAttended"
                            name="minutesAttended"
                            type="text"
                            inputmode="numeric"
                            spellcheck="false"
                            formControlName="minutes"
                            [attr.aria-describedby]="
                              'minutesAttended-hint' +
                              (changeErrors().byField['minutesAttended'] ? ' minutesAttended-error' : '')
                            "
                          />
                        </div>
                      </div>
                    }
                  }
                </div>
              </fieldset>
            </div>
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" [disabled]="busy()">Save</button>
              <button type="button" class="govuk-button govuk-button--secondary" (click)="stopChanging()">
                Cancel
              </button>
            </div>
          </form>
        </div>
      </div>
    } @else if (confirmingNoShows()) {
      <div class="govuk-grid-row" data-testid="confirm-no-shows">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">{{ eventValue()?.title }}</span>
          <h1 class="govuk-heading-l" id="no-shows-heading" tabindex="-1">
            Mark {{ peopleText(counts()?.notRecorded ?? 0) }} as no-shows?
          </h1>
          <p class="govuk-body">
            Everyone with a confirmed place whose attendance is not recorded becomes a no-show. You can still change
            anyone afterwards, one at a time.
          </p>
          <div class="govuk-button-group">
            <button
              type="button"
              class="govuk-button govuk-button--warning"
              [disabled]="busy()"
              (click)="markNoShows()"
            >
              Yes, mark them as no-shows
            </button>
            <button type="button" class="govuk-button govuk-button--secondary" (click)="stopNoShows()">
              No, go back
            </button>
          </div>
        </div>
      </div>
    } @else {
      <div id="attendance-top" tabindex="-1">
        @if (notice(); as message) {
          <epm-success-banner [message]="message" testId="notice" />
        }
      </div>
      <span class="govuk-caption-l">{{ eventValue()?.title }}</span>
      <h1 class="govuk-heading-l" id="attendance-heading" tabindex="-1">Attendance</h1>

      @if (counts(); as count) {
        <dl class="govuk-summary-list" data-testid="attendance-counts">
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Confirmed places</dt>
            <dd class="govuk-summary-list__value" data-testid="count-confirmed">{{ count.confirmed }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Attended</dt>
            <dd class="govuk-summary-list__value" data-testid="count-attended">{{ count.attended }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">No-shows</dt>
            <dd class="govuk-summary-list__value" data-testid="count-no-show">{{ count.noShow }}</dd>
          </div>
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">Not recorded</dt>
            <dd class="govuk-summary-list__value" data-testid="count-not-recorded">{{ count.notRecorded }}</dd>
          </div>
        </dl>
      }
      @if (eventValue()?.format !== 'online') {
        <p class="govuk-body">
          <a class="govuk-link" [routerLink]="['/organiser/events', eventId(), 'check-in']" data-testid="check-in-link"
            >Check people in at the door</a
          >
        </p>
      }

      <h2 class="govuk-heading-m">After the event</h2>
      @if (eventValue(); as item) {
        @if (!started()) {
          <p class="govuk-body" data-testid="no-shows-later">
            Once the event has started ({{ item.startsAt | uk: 'date-time' }}), you can mark everyone whose attendance
            is not recorded as a no-show.
          </p>
        } @else if ((counts()?.notRecorded ?? 0) === 0) {
          <p class="govuk-body" data-testid="no-shows-done">
            Everyone with a confirmed place has their attendance recorded.
          </p>
        } @else {
          <p class="govuk-body">{{ notRecordedText() }}</p>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            data-testid="mark-no-shows"
            (click)="startNoShows()"
          >
            Mark everyone not recorded as no-show
          </button>
        }
      }

      <h2 class="govuk-heading-m" id="import-heading" tabindex="-1">Import an attendance report</h2>
      <p class="govuk-body">
        The attendance report from Microsoft Teams or a Zoom webinar, as exported, or a spreadsheet saved as CSV with
        columns for name and email address (and, if you have them, organisation, organisation type, council and supplier
        size). People are matched to registrations by email address. You see what will change before anything is saved,
        and importing the same report again changes nothing.
      </p>
      <form [formGroup]="importForm" (ngSubmit)="preview()" novalidate data-testid="import-form">
        <div class="govuk-form-group" [class.govuk-form-group--error]="!!importErrors().byField['file']">
          <label class="govuk-label govuk-label--s" for="file">Attendance report</label>
          <div class="govuk-hint" id="file-hint">A CSV or tab-separated text file, up to 5 MB</div>
          @if (importErrors().byField['file']; as message) {
            <p class="govuk-error-message" id="file-error">
              <span class="govuk-visually-hidden">Error:</span> {{ message }}
            </p>
          }
          <input
            class="govuk-file-upload"
            [class.govuk-file-upload--error]="!!importErrors().byField['file']"
            id="file"
            name="file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            [attr.aria-describedby]="'file-hint' + (importErrors().byField['file'] ? ' file-error' : '')"
            (change)="fileChosen($event)"
          />
        </div>
        <div class="govuk-form-group" [class.govuk-form-group--error]="!!importErrors().byField['minimumMinutes']">
          <label class="govuk-label govuk-label--s" for="minimumMinutes">Minimum minutes to count as attended</label>
          <div class="govuk-hint" id="minimumMinutes-hint">
            People in the session for fewer minutes are recorded as no-shows. 0 counts everyone who joined.
          </div>
          @if (importErrors().byField['minimumMinutes']; as message) {
            <p class="govuk-error-message" id="minimumMinutes-error">
              <span class="govuk-visually-hidden">Error:</span> {{ message }}
            </p>
          }
          <input
            class="govuk-input govuk-input--width-3"
            [class.govuk-input--error]="!!importErrors().byField['minimumMinutes']"
            id="minimumMinutes"
            name="minimumMinutes"
            type="text"
            inputmode="numeric"
            spellcheck="false"
            formControlName="minimumMinutes"
            [attr.aria-describedby]="
              'minimumMinutes-hint' + (importErrors().byField['minimumMinutes'] ? ' minimumMinutes-error' : '')
            "
          />
        </div>
        <div class="govuk-form-group" [class.govuk-form-group--error]="!!importErrors().byField['addUnmatched']">
          @if (importErrors().byField['addUnmatched']; as message) {
            <p class="govuk-error-message" id="addUnmatched-error">
              <span class="govuk-visually-hidden">Error:</span> {{ message }}
            </p>
          }
          <div class="govuk-checkboxes govuk-checkboxes--small">
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id="addUnmatched"
                name="addUnmatched"
                type="checkbox"
                formControlName="addUnmatched"
                aria-describedby="addUnmatched-hint"
              />
              <label class="govuk-label govuk-checkboxes__label" for="addUnmatched"
                >Add people who did not register</label
              >
              <div class="govuk-hint govuk-checkboxes__hint" id="addUnmatched-hint">
                For backfilling an event run before this service, or people who joined a webinar without registering.
                They are added with the attendance the report gives them, and are not emailed.
              </div>
            </div>
          </div>
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary" [disabled]="busy()">Preview</button>
      </form>

      @if (shownImport(); as shown) {
        <div id="import-result" tabindex="-1" data-testid="import-result">
          <h2 class="govuk-heading-m">{{ shown.committed ? 'Import saved' : 'Preview of the import' }}</h2>
          <dl class="govuk-summary-list" data-testid="import-summary">
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Format</dt>
              <dd class="govuk-summary-list__value" data-testid="import-format">{{ shown.presentation.format }}</dd>
            </div>
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Minimum minutes</dt>
              <dd class="govuk-summary-list__value">{{ shown.result.minimumMinutes }}</dd>
            </div>
            @for (section of shown.presentation.sections; track section.id) {
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{{ section.title }}</dt>
                <dd class="govuk-summary-list__value" [attr.data-testid]="'import-count-' + section.id">
                  {{ section.people.length }}
                </dd>
              </div>
            }
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">Rows skipped</dt>
              <dd class="govuk-summary-list__value" data-testid="import-count-skipped">
                {{ shown.result.skippedRows }}
              </dd>
            </div>
          </dl>
          @if (!shown.committed) {
            <!-- Once saved, the success banner at the top says this. -->
            <p class="govuk-body-l" data-testid="import-headline">{{ shown.presentation.headline }}</p>
          }
          @for (section of shown.presentation.sections; track section.id) {
            @if (section.people.length > 0) {
              <table
                class="govuk-table govuk-table--small-text-until-tablet"
                [attr.data-testid]="'import-' + section.id"
              >
                <caption class="govuk-table__caption govuk-table__caption--s">
                  {{
                    section.title
                  }}
                  ({{
                    section.people.length
                  }})
                  <span class="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">{{
                    section.description
                  }}</span>
                </caption>
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">Name</th>
                    <th scope="col" class="govuk-table__header">Email address</th>
                    <th scope="col" class="govuk-table__header">Minutes</th>
                    <th scope="col" class="govuk-table__header">Outcome</th>
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  @for (person of section.people; track person.email) {
                    <tr class="govuk-table__row">
                      <th scope="row" class="govuk-table__header">{{ person.name }}</th>
                      <td class="govuk-table__cell epm-break-word">{{ person.email }}</td>
                      <td class="govuk-table__cell">{{ minutesText(person.minutes) }}</td>
                      <td class="govuk-table__cell">
                        <strong class="govuk-tag" [class]="labels[person.outcome].tag">{{
                          labels[person.outcome].label
                        }}</strong>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            }
          }
          @if (shown.presentation.skippedText; as skipped) {
            <p class="govuk-body">{{ skipped }}</p>
          }
          @if (!shown.committed) {
            <div class="govuk-button-group">
              @if (!shown.presentation.nothingToChange) {
                <button
                  type="button"
                  class="govuk-button"
                  [disabled]="busy()"
                  (click)="save()"
                  data-testid="save-import"
                >
                  Save attendance
                </button>
              }
              <button type="button" class="govuk-button govuk-button--secondary" (click)="clearImport()">
                {{ shown.presentation.nothingToChange ? 'Close the preview' : 'Cancel' }}
              </button>
            </div>
          }
        </div>
      }

      @if (list(); as everyone) {
        @if (everyone.length === 0) {
          <div class="govuk-inset-text" data-testid="attendance-empty">Nobody has a confirmed place yet.</div>
        } @else {
          <table class="govuk-table govuk-table--small-text-until-tablet" data-testid="attendance-table">
            <caption class="govuk-table__caption govuk-table__caption--m">
              {{
                peopleText(everyone.length)
              }}
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Name</th>
                <th scope="col" class="govuk-table__header">Organisation</th>
                <th scope="col" class="govuk-table__header">Attendance</th>
                <th scope="col" class="govuk-table__header">Minutes</th>
                <th scope="col" class="govuk-table__header">How recorded</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (person of everyone; track person.registrationId) {
                <tr class="govuk-table__row" [attr.data-testid]="'attendance-' + person.registrationId">
                  <th scope="row" class="govuk-table__header">
                    {{ person.name }}<br /><span class="govuk-body-s epm-break-word">{{ person.email }}</span>
                  </th>
                  <td class="govuk-table__cell">{{ person.organisation }}</td>
                  <td class="govuk-table__cell">
                    <strong class="govuk-tag" [class]="labels[person.attendance].tag" data-testid="attendance-status">{{
                      labels[person.attendance].label
                    }}</strong>
                  </td>
                  <td class="govuk-table__cell">{{ minutesText(person.minutesAttended) }}</td>
                  <td class="govuk-table__cell">{{ sourceText(person) }}</td>
                  <td class="govuk-table__cell">
                    <button
                      type="button"
                      class="epm-link-button"
                      [id]="'change-' + person.registrationId"
                      (click)="startChanging(person)"
                    >
                      Change<span class="govuk-visually-hidden"> attendance for {{ person.name }}</span>
                    </button>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    }
  `,
})
export class AttendancePage {
  readonly eventId = input.required<string>();

  private readonly api = inject(AttendanceApi);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly labels = ATTENDANCE_LABELS;
  /** Attended first: the change organisers make most. */
  protected readonly statuses: readonly AttendanceStatus[] = ['attended', 'no-show', 'not-recorded'];
  protected readonly minutesText = minutesText;
  protected readonly sourceText = sourceText;
  protected readonly peopleText = people;

  protected readonly event = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly eventValue = computed(() => loaded(this.event));
  protected readonly attendance = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.list(params),
  });
  protected readonly list = computed(() => loaded(this.attendance)?.items);
  protected readonly counts = computed(() => loaded(this.attendance)?.counts);
  /** The API refuses to mark no-shows before the start, so the button waits for it too. */
  protected readonly started = computed(() => {
    const event = this.eventValue();
    return event ? new Date(event.startsAt).getTime() <= Date.now() : false;
  });
  protected readonly notRecordedText = computed(() => {
    const count = this.counts()?.notRecorded ?? 0;
    return `${people(count)} with a confirmed place ${count === 1 ? 'has' : 'have'} no attendance recorded.`;
  });

  protected readonly notice = signal<string | null>(null);

  // Changing one person.
  protected readonly changing = signal<AttendanceEntry | null>(null);
  protected readonly changeForm = new FormGroup({
    status: new FormControl<AttendanceStatus>('attended', { nonNullable: true }),
    minutes: new FormControl('', { nonNullable: true }),
  });
  protected readonly chosenStatus = toSignal(this.changeForm.controls.status.valueChanges, {
    initialValue: 'attended' as AttendanceStatus,
  });
  private readonly changeSubmission = new FormSubmission(CHANGE_FIELDS, 'change-heading');
  protected readonly changeErrors = this.changeSubmission.errors;

  // Marking the rest as no-shows.
  protected readonly confirmingNoShows = signal(false);
  private readonly noShowSubmission = new FormSubmission([], 'attendance-heading');

  // Importing a report.
  protected readonly importForm = new FormGroup({
    minimumMinutes: new FormControl('0', { nonNullable: true }),
    addUnmatched: new FormControl(false, { nonNullable: true }),
  });
  private readonly file = signal<File | null>(null);
  private readonly importSubmission = new FormSubmission(IMPORT_FIELDS, 'file');
  protected readonly importErrors = this.importSubmission.errors;
  private readonly previewed = signal<Previewed | null>(null);
  private readonly saved = signal<{ options: ImportOptions; result: AttendanceImportResult } | null>(null);
  protected readonly shownImport = computed(() => {
    const shown = this.previewed() ?? this.saved();
    if (!shown) return null;
    return {
      committed: shown.result.committed,
      result: shown.result,
      presentation: presentImport(shown.result, shown.options.addUnmatched),
    };
  });

  protected readonly busy = computed(
    () => this.changeSubmission.busy() || this.noShowSubmission.busy() || this.importSubmission.busy(),
  );
  protected readonly errorSummary = computed(() => {
    if (this.changing()) return this.changeErrors().summary;
    if (this.confirmingNoShows()) return this.noShowSubmission.errors().summary;
    return [...this.noShowSubmission.errors().summary, ...this.importErrors().summary];
  });

  constructor() {
    // A preview belongs to the file and options it was made with: changing either asks for a new one.
    const subscription = this.importForm.valueChanges.subscribe(() => this.previewed.set(null));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected startChanging(person: AttendanceEntry): void {
    this.notice.set(null);
    this.changeErrors.set(NO_ERRORS);
    this.saved.set(null);
    this.changeForm.setValue({
      status: person.attendance === 'not-recorded' ? 'attended' : person.attendance,
      minutes: person.minutesAttended === null ? '' : String(person.minutesAttended),
    });
    this.changing.set(person);
    this.focusAfterRender('change-heading');
  }

  protected stopChanging(): void {
    const person = this.changing();
    this.changing.set(null);
    this.changeErrors.set(NO_ERRORS);
    if (person) this.focusAfterRender(`change-${person.registrationId}`);
  }

  protected async saveChange(person: AttendanceEntry): Promise<void> {
    const { status, minutes } = this.changeForm.getRawValue();
    let minutesAttended: number | null = null;
    if (status === 'attended' && minutes.trim()) {
      const parsed = wholeNumber(minutes, 1440, 'Minutes');
      if (parsed.error !== undefined) {
        this.changeErrors.set(fieldErrors({ minutesAttended: parsed.error }, CHANGE_FIELDS));
        return;
      }
      minutesAttended = parsed.value;
    }
    const failed = await this.changeSubmission.run(() =>
      this.api.change(Number(this.eventId()), person.registrationId, { status, minutesAttended }),
    );
    if (failed) return;
    this.changing.set(null);
    this.done(`${person.name}: ${this.labels[status].label.toLowerCase()}.`);
  }

  protected startNoShows(): void {
    this.notice.set(null);
    this.noShowSubmission.errors.set(NO_ERRORS);
    this.saved.set(null);
    this.confirmingNoShows.set(true);
    this.focusAfterRender('no-shows-heading');
  }

  protected stopNoShows(): void {
    this.confirmingNoShows.set(false);
    this.focusAfterRender('attendance-heading');
  }

  protected async markNoShows(): Promise<void> {
    const result: { marked?: number } = {};
    const failed = await this.noShowSubmission.run(async () => {
      result.marked = (await this.api.markNoShows(Number(this.eventId()))).marked;
    });
    this.confirmingNoShows.set(false);
    if (failed) return;
    const marked = result.marked ?? 0;
    this.done(marked === 1 ? '1 person marked as a no-show.' : `${people(marked)} marked as no-shows.`);
  }

  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.previewed.set(null);
  }

  protected async preview(): Promise<void> {
    this.notice.set(null);
    this.saved.set(null);
    this.previewed.set(null);
    const file = this.file();
    const { minimumMinutes, addUnmatched } = this.importForm.getRawValue();
    const minutes = wholeNumber(minimumMinutes, 600, 'Minimum minutes');
    const problems: Record<string, string> = {};
    if (!file) problems['file'] = 'Select an attendance report';
    if (minutes.error !== undefined) problems['minimumMinutes'] = minutes.error;
    if (!file || minutes.value === undefined) {
      this.importErrors.set(fieldErrors(problems, IMPORT_FIELDS));
      return;
    }
    const options: ImportOptions = { dryRun: true, minimumMinutes: minutes.value, addUnmatched };
    const answer: { result?: AttendanceImportResult } = {};
    const failed = await this.importSubmission.run(async () => {
      answer.result = await this.api.importReport(Number(this.eventId()), file, options);
    });
    if (failed || !answer.result) return;
    this.previewed.set({ file, options, result: answer.result });
    this.focusAfterRender('import-result');
  }

  protected async save(): Promise<void> {
    const previewed = this.previewed();
    if (!previewed) return;
    const options: ImportOptions = { ...previewed.options, dryRun: false };
    const answer: { result?: AttendanceImportResult } = {};
    const failed = await this.importSubmission.run(async () => {
      answer.result = await this.api.importReport(Number(this.eventId()), previewed.file, options);
    });
    if (failed || !answer.result) return;
    this.previewed.set(null);
    this.saved.set({ options, result: answer.result });
    this.done(presentImport(answer.result, options.addUnmatched).headline);
  }

  protected clearImport(): void {
    this.previewed.set(null);
    this.saved.set(null);
    this.focusAfterRender('import-heading');
  }

  /** After a change: say what happened, fetch the list and counts again, and put focus on the news. */
  private done(message: string): void {
    this.notice.set(message);
    this.attendance.reload();
    this.focusAfterRender('attendance-top');
  }

  private focusAfterRender(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
