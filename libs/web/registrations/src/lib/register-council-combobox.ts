import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import type { CouncilResponse } from '@epm/shared/contracts';
import { RegistrationsApi } from './registrations-api.service';

const MIN_QUERY = 2;
const LIMIT = 10;

/**
 * Pick a council from the reference list by typing part of its name: the
 * ARIA 1.2 combobox pattern with a listbox popup (input keeps focus; arrow
 * keys move the active option via aria-activedescendant; Enter chooses;
 * Escape closes). A polite live region says how many councils match. Only a
 * choice from the list sets the GSS code; typing clears it again.
 */
@Component({
  selector: 'epm-council-combobox',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="govuk-form-group" [class.govuk-form-group--error]="!!error()">
      <label class="govuk-label" [id]="fieldId() + '-label'" [for]="fieldId()">{{ label() }}</label>
      <div class="govuk-hint" [id]="fieldId() + '-hint'">{{ hint() }}</div>
      @if (error(); as message) {
        <p class="govuk-error-message" [id]="fieldId() + '-error'">
          <span class="govuk-visually-hidden">Error:</span> {{ message }}
        </p>
      }
      <div class="epm-combobox">
        <input
          class="govuk-input"
          [class.govuk-input--error]="!!error()"
          [id]="fieldId()"
          [attr.name]="fieldId() + '-search'"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          [attr.aria-expanded]="expanded()"
          [attr.aria-controls]="fieldId() + '-listbox'"
          [attr.aria-activedescendant]="activeId()"
          [attr.aria-describedby]="describedBy()"
          [formControl]="text()"
          (input)="typed()"
          (keydown)="key($event)"
          (blur)="close()"
        />
        <ul
          class="epm-combobox__listbox"
          role="listbox"
          [id]="fieldId() + '-listbox'"
          [attr.aria-labelledby]="fieldId() + '-label'"
          [hidden]="!expanded()"
          data-testid="council-options"
        >
          @for (council of results(); track council.gssCode; let index = $index) {
            <!-- Keyboard users choose from the input (aria-activedescendant), so options take clicks only. -->
            <!-- eslint-disable-next-line @angular-eslint/template/click-events-have-key-events, @angular-eslint/template/interactive-supports-focus -->
            <li
              class="epm-combobox__option"
              [class.epm-combobox__option--active]="index === active()"
              role="option"
              [id]="optionId(index)"
              [attr.aria-selected]="index === active()"
              (mousedown)="$event.preventDefault()"
              (click)="choose(council)"
            >
              {{ council.name }}
              <span class="epm-combobox__option-hint">{{ council.type }}, {{ council.region }}</span>
            </li>
          }
        </ul>
      </div>
      @if (noMatch()) {
        <p class="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0" data-testid="council-no-match">
          No councils match “{{ noMatch() }}”. Check the spelling, or try part of the name.
        </p>
      }
      <div class="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{{ announcement() }}</div>
    </div>
  `,
})
export class CouncilCombobox {
  /** The text in the box: a council's name once one is chosen. */
  readonly text = input.required<FormControl<string>>();
  /** The chosen council's GSS code, or '' while none is. */
  readonly code = input.required<FormControl<string>>();
  readonly fieldId = input('councilCode');
  readonly label = input('Your council');
  readonly hint = input('Start typing its name, then choose it from the list');
  readonly error = input<string | undefined>();
  /** How long typing must pause before searching, so each keystroke is not a request. */
  readonly debounceMs = input(250);

  private readonly api = inject(RegistrationsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly results = signal<CouncilResponse[]>([]);
  protected readonly expanded = signal(false);
  protected readonly active = signal(-1);
  protected readonly announcement = signal('');
  /** The query that found nothing, to say so on screen as well. */
  protected readonly noMatch = signal('');
  protected readonly activeId = computed(() => (this.active() >= 0 ? this.optionId(this.active()) : null));
  protected readonly describedBy = computed(() =>
    [`${this.fieldId()}-hint`, this.error() ? `${this.fieldId()}-error` : ''].filter(Boolean).join(' '),
  );
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers can arrive out of order; only the latest request's answer is shown. */
  private latest = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected optionId(index: number): string {
    return `${this.fieldId()}-option-${index}`;
  }

  protected typed(): void {
    // Any edit undoes the choice: the code must always belong to the name shown.
    if (this.code().value) this.code().setValue('');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), this.debounceMs());
  }

  protected key(event: KeyboardEvent): void {
    const count = this.results().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (count === 0) return;
        const down = event.key === 'ArrowDown';
        const current = this.expanded() ? this.active() : -1;
        const next = current < 0 ? (down ? 0 : count - 1) : (current + (down ? 1 : count - 1)) % count;
        this.expanded.set(true);
        this.moveTo(next);
        return;
      }
      case 'Enter': {
        const council = this.expanded() ? this.results()[this.active()] : undefined;
        if (council) {
          // Choosing, not submitting the form.
          event.preventDefault();
          this.choose(council);
        }
        return;
      }
      case 'Escape':
        if (this.expanded()) {
          event.preventDefault();
          this.collapse();
        }
        return;
      default:
        return;
    }
  }

  protected choose(council: CouncilResponse): void {
    clearTimeout(this.timer);
    this.latest++;
    this.text().setValue(council.name);
    this.code().setValue(council.gssCode);
    this.results.set([]);
    this.noMatch.set('');
    this.announcement.set(`${council.name} chosen`);
    this.collapse();
  }

  protected close(): void {
    this.collapse();
  }

  private collapse(): void {
    this.expanded.set(false);
    this.active.set(-1);
  }

  private moveTo(index: number): void {
    this.active.set(index);
    // The page does not scroll with aria-activedescendant: bring the option into view in a long list.
    this.document.getElementById(this.optionId(index))?.scrollIntoView?.({ block: 'nearest' });
  }

  private async search(): Promise<void> {
    const query = this.text().value.trim();
    const request = ++this.latest;
    if (query.length < MIN_QUERY) {
      this.results.set([]);
      this.noMatch.set('');
      this.announcement.set('');
      this.collapse();
      return;
    }
    let found: CouncilResponse[];
    let total: number;
    try {
      ({ items: found, total } = await this.api.councils(query, LIMIT));
    } catch {
      if (request !== this.latest) return;
      this.results.set([]);
      this.collapse();
      this.announcement.set('The list of councils is not available. Try again.');
      return;
    }
    if (request !== this.latest) return;
    // Someone already arrowing through the list keeps their place if their council is still in it.
    const activeCode = this.results()[this.active()]?.gssCode;
    this.results.set(found);
    this.active.set(found.findIndex((council) => council.gssCode === activeCode));
    this.noMatch.set(found.length === 0 ? query : '');
    this.expanded.set(found.length > 0 && this.document.activeElement?.id === this.fieldId());
    this.announcement.set(describe(found.length, total));
  }
}

function describe(shown: number, total: number): string {
  if (shown === 0) return 'No councils match. Check the spelling, or try part of the name.';
  const count = total === 1 ? '1 council matches' : `${total} councils match`;
  const more = total > shown ? `, showing the first ${shown}` : '';
  return `${count}${more}. Use the up and down arrow keys to choose one, then press Enter.`;
}
