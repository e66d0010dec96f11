import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type MarkdownInline, parseMarkdown } from '@epm/shared/contracts';

/**
 * Text in the safe Markdown subset (see `parseMarkdown` in the contracts),
 * shown in GOV.UK typography. Every piece of text reaches the page through
 * interpolation, never innerHTML, so nothing the author typed becomes markup.
 *
 * `headingLevel` is the level `##` headings take, `###` one below: 3 where the
 * text sits under an h2, so its headings nest inside that section.
 */
@Component({
  selector: 'epm-markdown',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('paragraph') {
          <p class="govuk-body"><ng-container *ngTemplateOutlet="inline; context: { $implicit: block.content }" /></p>
        }
        @case ('heading') {
          @switch (headingLevel() + block.level - 2) {
            @case (2) {
              <h2 [class]="headingClass(block.level)">
                <ng-container *ngTemplateOutlet="inline; context: { $implicit: block.content }" />
              </h2>
            }
            @case (3) {
              <h3 [class]="headingClass(block.level)">
                <ng-container *ngTemplateOutlet="inline; context: { $implicit: block.content }" />
              </h3>
            }
            @case (4) {
              <h4 [class]="headingClass(block.level)">
                <ng-container *ngTemplateOutlet="inline; context: { $implicit: block.content }" />
              </h4>
            }
            @default {
              <h5 [class]="headingClass(block.level)">
                <ng-container *ngTemplateOutlet="inline; context: { $implicit: block.content }" />
              </h5>
            }
          }
        }
        @case ('list') {
          @if (block.ordered) {
            <ol class="govuk-list govuk-list--number" [attr.start]="block.start === 1 ? null : block.start">
              @for (item of block.items; track $index) {
                <li><ng-container *ngTemplateOutlet="inline; context: { $implicit: item }" /></li>
              }
            </ol>
          } @else {
            <ul class="govuk-list govuk-list--bullet">
              @for (item of block.items; track $index) {
                <li><ng-container *ngTemplateOutlet="inline; context: { $implicit: item }" /></li>
              }
            </ul>
          }
        }
      }
    }
    <ng-template #inline let-nodes>
      @for (node of asInline(nodes); track $index) {
        @switch (node.kind) {
          @case ('text') {
            <ng-container>{{ node.text }}</ng-container>
          }
          @case ('break') {
            <br />
          }
          @case ('strong') {
            <strong><ng-container *ngTemplateOutlet="inline; context: { $implicit: node.children }" /></strong>
          }
          @case ('emphasis') {
            <em><ng-container *ngTemplateOutlet="inline; context: { $implicit: node.children }" /></em>
          }
          @case ('link') {
            <a class="govuk-link" [href]="node.href"
              ><ng-container *ngTemplateOutlet="inline; context: { $implicit: node.children }"
            /></a>
          }
        }
      }
    </ng-template>
  `,
})
export class Markdown {
  readonly text = input.required<string>();
  readonly headingLevel = input<2 | 3 | 4>(2);

  protected readonly blocks = computed(() => parseMarkdown(this.text()));

  protected headingClass(level: 2 | 3): string {
    return level === 2 ? 'govuk-heading-m' : 'govuk-heading-s';
  }

  /** Types the template context, which Angular cannot infer for a recursive template. */
  protected asInline(nodes: unknown): MarkdownInline[] {
    return nodes as MarkdownInline[];
  }
}
