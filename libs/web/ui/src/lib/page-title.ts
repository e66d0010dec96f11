import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';

export const SERVICE_TITLE = 'Partnership events – LGA and techUK';

/**
 * "Page – Service" titles, as GOV.UK services write them, so each page is identifiable in tabs and history.
 * The router's title strategy uses it for static titles; pages whose title depends on what they load set
 * theirs through it.
 */
@Injectable({ providedIn: 'root' })
export class PageTitle {
  private readonly title = inject(Title);

  set(page: string | undefined): void {
    this.title.setTitle(page ? `${page} – ${SERVICE_TITLE}` : SERVICE_TITLE);
  }
}
