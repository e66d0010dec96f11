import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  AUDIENCES,
  EVENT_FORMATS,
  PARTNER_ORGANISATIONS,
  type TaxonomyResponse,
  type TaxonomyTerm,
} from '@epm/shared/contracts';
import { DateField, ErrorSummary, formErrorsFrom, FormSubmission } from '@epm/web/ui';
import { AUDIENCE_LABELS, FORMAT_LABELS } from './labels';
import { EventsApi } from './events-api.service';
import { EMPTY_FORM, type EventFormValue, FIELD_ORDER, fieldIdFor, fromEvent, toEventInput } from './event-form-model';

const text = () => new FormControl('', { nonNullable: true });

/** The description's Markdown subset (parseMarkdown in the contracts), as organisers read it. */
const FORMATTING_EXAMPLES = [
  { type: '**bold**', result: 'bold text' },
  { type: '*italic* or _italic_', result: 'italic text' },
  { type: '[link text](https://www.local.gov.uk)', result: 'a link' },
  { type: '- item (a line each)', result: 'a bulleted list' },
  { type: '1. item (a line each)', result: 'a numbered list' },
  { type: '## Heading', result: 'a heading' },
  { type: '### Smaller heading', result: 'a smaller heading' },
];

/** Create or change an event, in GOV.UK form patterns. Dates and times are UK clock time. */
@Component({
  selector: 'epm-event-form-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, DateField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-form-page.html',
})
export class EventFormPage implements OnInit {
  /** Set when changing an existing event (route parameter). */
  readonly id = input<string>();

  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  protected readonly formats = EVENT_FORMATS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly audiences = AUDIENCES;
  protected readonly audienceLabels = AUDIENCE_LABELS;
  protected readonly partners = PARTNER_ORGANISATIONS;
  protected readonly formattingExamples = FORMATTING_EXAMPLES;
  protected readonly editing = computed(() => !!this.id());
  protected readonly submission = new FormSubmission(FIELD_ORDER, 'title', fieldIdFor);
  protected readonly errors = this.submission.errors;
  protected readonly taxonomy = signal<TaxonomyResponse | null>(null);
  protected readonly loadError = signal(false);
  /** The tag checkboxes on screen, set once the form array holds a control for each. */
  protected readonly shownTags = signal<TaxonomyTerm[]>([]);
  /** Every programme year's objectives, labelled with their year; likewise shown once their controls exist. */
  protected readonly shownObjectives = signal<{ id: number; label: string }[]>([]);

  protected readonly form = new FormGroup({
    title: text(),
    summary: text(),
    description: text(),
    type: text(),
    format: text(),
    venueName: text(),
    venueAddress: text(),
    venuePostcode: text(),
    accessInformation: text(),
    joiningUrl: text(),
    day: text(),
    month: text(),
    year: text(),
    startTime: text(),
    endTime: text(),
    capacity: text(),
    opensDay: text(),
    opensMonth: text(),
    opensYear: text(),
    opensTime: text(),
    closesDay: text(),
    closesMonth: text(),
    closesYear: text(),
    closesTime: text(),
    approvalRequired: new FormControl(false, { nonNullable: true }),
    audience: new FormControl('all', { nonNullable: true }),
    leadOrganisation: text(),
    partnerOrganisation: text(),
    tags: new FormArray<FormControl<boolean>>([]),
    objectives: new FormArray<FormControl<boolean>>([]),
    speakers: text(),
    questions: text(),
    repeat: new FormControl<'' | 'weekly' | 'monthly'>('', { nonNullable: true }),
    occurrences: text(),
  });

  /** Loads the taxonomy (and the event, when changing one), then fills the form: controls exist before they render. */
  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const id = this.id();
    try {
      const [taxonomy, programmes, event] = await Promise.all([
        this.api.taxonomy(),
        this.api.programmes(),
        id ? this.api.event(Number(id)) : undefined,
      ]);
      const value: EventFormValue = event ? fromEvent(event) : EMPTY_FORM;
      const terms = [...taxonomy.themes, ...taxonomy.missions];
      for (const term of terms)
        this.form.controls.tags.push(new FormControl(value.tags.includes(term.code), { nonNullable: true }));
      this.form.patchValue({ ...value, tags: undefined, objectives: undefined });
      const objectives = programmes.flatMap((programme) =>
        programme.objectives.map((objective) => ({ id: objective.id, label: `${programme.name}: ${objective.title}` })),
      );
      for (const objective of objectives) {
        this.form.controls.objectives.push(
          new FormControl(value.objectiveIds.includes(objective.id), { nonNullable: true }),
        );
      }
      this.taxonomy.set(taxonomy);
      this.shownTags.set(terms);
      this.shownObjectives.set(objectives);
    } catch {
      this.loadError.set(true);
    }
  }

  protected async save(): Promise<void> {
    const raw = this.form.getRawValue();
    const { objectives: chosen, ...fields } = raw;
    const value: EventFormValue = {
      ...fields,
      objectiveIds: this.shownObjectives()
        .filter((_objective, index) => chosen[index])
        .map((objective) => objective.id),
      tags: this.shownTags()
        .filter((_term, index) => raw.tags[index])
        .map((term) => term.code),
    };
    const { input, errors } = toEventInput(value);
    if (!input) {
      this.errors.set(
        formErrorsFrom(
          { error: { statusCode: 422, error: '', message: '', errors } },
          FIELD_ORDER,
          'title',
          fieldIdFor,
        ),
      );
      return;
    }
    await this.submission.run(async () => {
      const id = this.id();
      if (id) {
        await this.api.update(Number(id), input);
        await this.router.navigate(['/organiser/events', id]);
      } else if (value.repeat) {
        await this.api.createSeries({ event: input, frequency: value.repeat, occurrences: Number(value.occurrences) });
        await this.router.navigate(['/organiser']);
      } else {
        const created = await this.api.create(input);
        await this.router.navigate(['/organiser/events', created.id]);
      }
    });
  }
}
