import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  resource,
  signal,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type ExtraQuestionKind,
  type FeedbackFormSettings,
  type FeedbackFormSettingsResponse,
  MAX_EXTRA_QUESTIONS,
} from '@epm/shared/contracts';
import { ErrorSummary, FormSubmission, loaded, SuccessBanner } from '@epm/web/ui';
import { FeedbackApi } from './feedback-api.service';

type QuestionForm = FormGroup<{
  id: FormControl<string>;
  text: FormControl<string>;
  kind: FormControl<ExtraQuestionKind>;
  required: FormControl<boolean>;
}>;

type SettingsForm = FormGroup<{
  askUsefulness: FormControl<boolean>;
  askRecommend: FormControl<boolean>;
  askIntent: FormControl<boolean>;
  askThemes: FormControl<boolean>;
  askComments: FormControl<boolean>;
  includeConsultationQuestions: FormControl<boolean>;
  themes: FormGroup<Record<string, FormControl<boolean>>>;
  extraQuestions: FormArray<QuestionForm>;
  sendAutomatically: FormControl<boolean>;
  noShowEnabled: FormControl<boolean>;
  recordingUrl: FormControl<string>;
  note: FormControl<string>;
}>;

const flag = (value: boolean) => new FormControl(value, { nonNullable: true });
const words = (value: string | null) => new FormControl(value ?? '', { nonNullable: true });

function questionForm(question: { id?: string; text: string; kind: ExtraQuestionKind; required: boolean }) {
  return new FormGroup({
    id: words(question.id ?? ''),
    text: words(question.text),
    kind: new FormControl<ExtraQuestionKind>(question.kind, { nonNullable: true }),
    required: flag(question.required),
  });
}

function settingsForm(response: FeedbackFormSettingsResponse): SettingsForm {
  const { settings } = response;
  return new FormGroup({
    askUsefulness: flag(settings.askUsefulness),
    askRecommend: flag(settings.askRecommend),
    askIntent: flag(settings.askIntent),
    askThemes: flag(settings.askThemes),
    askComments: flag(settings.askComments),
    includeConsultationQuestions: flag(settings.includeConsultationQuestions),
    themes: new FormGroup(
      Object.fromEntries(response.themes.map((theme) => [theme.code, flag(settings.themeCodes.includes(theme.code))])),
    ),
    extraQuestions: new FormArray(settings.extraQuestions.map(questionForm)),
    sendAutomatically: flag(settings.sendAutomatically),
    noShowEnabled: flag(settings.noShowMessage.enabled),
    recordingUrl: words(settings.noShowMessage.recordingUrl),
    note: words(settings.noShowMessage.note),
  });
}

export function toSettings(form: SettingsForm, response: FeedbackFormSettingsResponse): FeedbackFormSettings {
  const value = form.getRawValue();
  return {
    askUsefulness: value.askUsefulness,
    askRecommend: value.askRecommend,
    askIntent: value.askIntent,
    askThemes: value.askThemes,
    askComments: value.askComments,
    includeConsultationQuestions: value.includeConsultationQuestions,
    themeCodes: response.themes.map((theme) => theme.code).filter((code) => value.themes[code]),
    extraQuestions: value.extraQuestions.map((question) => ({
      ...(question.id ? { id: question.id } : {}),
      text: question.text.trim(),
      kind: question.kind,
      required: question.required,
    })),
    sendAutomatically: value.sendAutomatically,
    noShowMessage: {
      enabled: value.noShowEnabled,
      recordingUrl: value.recordingUrl.trim() || null,
      note: value.note.trim() || null,
    },
  };
}

const CORE_QUESTIONS: {
  control: 'askUsefulness' | 'askRecommend' | 'askIntent' | 'askThemes' | 'askComments';
  label: string;
}[] = [
  { control: 'askUsefulness', label: 'How useful was it (1 to 5)' },
  { control: 'askRecommend', label: 'How likely to recommend (0 to 10, for the Net Promoter Score)' },
  { control: 'askIntent', label: 'Will you do something differently as a result, and what' },
  { control: 'askThemes', label: 'Themes wanted for future events' },
  { control: 'askComments', label: 'Any other comments, and whether they may be quoted' },
];

/**
 * An event's feedback form for its organisers: which questions to ask (from
 * the default for the event's type), the themes offered, up to five questions
 * of their own, automatic sending, and the message for people who did not
 * come. The questions stop changing once anyone has been asked.
 */
@Component({
  selector: 'epm-feedback-settings-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, SuccessBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="govuk-back-link" [routerLink]="['/organiser/events', eventId(), 'feedback']">Back to feedback</a>
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <epm-error-summary [errors]="submission.errors().summary" />
        @if (settings.error()) {
          <h1 class="govuk-heading-l">Event not found</h1>
        } @else if (settingsValue(); as item) {
          <div id="settings-top" tabindex="-1">
            @if (notice(); as message) {
              <epm-success-banner [message]="message" testId="notice" />
            }
          </div>
          <span class="govuk-caption-l">{{ item.eventTitle }}</span>
          <h1 class="govuk-heading-l">Feedback form</h1>
          @if (form(); as f) {
            <form [formGroup]="f" (ngSubmit)="save(item, f)" novalidate data-testid="settings-form">
              <h2 class="govuk-heading-m">Questions</h2>
              @if (item.questionsLocked) {
                <div class="govuk-warning-text" data-testid="questions-locked">
                  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
                  <strong class="govuk-warning-text__text">
                    <span class="govuk-visually-hidden">Warning</span>
                    {{ item.lockedReason }}, so the questions can no longer change.
                  </strong>
                </div>
                <ul class="govuk-list govuk-list--bullet">
                  <li>Overall satisfaction (1 to 5)</li>
                  @for (question of coreQuestions; track question.control) {
                    @if (f.controls[question.control].value) {
                      <li>{{ question.label }}</li>
                    }
                  }
                  @for (question of f.controls.extraQuestions.controls; track $index) {
                    <li>{{ question.controls.text.value }}</li>
                  }
                  @if (f.controls.includeConsultationQuestions.value) {
                    <li>The consultation’s questions</li>
                  }
                </ul>
              } @else {
                <p class="govuk-body">
                  This is the form for {{ typeWord(item.eventType) }}. You can change it until the first request goes
                  out. Overall satisfaction (1 to 5) is always asked.
                </p>
                <div class="govuk-form-group">
                  <fieldset class="govuk-fieldset" aria-describedby="questions-hint">
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Also ask</legend>
                    <div class="govuk-hint" id="questions-hint">
                      The review panel reports on usefulness, the Net Promoter Score and intent to act: keep them unless
                      there is a reason not to
                    </div>
                    <div class="govuk-checkboxes govuk-checkboxes--small">
                      @for (question of coreQuestions; track question.control) {
                        <div class="govuk-checkboxes__item">
                          <input
                            class="govuk-checkboxes__input"
                            [id]="question.control"
                            type="checkbox"
                            [formControlName]="question.control"
                            (change)="askThemes.set(f.controls.askThemes.value)"
                          />
                          <label class="govuk-label govuk-checkboxes__label" [for]="question.control">{{
                            question.label
                          }}</label>
                        </div>
                      }
                      @if (item.eventType === 'consultation') {
                        <div class="govuk-checkboxes__item">
                          <input
                            class="govuk-checkboxes__input"
                            id="includeConsultationQuestions"
                            type="checkbox"
                            formControlName="includeConsultationQuestions"
                          />
                          <label class="govuk-label govuk-checkboxes__label" for="includeConsultationQuestions"
                            >The consultation’s own questions ({{ item.consultationQuestions.length }}), kept as
                            consultation responses</label
                          >
                        </div>
                      }
                    </div>
                  </fieldset>
                </div>

                @if (askThemes()) {
                  <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('themeCodes')">
                    <fieldset
                      class="govuk-fieldset"
                      [attr.aria-describedby]="'themeCodes-hint' + (error('themeCodes') ? ' themeCodes-error' : '')"
                    >
                      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Themes to offer</legend>
                      <div class="govuk-hint" id="themeCodes-hint">
                        People can choose any of these for future events
                      </div>
                      @if (error('themeCodes'); as message) {
                        <p class="govuk-error-message" id="themeCodes-error">
                          <span class="govuk-visually-hidden">Error:</span> {{ message }}
                        </p>
                      }
                      <div class="govuk-checkboxes govuk-checkboxes--small" formGroupName="themes">
                        @for (theme of item.themes; track theme.code; let first = $first) {
                          <div class="govuk-checkboxes__item">
                            <input
                              class="govuk-checkboxes__input"
                              [id]="first ? 'themeCodes' : 'themeCodes-' + theme.code"
                              type="checkbox"
                              [formControlName]="theme.code"
                            />
                            <label
                              class="govuk-label govuk-checkboxes__label"
                              [for]="first ? 'themeCodes' : 'themeCodes-' + theme.code"
                              >{{ theme.label }}</label
                            >
                          </div>
                        }
                      </div>
                    </fieldset>
                  </div>
                }

                <h3 class="govuk-heading-s">Your own questions</h3>
                <p class="govuk-body">Up to {{ maxQuestions }}, each free text or a scale of 1 to 5.</p>
                <div formArrayName="extraQuestions">
                  @for (question of f.controls.extraQuestions.controls; track question; let i = $index) {
                    <div class="govuk-inset-text" [formGroupName]="i" [attr.data-testid]="'extra-question-' + i">
                      <div class="govuk-form-group" [class.govuk-form-group--error]="!!error(field(i, 'text'))">
                        <label class="govuk-label govuk-label--s" [for]="field(i, 'text')">Question {{ i + 1 }}</label>
                        @if (error(field(i, 'text')); as message) {
                          <p class="govuk-error-message" [id]="field(i, 'text') + '-error'">
                            <span class="govuk-visually-hidden">Error:</span> {{ message }}
                          </p>
                        }
                        <input
                          class="govuk-input"
                          [class.govuk-input--error]="!!error(field(i, 'text'))"
                          [id]="field(i, 'text')"
                          type="text"
                          formControlName="text"
                          [attr.aria-describedby]="error(field(i, 'text')) ? field(i, 'text') + '-error' : null"
                        />
                      </div>
                      <div class="govuk-form-group">
                        <fieldset class="govuk-fieldset">
                          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                            How people answer question {{ i + 1 }}
                          </legend>
                          <div class="govuk-radios govuk-radios--small govuk-radios--inline">
                            <div class="govuk-radios__item">
                              <input
                                class="govuk-radios__input"
                                [id]="field(i, 'kind')"
                                type="radio"
                                formControlName="kind"
                                value="text"
                              />
                              <label class="govuk-label govuk-radios__label" [for]="field(i, 'kind')"
                                >In their own words</label
                              >
                            </div>
                            <div class="govuk-radios__item">
                              <input
                                class="govuk-radios__input"
                                [id]="field(i, 'kind') + '-scale'"
                                type="radio"
                                formControlName="kind"
                                value="scale"
                              />
                              <label class="govuk-label govuk-radios__label" [for]="field(i, 'kind') + '-scale'"
                                >On a scale of 1 to 5</label
                              >
                            </div>
                          </div>
                        </fieldset>
                      </div>
                      <div class="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
                        <div class="govuk-checkboxes__item">
                          <input
                            class="govuk-checkboxes__input"
                            [id]="field(i, 'required')"
                            type="checkbox"
                            formControlName="required"
                          />
                          <label class="govuk-label govuk-checkboxes__label" [for]="field(i, 'required')"
                            >People must answer question {{ i + 1 }}</label
                          >
                        </div>
                      </div>
                      <button
                        type="button"
                        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        (click)="removeQuestion(f, i)"
                      >
                        Remove<span class="govuk-visually-hidden"> question {{ i + 1 }}</span>
                      </button>
                    </div>
                  }
                </div>
                @if (f.controls.extraQuestions.length < maxQuestions) {
                  <button
                    type="button"
                    class="govuk-button govuk-button--secondary"
                    (click)="addQuestion(f)"
                    data-testid="add-question"
                  >
                    Add a question
                  </button>
                }
              }

              <h2 class="govuk-heading-m">Sending</h2>
              <div class="govuk-form-group">
                <div class="govuk-checkboxes govuk-checkboxes--small">
                  <div class="govuk-checkboxes__item">
                    <input
                      class="govuk-checkboxes__input"
                      id="sendAutomatically"
                      type="checkbox"
                      formControlName="sendAutomatically"
                      aria-describedby="sendAutomatically-hint"
                    />
                    <label class="govuk-label govuk-checkboxes__label" for="sendAutomatically"
                      >Send the request by itself when the event ends</label
                    >
                    <div class="govuk-hint govuk-checkboxes__hint" id="sendAutomatically-hint">
                      To everyone recorded as attending, with one reminder a few days later to those who have not
                      answered, and the follow-up survey months later to those who agreed to be contacted
                    </div>
                  </div>
                </div>
              </div>

              <div class="govuk-form-group">
                <div class="govuk-checkboxes govuk-checkboxes--small">
                  <div class="govuk-checkboxes__item">
                    <input
                      class="govuk-checkboxes__input"
                      id="noShowEnabled"
                      type="checkbox"
                      formControlName="noShowEnabled"
                      aria-describedby="noShowEnabled-hint"
                      (change)="noShow.set(f.controls.noShowEnabled.value)"
                    />
                    <label class="govuk-label govuk-checkboxes__label" for="noShowEnabled"
                      >Send people who did not come a message instead</label
                    >
                    <div class="govuk-hint govuk-checkboxes__hint" id="noShowEnabled-hint">
                      They are never asked for feedback
                    </div>
                  </div>
                </div>
              </div>
              @if (noShow()) {
                <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('noShowMessage-recordingUrl')">
                  <label class="govuk-label govuk-label--s" for="noShowMessage-recordingUrl"
                    >Link to the recording or slides (optional)</label
                  >
                  @if (error('noShowMessage-recordingUrl'); as message) {
                    <p class="govuk-error-message" id="noShowMessage-recordingUrl-error">
                      <span class="govuk-visually-hidden">Error:</span> {{ message }}
                    </p>
                  }
                  <input
                    class="govuk-input"
                    [class.govuk-input--error]="!!error('noShowMessage-recordingUrl')"
                    id="noShowMessage-recordingUrl"
                    type="url"
                    spellcheck="false"
                    formControlName="recordingUrl"
                    [attr.aria-describedby]="
                      error('noShowMessage-recordingUrl') ? 'noShowMessage-recordingUrl-error' : null
                    "
                  />
                </div>
                <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('noShowMessage-note')">
                  <label class="govuk-label govuk-label--s" for="noShowMessage-note"
                    >A few words from you (optional)</label
                  >
                  @if (error('noShowMessage-note'); as message) {
                    <p class="govuk-error-message" id="noShowMessage-note-error">
                      <span class="govuk-visually-hidden">Error:</span> {{ message }}
                    </p>
                  }
                  <textarea
                    class="govuk-textarea"
                    id="noShowMessage-note"
                    rows="3"
                    formControlName="note"
                    [attr.aria-describedby]="error('noShowMessage-note') ? 'noShowMessage-note-error' : null"
                  ></textarea>
                </div>
              }

              <button type="submit" class="govuk-button" [disabled]="submission.busy()" data-testid="save-form">
                Save the form
              </button>
            </form>
          }
        }
      </div>
    </div>
  `,
})
export class FeedbackSettingsPage {
  readonly eventId = input.required<string>();
  private readonly api = inject(FeedbackApi);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly coreQuestions = CORE_QUESTIONS;
  protected readonly maxQuestions = MAX_EXTRA_QUESTIONS;
  protected readonly settings = resource({
    params: () => Number(this.eventId()),
    loader: ({ params }) => this.api.form(params),
  });
  protected readonly settingsValue = computed(() => loaded(this.settings));
  protected readonly form = signal<SettingsForm | null>(null);
  protected readonly askThemes = signal(false);
  protected readonly noShow = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly submission = new FormSubmission(
    [
      'themeCodes',
      ...Array.from({ length: MAX_EXTRA_QUESTIONS }, (_, i) => `extraQuestions-${i}-text`),
      'noShowMessage-recordingUrl',
      'noShowMessage-note',
    ],
    'sendAutomatically',
  );

  constructor() {
    // A fresh form whenever the settings load or are saved, so it shows what the API holds.
    effect(() => {
      const item = this.settingsValue();
      if (!item) return;
      this.form.set(settingsForm(item));
      this.askThemes.set(item.settings.askThemes);
      this.noShow.set(item.settings.noShowMessage.enabled);
    });
  }

  protected error(field: string): string | undefined {
    return this.submission.errors().byField[field];
  }

  protected field(index: number, name: string): string {
    return `extraQuestions-${index}-${name}`;
  }

  protected typeWord(type: string): string {
    return `a ${type}`;
  }

  protected addQuestion(form: SettingsForm): void {
    form.controls.extraQuestions.push(questionForm({ text: '', kind: 'text', required: false }));
    const index = form.controls.extraQuestions.length - 1;
    this.focusAfterRender(this.field(index, 'text'));
  }

  protected removeQuestion(form: SettingsForm, index: number): void {
    form.controls.extraQuestions.removeAt(index);
    this.focusAfterRender(index > 0 ? this.field(index - 1, 'text') : 'add-question');
  }

  protected async save(item: FeedbackFormSettingsResponse, form: SettingsForm): Promise<void> {
    const failed = await this.submission.run(async () =>
      this.settings.set(await this.api.saveForm(item.eventId, toSettings(form, item))),
    );
    if (!failed) {
      this.notice.set('The feedback form is saved.');
      this.focusAfterRender('settings-top');
    }
  }

  private focusAfterRender(id: string): void {
    afterNextRender(
      {
        read: () => {
          const target =
            this.document.getElementById(id) ?? this.document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
          target?.focus();
          target?.scrollIntoView?.({ block: 'center' });
        },
      },
      { injector: this.injector },
    );
  }
}
