import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
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
  ACTED_CHOICES,
  ACTED_LABELS,
  INTENT_CHOICES,
  INTENT_LABELS,
  type PublicFeedbackForm,
  SATISFACTION_LABELS,
  USEFULNESS_LABELS,
} from '@epm/shared/contracts';
import { ErrorSummary, formErrorsFrom, FormSubmission, loaded, PageTitle, UkTimePipe } from '@epm/web/ui';
import { FeedbackApi } from './feedback-api.service';
import { asApiError, checkFeedback, feedbackFields, type FeedbackFormValues } from './feedback-form-model';

type AnswersForm = FormGroup<{
  satisfaction: FormControl<string>;
  usefulness: FormControl<string>;
  recommend: FormControl<string>;
  intent: FormControl<string>;
  intentDetail: FormControl<string>;
  themes: FormGroup<Record<string, FormControl<boolean>>>;
  extra: FormArray<FormControl<string>>;
  consultation: FormArray<FormControl<string>>;
  comments: FormControl<string>;
  quoteConsent: FormControl<boolean>;
  acted: FormControl<string>;
  actedDetail: FormControl<string>;
}>;

const text = () => new FormControl('', { nonNullable: true });

function answersForm(form: PublicFeedbackForm): AnswersForm {
  return new FormGroup({
    satisfaction: text(),
    usefulness: text(),
    recommend: text(),
    intent: text(),
    intentDetail: text(),
    themes: new FormGroup(
      Object.fromEntries(
        form.questions.themes.map((theme) => [theme.code, new FormControl(false, { nonNullable: true })]),
      ),
    ),
    extra: new FormArray(form.questions.extra.map(() => text())),
    consultation: new FormArray(form.questions.consultation.map(() => text())),
    comments: text(),
    quoteConsent: new FormControl(false, { nonNullable: true }),
    acted: text(),
    actedDetail: text(),
  });
}

/** 5 (the best) first, as GOV.UK's satisfaction surveys list them. */
const FIVE_DOWN = [5, 4, 3, 2, 1];

/**
 * The feedback form behind the link in an attendee's email: no account, the
 * token is the whole credential (never in the page title). Also the
 * follow-up survey months later, and a plain page for a link that is used,
 * closed, not for this person, or not valid.
 */
@Component({
  selector: 'epm-feedback-form-page',
  imports: [ReactiveFormsModule, NgTemplateOutlet, RouterLink, ErrorSummary, UkTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        @if (sent()) {
          <div class="govuk-panel govuk-panel--confirmation" tabindex="-1" id="sent-panel" data-testid="sent-panel">
            <h1 class="govuk-panel__title">{{ followUp() ? 'Answers sent' : 'Feedback sent' }}</h1>
            <div class="govuk-panel__body">Thank you</div>
          </div>
          <h2 class="govuk-heading-m">What happens next</h2>
          <p class="govuk-body">
            The organisers read every answer. They use them to plan the next events, and totals from everyone’s answers
            go into the evidence for the review of the LGA and techUK partnership.
          </p>
          <p class="govuk-body"><a class="govuk-link" routerLink="/">See the events programme</a></p>
        } @else if (feedback.error()) {
          @if (invalidLink()) {
            <h1 class="govuk-heading-l" data-testid="feedback-state">This link is not valid</h1>
            <p class="govuk-body">
              The link may be incomplete, or your details may have been deleted at your request. Check that you copied
              the whole link from your email, or use the link in the most recent email we sent you.
            </p>
          } @else {
            <h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>
            <p class="govuk-body">Try again later.</p>
          }
        } @else if (feedbackValue(); as item) {
          @if (item.state === 'open') {
            <epm-error-summary [errors]="submission().errors().summary" />
          }
          <span class="govuk-caption-l">{{ item.event.title }}</span>
          @switch (item.state) {
            @case ('responded') {
              <h1 class="govuk-heading-l" data-testid="feedback-state">You have already sent your answers</h1>
              <p class="govuk-body">Thank you. Each person can answer once, and we have yours.</p>
            }
            @case ('closed') {
              <h1 class="govuk-heading-l" data-testid="feedback-state">This form has closed</h1>
              <p class="govuk-body">
                It closed on {{ item.closesAt | uk: 'date' }} and no longer takes answers. Thank you for coming to the
                event.
              </p>
            }
            @case ('not-attended') {
              <h1 class="govuk-heading-l" data-testid="feedback-state">This form is for people who came</h1>
              <p class="govuk-body">
                Our records show you did not attend this event, so there is no feedback to give. If you did come, reply
                to the email and the organisers will correct it.
              </p>
            }
            @case ('cancelled') {
              <h1 class="govuk-heading-l" data-testid="feedback-state">Your registration was cancelled</h1>
              <p class="govuk-body">
                So there is no feedback to give for this event. If you did come, reply to the email and the organisers
                will correct it.
              </p>
            }
            @case ('open') {
              @if (answers(); as form) {
                @if (followUp()) {
                  <h1 class="govuk-heading-l">Did the event make a difference?</h1>
                  <p class="govuk-body">
                    You came to this event on {{ item.event.startsAt | uk: 'date' }}. Two questions about what you have
                    done since. It takes about a minute.
                  </p>
                } @else {
                  <h1 class="govuk-heading-l">Tell us what you thought</h1>
                  <p class="govuk-body">
                    You came to this event on {{ item.event.startsAt | uk: 'date' }}. It takes about 3 minutes.
                  </p>
                }
                <p class="govuk-body">
                  The organisers ({{ item.event.organiser }}) see your answers with your name. Reports for the review of
                  the partnership show only totals, and your comment only if you agree, without your name. The form
                  closes on {{ item.closesAt | uk: 'date' }}.
                </p>
                <form [formGroup]="form" (ngSubmit)="send(item, form)" novalidate data-testid="feedback-form">
                  @if (followUp()) {
                    <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('acted')">
                      <fieldset class="govuk-fieldset" [attr.aria-describedby]="error('acted') ? 'acted-error' : null">
                        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                          Since the event, have you done something differently as a result of it?
                        </legend>
                        @if (error('acted'); as message) {
                          <p class="govuk-error-message" id="acted-error">
                            <span class="govuk-visually-hidden">Error:</span> {{ message }}
                          </p>
                        }
                        <div class="govuk-radios" data-module="govuk-radios">
                          @for (choice of actedChoices; track choice; let first = $first) {
                            <div class="govuk-radios__item">
                              <input
                                class="govuk-radios__input"
                                [id]="first ? 'acted' : 'acted-' + choice"
                                type="radio"
                                formControlName="acted"
                                [value]="choice"
                              />
                              <label
                                class="govuk-label govuk-radios__label"
                                [for]="first ? 'acted' : 'acted-' + choice"
                                >{{ actedLabels[choice] }}</label
                              >
                            </div>
                          }
                        </div>
                      </fieldset>
                    </div>
                    <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('actedDetail')">
                      <label class="govuk-label govuk-label--s" for="actedDetail"
                        >What did you do, or what got in the way? (optional)</label
                      >
                      @if (error('actedDetail'); as message) {
                        <p class="govuk-error-message" id="actedDetail-error">
                          <span class="govuk-visually-hidden">Error:</span> {{ message }}
                        </p>
                      }
                      <textarea
                        class="govuk-textarea"
                        id="actedDetail"
                        name="actedDetail"
                        rows="4"
                        formControlName="actedDetail"
                        [attr.aria-describedby]="error('actedDetail') ? 'actedDetail-error' : null"
                      ></textarea>
                    </div>
                  } @else {
                    <ng-container
                      *ngTemplateOutlet="
                        scale;
                        context: {
                          name: 'satisfaction',
                          legend: 'Overall, how satisfied are you with the event?',
                          labels: satisfactionLabels,
                        }
                      "
                    />
                    @if (item.questions.usefulness) {
                      <ng-container
                        *ngTemplateOutlet="
                          scale;
                          context: {
                            name: 'usefulness',
                            legend: 'How useful was it to your work?',
                            labels: usefulnessLabels,
                          }
                        "
                      />
                    }
                    @if (item.questions.recommend) {
                      <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('recommend')">
                        <fieldset
                          class="govuk-fieldset"
                          [attr.aria-describedby]="'recommend-hint' + (error('recommend') ? ' recommend-error' : '')"
                        >
                          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                            How likely are you to recommend events like this one to a colleague?
                          </legend>
                          <div class="govuk-hint" id="recommend-hint">
                            0 is not at all likely and 10 is extremely likely
                          </div>
                          @if (error('recommend'); as message) {
                            <p class="govuk-error-message" id="recommend-error">
                              <span class="govuk-visually-hidden">Error:</span> {{ message }}
                            </p>
                          }
                          <div class="govuk-radios govuk-radios--small govuk-radios--inline">
                            @for (value of zeroToTen; track value; let first = $first) {
                              <div class="govuk-radios__item">
                                <input
                                  class="govuk-radios__input"
                                  [id]="first ? 'recommend' : 'recommend-' + value"
                                  type="radio"
                                  formControlName="recommend"
                                  [value]="'' + value"
                                />
                                <label
                                  class="govuk-label govuk-radios__label"
                                  [for]="first ? 'recommend' : 'recommend-' + value"
                                  >{{ value
                                  }}<span class="govuk-visually-hidden">{{ recommendWords(value) }}</span></label
                                >
                              </div>
                            }
                          </div>
                        </fieldset>
                      </div>
                    }
                    @if (item.questions.intent) {
                      <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('intent')">
                        <fieldset
                          class="govuk-fieldset"
                          [attr.aria-describedby]="error('intent') ? 'intent-error' : null"
                        >
                          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                            Will you do something differently as a result of the event?
                          </legend>
                          @if (error('intent'); as message) {
                            <p class="govuk-error-message" id="intent-error">
                              <span class="govuk-visually-hidden">Error:</span> {{ message }}
                            </p>
                          }
                          <div class="govuk-radios">
                            @for (choice of intentChoices; track choice; let first = $first) {
                              <div class="govuk-radios__item">
                                <input
                                  class="govuk-radios__input"
                                  [id]="first ? 'intent' : 'intent-' + choice"
                                  type="radio"
                                  formControlName="intent"
                                  [value]="choice"
                                  (change)="intent.set(choice)"
                                />
                                <label
                                  class="govuk-label govuk-radios__label"
                                  [for]="first ? 'intent' : 'intent-' + choice"
                                  >{{ intentLabels[choice] }}</label
                                >
                              </div>
                            }
                          </div>
                        </fieldset>
                      </div>
                      @if (intent() === 'yes' || intent() === 'maybe') {
                        <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('intentDetail')">
                          <label class="govuk-label govuk-label--s" for="intentDetail"
                            >What will you do differently? (optional)</label
                          >
                          <div class="govuk-hint" id="intentDetail-hint">
                            For example, a conversation to start, a practice to change, or something to try
                          </div>
                          @if (error('intentDetail'); as message) {
                            <p class="govuk-error-message" id="intentDetail-error">
                              <span class="govuk-visually-hidden">Error:</span> {{ message }}
                            </p>
                          }
                          <textarea
                            class="govuk-textarea"
                            id="intentDetail"
                            name="intentDetail"
                            rows="3"
                            formControlName="intentDetail"
                            [attr.aria-describedby]="
                              'intentDetail-hint' + (error('intentDetail') ? ' intentDetail-error' : '')
                            "
                          ></textarea>
                        </div>
                      }
                    }
                    @if (item.questions.themes.length) {
                      <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('themes')">
                        <fieldset
                          class="govuk-fieldset"
                          [attr.aria-describedby]="'themes-hint' + (error('themes') ? ' themes-error' : '')"
                        >
                          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                            Which themes would you like future events to cover? (optional)
                          </legend>
                          <div class="govuk-hint" id="themes-hint">Select all that apply</div>
                          @if (error('themes'); as message) {
                            <p class="govuk-error-message" id="themes-error">
                              <span class="govuk-visually-hidden">Error:</span> {{ message }}
                            </p>
                          }
                          <div class="govuk-checkboxes govuk-checkboxes--small" formGroupName="themes">
                            @for (theme of item.questions.themes; track theme.code; let first = $first) {
                              <div class="govuk-checkboxes__item">
                                <input
                                  class="govuk-checkboxes__input"
                                  [id]="first ? 'themes' : 'themes-' + theme.code"
                                  type="checkbox"
                                  [formControlName]="theme.code"
                                />
                                <label
                                  class="govuk-label govuk-checkboxes__label"
                                  [for]="first ? 'themes' : 'themes-' + theme.code"
                                  >{{ theme.label }}</label
                                >
                              </div>
                            }
                          </div>
                        </fieldset>
                      </div>
                    }
                    @for (question of item.questions.extra; track question.id; let i = $index) {
                      @if (question.kind === 'scale') {
                        <div class="govuk-form-group" [class.govuk-form-group--error]="!!error('extraAnswers-' + i)">
                          <fieldset
                            class="govuk-fieldset"
                            [attr.aria-describedby]="
                              'extraAnswers-' +
                              i +
                              '-hint' +
                              (error('extraAnswers-' + i) ? ' extraAnswers-' + i + '-error' : '')
                            "
                          >
                            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                              {{ question.text }}{{ question.required ? '' : ' (optional)' }}
                            </legend>
                            <div class="govuk-hint" [id]="'extraAnswers-' + i + '-hint'">
                              1 is the lowest and 5 the highest
                            </div>
                            @if (error('extraAnswers-' + i); as message) {
                              <p class="govuk-error-message" [id]="'extraAnswers-' + i + '-error'">
                                <span class="govuk-visually-hidden">Error:</span> {{ message }}
                              </p>
                            }
                            <div class="govuk-radios govuk-radios--small govuk-radios--inline">
                              @for (value of oneToFive; track value; let first = $first) {
                                <div class="govuk-radios__item">
                                  <input
                                    class="govuk-radios__input"
                                    [id]="first ? 'extraAnswers-' + i : 'extraAnswers-' + i + '-' + value"
                                    type="radio"
                                    [formControl]="form.controls.extra.at(i)"
                                    [value]="'' + value"
                                  />
                                  <label
                                    class="govuk-label govuk-radios__label"
                                    [for]="first ? 'extraAnswers-' + i : 'extraAnswers-' + i + '-' + value"
                                    >{{ value }}</label
                                  >
                                </div>
                              }
                            </div>
                          </fieldset>
                        </div>
                      } @else {
                        <ng-container
                          *ngTemplateOutlet="
                            longText;
                            context: {
                              id: 'extraAnswers-' + i,
                              label: question.text + (question.required ? '' : ' (optional)'),
                              control: form.controls.extra.at(i),
                              hint: null,
                            }
                          "
                        />
                      }
                    }
                    @if (item.questions.consultation.length) {
                      <h2 class="govuk-heading-m">The consultation</h2>
                      <p class="govuk-body">
                        Your answers to these questions are kept as responses to the consultation. Each is optional.
                      </p>
                      @for (question of item.questions.consultation; track $index; let i = $index) {
                        <ng-container
                          *ngTemplateOutlet="
                            longText;
                            context: {
                              id: 'consultationAnswers-' + i,
                              label: question,
                              control: form.controls.consultation.at(i),
                              hint: null,
                            }
                          "
                        />
                      }
                    }
                    @if (item.questions.comments) {
                      <ng-container
                        *ngTemplateOutlet="
                          longText;
                          context: {
                            id: 'comments',
                            label: 'Any other comments? (optional)',
                            control: form.controls.comments,
                            hint: 'What worked, what could be better, what you would like next',
                          }
                        "
                      />
                    }
                  }
                  @if (asksConsent()) {
                    <div class="govuk-form-group">
                      <div class="govuk-checkboxes govuk-checkboxes--small">
                        <div class="govuk-checkboxes__item">
                          <input
                            class="govuk-checkboxes__input"
                            id="quoteConsent"
                            type="checkbox"
                            formControlName="quoteConsent"
                            aria-describedby="quoteConsent-hint"
                          />
                          <label class="govuk-label govuk-checkboxes__label" for="quoteConsent">
                            You may quote what I wrote in published reports, without my name
                          </label>
                          <div class="govuk-hint govuk-checkboxes__hint" id="quoteConsent-hint">
                            Leave this unticked and your words are read only by the organisers
                          </div>
                        </div>
                      </div>
                    </div>
                  }
                  <button
                    type="submit"
                    class="govuk-button"
                    [disabled]="submission().busy()"
                    data-testid="send-feedback"
                  >
                    {{ followUp() ? 'Send answers' : 'Send feedback' }}
                  </button>
                </form>

                <ng-template #scale let-name="name" let-legend="legend" let-labels="labels">
                  <div class="govuk-form-group" [class.govuk-form-group--error]="!!error(name)">
                    <fieldset class="govuk-fieldset" [attr.aria-describedby]="error(name) ? name + '-error' : null">
                      <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{{ legend }}</legend>
                      @if (error(name); as message) {
                        <p class="govuk-error-message" [id]="name + '-error'">
                          <span class="govuk-visually-hidden">Error:</span> {{ message }}
                        </p>
                      }
                      <div class="govuk-radios govuk-radios--small" [formGroup]="form">
                        @for (value of fiveDown; track value; let first = $first) {
                          <div class="govuk-radios__item">
                            <input
                              class="govuk-radios__input"
                              [id]="first ? name : name + '-' + value"
                              type="radio"
                              [formControlName]="name"
                              [value]="'' + value"
                            />
                            <label class="govuk-label govuk-radios__label" [for]="first ? name : name + '-' + value">{{
                              labels[value]
                            }}</label>
                          </div>
                        }
                      </div>
                    </fieldset>
                  </div>
                </ng-template>

                <ng-template #longText let-id="id" let-label="label" let-control="control" let-hint="hint">
                  <div class="govuk-form-group" [class.govuk-form-group--error]="!!error(id)">
                    <label class="govuk-label govuk-label--s" [for]="id">{{ label }}</label>
                    @if (hint) {
                      <div class="govuk-hint" [id]="id + '-hint'">{{ hint }}</div>
                    }
                    @if (error(id); as message) {
                      <p class="govuk-error-message" [id]="id + '-error'">
                        <span class="govuk-visually-hidden">Error:</span> {{ message }}
                      </p>
                    }
                    <textarea
                      class="govuk-textarea"
                      [class.govuk-textarea--error]="!!error(id)"
                      [id]="id"
                      [attr.name]="id"
                      rows="4"
                      [formControl]="control"
                      [attr.aria-describedby]="describedBy(id, !!hint)"
                    ></textarea>
                  </div>
                </ng-template>
              }
            }
          }
        }
      </div>
    </div>
  `,
})
export class FeedbackFormPage {
  readonly token = input.required<string>();

  private readonly api = inject(FeedbackApi);
  private readonly title = inject(PageTitle);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly satisfactionLabels = SATISFACTION_LABELS;
  protected readonly usefulnessLabels = USEFULNESS_LABELS;
  protected readonly intentChoices = INTENT_CHOICES;
  protected readonly intentLabels = INTENT_LABELS;
  protected readonly actedChoices = ACTED_CHOICES;
  protected readonly actedLabels = ACTED_LABELS;
  protected readonly fiveDown = FIVE_DOWN;
  protected readonly oneToFive = [1, 2, 3, 4, 5];
  protected readonly zeroToTen = Array.from({ length: 11 }, (_, value) => value);

  protected readonly feedback = resource({
    params: () => this.token(),
    loader: ({ params }) => this.api.publicForm(params),
  });
  protected readonly feedbackValue = computed(() => loaded(this.feedback));
  protected readonly followUp = computed(() => this.feedbackValue()?.survey === 'follow-up');
  /** Built once the form's questions are known; the questions never change while the page is open. */
  protected readonly answers = computed(() => {
    const item = this.feedbackValue();
    return item ? answersForm(item) : null;
  });
  /** Whether anything they write could be quoted: the follow-up's answer, comments, or what they will do. */
  protected readonly asksConsent = computed(() => {
    const item = this.feedbackValue();
    return !!item && feedbackFields(item).includes('quoteConsent');
  });
  protected readonly intent = signal('');
  protected readonly sent = signal(false);
  private readonly fields = computed(() => {
    const item = this.feedbackValue();
    return item ? feedbackFields(item) : [];
  });
  /** Errors from the checks here and from the API, in the order the questions appear. */
  protected readonly submission = computed(() => new FormSubmission(this.fields(), this.fields()[0] ?? 'satisfaction'));
  protected readonly invalidLink = computed(() => {
    const error = this.feedback.error() as { status?: number; cause?: { status?: number } } | undefined;
    const status = error?.status ?? error?.cause?.status;
    return status === 404 || status === 422;
  });

  constructor() {
    effect(() => {
      const item = this.feedbackValue();
      if (this.invalidLink()) this.title.set('This link is not valid');
      else if (item) this.title.set(STATE_TITLES[item.state](item.survey === 'follow-up'));
    });
  }

  protected error(field: string): string | undefined {
    return this.submission().errors().byField[field];
  }

  protected describedBy(id: string, hasHint: boolean): string | null {
    return [hasHint ? `${id}-hint` : '', this.error(id) ? `${id}-error` : ''].filter(Boolean).join(' ') || null;
  }

  protected recommendWords(value: number): string {
    return value === 0 ? ' (not at all likely)' : value === 10 ? ' (extremely likely)' : '';
  }

  protected async send(item: PublicFeedbackForm, form: AnswersForm): Promise<void> {
    const fields = this.fields();
    const state = this.submission();
    const { submission, errors } = checkFeedback(item, form.getRawValue() as FeedbackFormValues);
    if (!submission) {
      state.errors.set(formErrorsFrom(asApiError(errors), fields, fields[0] ?? 'satisfaction'));
      return;
    }
    const failed = await state.run(() => this.api.submit(this.token(), submission));
    if (failed) {
      const status = (failed as { status?: number }).status;
      // Answered meanwhile in another tab, or closed while open: show the page that says so.
      if (status === 409 || status === 410) this.feedback.reload();
      return;
    }
    this.sent.set(true);
    this.title.set(item.survey === 'follow-up' ? 'Answers sent' : 'Feedback sent');
    afterNextRender(
      {
        read: () => {
          const panel = this.document.getElementById('sent-panel');
          panel?.focus();
          panel?.scrollIntoView?.({ block: 'start' });
        },
      },
      { injector: this.injector },
    );
  }
}

const STATE_TITLES: Record<PublicFeedbackForm['state'], (followUp: boolean) => string> = {
  open: (followUp) => (followUp ? 'Did the event make a difference?' : 'Tell us what you thought'),
  responded: () => 'You have already sent your answers',
  closed: () => 'This form has closed',
  'not-attended': () => 'This form is for people who came',
  cancelled: () => 'Your registration was cancelled',
};
