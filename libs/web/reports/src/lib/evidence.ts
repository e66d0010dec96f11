import { HttpErrorResponse } from '@angular/common/http';

/** A positive whole number from the address, or null: anything else is a page that does not exist. */
export function idFrom(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null;
}

/** The API said there is no such thing (or it is a draft the panel may not see). */
export function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 404;
}
