import { DatePipe, JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { loaded, Pagination } from '@epm/web/ui';
import { Router } from '@angular/router';
import { AdminApi } from './admin-api.service';

@Component({
  selector: 'epm-audit-page',
  imports: [DatePipe, JsonPipe, Pagination, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="govuk-heading-l">Audit log</h1>
    <p class="govuk-body">
      Security-relevant and data-changing actions, newest first. Nobody can change or delete entries.
    </p>
    <form (ngSubmit)="filter()" novalidate>
      <div class="govuk-form-group">
        <label class="govuk-label" for="action">Action starts with</label>
        <div class="govuk-hint" id="action-hint">For example auth.login or user.role</div>
        <input
          class="govuk-input govuk-input--width-20"
          id="action"
          name="action"
          type="text"
          aria-describedby="action-hint"
          [formControl]="actionFilter"
        />
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary">Filter</button>
    </form>
    @if (logValue(); as entries) {
      <table class="govuk-table" data-testid="audit-table">
        <caption class="govuk-table__caption govuk-table__caption--m">
          {{
            entries.total
          }}
          entries
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">When (UK time)</th>
            <th scope="col" class="govuk-table__header">Who</th>
            <th scope="col" class="govuk-table__header">Action</th>
            <th scope="col" class="govuk-table__header">Record</th>
            <th scope="col" class="govuk-table__header">From</th>
            <th scope="col" class="govuk-table__header">Details</th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          @for (entry of entries.items; track entry.id) {
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">
                {{ entry.at | date: 'd MMM y, HH:mm:ss' : 'Europe/London' }}
              </td>
              <td class="govuk-table__cell">
                {{ entry.actor?.email ?? 'Anonymous' }}
              </td>
              <td class="govuk-table__cell">
                <code>{{ entry.action }}</code>
              </td>
              <td class="govuk-table__cell">
                {{ entry.entityType ? entry.entityType + ' ' + entry.entityId : '–' }}
              </td>
              <td class="govuk-table__cell">{{ entry.ip ?? '–' }}</td>
              <td class="govuk-table__cell govuk-body-s">
                {{ entry.details ? (entry.details | json) : '' }}
              </td>
            </tr>
          }
        </tbody>
      </table>
      <epm-pagination [page]="pageNumber()" [pages]="pages()" label="Audit log pages" />
    }
  `,
})
export class AuditPage {
  readonly page = input<string>();
  readonly action = input<string>();
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  protected readonly pageNumber = computed(() => Math.max(1, Number(this.page() ?? 1) || 1));
  protected readonly actionFilter = new FormControl('', { nonNullable: true });
  protected readonly log = resource({
    params: () => ({
      page: this.pageNumber(),
      action: this.action() || undefined,
    }),
    loader: ({ params }) => this.api.audit(params),
  });
  protected readonly logValue = computed(() => loaded(this.log));
  protected readonly pages = computed(() => {
    const value = this.logValue();
    return value ? Math.ceil(value.total / value.pageSize) : 0;
  });

  protected filter(): void {
    void this.router.navigate([], {
      queryParams: {
        action: this.actionFilter.value.trim() || null,
        page: null,
      },
    });
  }
}
