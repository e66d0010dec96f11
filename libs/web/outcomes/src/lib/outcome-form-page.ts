import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  OUTCOME_KIND_LABELS,
  OUTCOME_KINDS,
  OUTCOME_STATUS_LABELS,
  OUTCOME_STATUSES,
  PARTNER_ORGANISATIONS,
} from '@epm/shared/contracts';
import { DateField, ErrorSummary, formErrorsFrom, FormSubmission, loaded, TextField, UkTimePipe } from '@epm/web/ui';
import {
  defaultProgramme,
  emptyOutcomeForm,
  eventChoices,
  OUTCOME_FIELDS,
  outcomeDateLabel,
  outcomeFormValue,
  toggled,
  toOutcomeInput,
} from './outcome-form-model';
import { OutcomesApi } from './outcomes-api.service';

const text = () => new FormControl('', { nonNullable: true });
const ids = () => new FormControl<number[]>([], { nonNullable: true });

/** Today on the UK calendar, YYYY-MM-DD. */
function ukToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/**
 * Record an outcome (`/organiser/outcomes/new`, with `?eventId=` to start from
 * an event) or change one (`/organiser/outcomes/:id/edit`), in GOV.UK form
 * patterns, with the API's errors in the summary and beside each field.
 */
@Component({
  selector: 'epm-outcome-form-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, TextField, UkTimePipe, DateField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './outcome-form-page.html',
})
export class OutcomeFormPage {
  /** Set when changing an outcome (route parameter). */
  readonly id = input<string>();
  /** The event to start a new outcome from (query parameter). */
  readonly eventId = input<string>();

  private readonly api = inject(OutcomesApi);
  private readonly router = inject(Router);
  protected readonly kinds = OUTCOME_KINDS;
  protected readonly kindLabels = OUTCOME_KIND_LABELS;
  protected readonly statuses = OUTCOME_STATUSES;
  protected readonly statusLabels = OUTCOME_STATUS_LABELS;
  protected readonly partners = PARTNER_ORGANISATIONS;
  protected readonly dateLabel = outcomeDateLabel;
  protected readonly submission = new FormSubmission(OUTCOME_FIELDS, 'title');
  protected readonly errors = this.submission.errors;

  protected readonly form = new FormGroup({
    title: text(),
    kind: text(),
    description: text(),
    status: text(),
    day: text(),
    month: text(),
    year: text(),
    ownerOrganisation: text(),
    ownerName: text(),
    link: text(),
    programmeId: text(),
    eventIds: ids(),
    objectiveIds: ids(),
  });
  protected readonly chosenProgramme = toSignal(this.form.controls.programmeId.valueChanges, { initialValue: '' });
  protected readonly chosenOwner = toSignal(this.form.controls.ownerOrganisation.valueChanges, { initialValue: '' });
  protected readonly chosenEvents = toSignal(this.form.controls.eventIds.valueChanges, { initialValue: [] });
  protected readonly chosenObjectives = toSignal(this.form.controls.objectiveIds.valueChanges, {
    initialValue: [],
  });

  protected readonly editing = computed(() => !!this.id());
  protected readonly programmes = resource({ loader: () => this.api.programmes() });
  protected readonly existing = resource({
    params: () => (this.id() ? Number(this.id()) : undefined),
    loader: ({ params }) => this.api.outcome(params),
  });
  /** The event a new outcome starts from, when the organiser came from its page. */
  protected readonly startingEvent = resource({
    params: () => (!this.id() && Number(this.eventId()) > 0 ? Number(this.eventId()) : undefined),
    loader: ({ params }) => this.api.event(params),
  });
  protected readonly programmesValue = computed(() => loaded(this.programmes) ?? []);
  protected readonly startingEventValue = computed(() => loaded(this.startingEvent));
  protected readonly programme = computed(() =>
    loaded(this.programmes)?.find((candidate) => String(candidate.id) === this.chosenProgramme()),
  );
  private readonly programmeEvents = resource({
    params: () => {
      const programme = this.programme();
      return programme ? { from: programme.startsOn, to: programme.endsOn } : undefined;
    },
    loader: ({ params }) => this.api.events(params),
  });
  protected readonly events = computed(() => {
    const programme = this.programme();
    if (!programme) return [];
    const starting = loaded(this.startingEvent);
    const existing = loaded(this.existing);
    const linked = [
      ...(existing?.programmeId === programme.id ? existing.events : []),
      ...(starting?.programmeId === programme.id ? [starting] : []),
    ].map(({ id, title, type, startsAt }) => ({ id, title, type, startsAt }));
    return eventChoices(loaded(this.programmeEvents)?.items ?? [], programme.id, linked);
  });
  protected readonly eventsLoading = computed(() => this.programmeEvents.isLoading());
  /** Ready to show: everything the form starts from has loaded. */
  protected readonly ready = signal(false);
  protected readonly notFound = computed(() => !!this.existing.error() || !!this.programmes.error());

  constructor() {
    effect(() => {
      if (this.ready()) return;
      const programmes = loaded(this.programmes);
      if (!programmes) return;
      if (this.id()) {
        const outcome = loaded(this.existing);
        if (!outcome) return;
        this.form.setValue(outcomeFormValue(outcome));
      } else if (Number(this.eventId()) > 0) {
        // An event that cannot be loaded (not the organiser's, say) only means the form starts empty.
        if (this.startingEvent.isLoading()) return;
        const event = loaded(this.startingEvent);
        const programmeId = event?.programmeId ?? defaultProgramme(programmes, ukToday())?.id;
        this.form.setValue(
          emptyOutcomeForm({ programmeId: programmeId ? String(programmeId) : '', eventIds: event ? [event.id] : [] }),
        );
      } else {
        const programmeId = defaultProgramme(programmes, ukToday())?.id;
        this.form.setValue(emptyOutcomeForm({ programmeId: programmeId ? String(programmeId) : '' }));
      }
      this.ready.set(true);
    });
  }

  /** A new programme year has other events and objectives: the choices made for the old one go. */
  protected programmeChanged(): void {
    this.form.patchValue({ eventIds: [], objectiveIds: [] });
  }

  protected toggle(control: 'eventIds' | 'objectiveIds', id: number, event: Event): void {
    const chosen = (event.target as HTMLInputElement).checked;
    this.form.controls[control].setValue(toggled(this.form.controls[control].value, id, chosen));
  }

  protected async save(): Promise<void> {
    const { input, errors } = toOutcomeInput(this.form.getRawValue());
    if (!input) {
      this.errors.set(
        formErrorsFrom({ error: { statusCode: 422, error: '', message: '', errors } }, OUTCOME_FIELDS, 'title'),
      );
      return;
    }
    const id = this.id();
    const failed = await this.submission.run(() => (id ? this.api.update(Number(id), input) : this.api.create(input)));
    if (!failed) {
      await this.router.navigate(['/organiser/outcomes'], {
        state: { notice: `The outcome ‘${input.title.trim()}’ is ${id ? 'saved' : 'recorded'}.` },
      });
    }
  }
}
