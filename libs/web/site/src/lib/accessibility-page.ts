import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'epm-accessibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accessibility-page.html',
})
export class AccessibilityPage {}
