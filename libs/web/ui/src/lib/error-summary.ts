import { DOCUMENT } from '@angular/common';
import { Title } from '@angular/platform-browser';
import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { FieldError } from './form-errors';

/**
 * GOV.UK error summary. Takes focus when errors appear, so screen readers
 * announce them; each link moves focus to its field. While it shows errors
 * the page title starts "Error: ", as GOV.UK asks, for every form at once.
 */
@Component({
  selector: 'epm-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length > 0) {
      <div class="govuk-error-summary" tabindex="-1" #summary data-testid="error-summary">
        <div role="alert">
          <h2 class="govuk-error-summary__title">There is a problem</h2>
          <div class="govuk-error-summary__body">
            <ul class="govuk-list govuk-error-summary__list">
              @for (error of errors(); track error.field) {
                <li>
                  <a [href]="'#' + error.field" (click)="focusField($event, error.field)">{{ error.message }}</a>
                </li>
              }
            </ul>
          </div>
        </div>
      </div>
    }
  `,
})
export class ErrorSummary {
  readonly errors = input<FieldError[]>([]);
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');
  private readonly document = inject(DOCUMENT);
  private readonly title = inject(Title);

  constructor() {
    afterRenderEffect(() => {
      const hasErrors = this.errors().length > 0;
      const plain = this.title.getTitle().replace(/^Error: /, '');
      this.title.setTitle(hasErrors ? `Error: ${plain}` : plain);
      if (hasErrors) this.summary()?.nativeElement.focus();
    });
  }

  protected focusField(event: Event, field: string): void {
    event.preventDefault();
    const target = this.document.getElementById(field);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  }
}
