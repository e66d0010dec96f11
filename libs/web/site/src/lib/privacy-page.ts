import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'epm-privacy-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './privacy-page.html',
})
export class PrivacyPage {}
