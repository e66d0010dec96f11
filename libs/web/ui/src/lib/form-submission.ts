import { signal } from '@angular/core';
import { type FormErrors, formErrorsFrom, NO_ERRORS } from './form-errors';

/**
 * The state of one form's submission: busy while the request runs, and the
 * API's errors mapped onto the form's fields afterwards.
 */
export class FormSubmission {
  readonly errors = signal<FormErrors>(NO_ERRORS);
  readonly busy = signal(false);

  /**
   * @param fields the form's field ids, top to bottom
   * @param general the field a message without a field is shown against
   */
  constructor(
    private readonly fields: string[],
    private readonly general: string,
    /** Maps an API field path to the form's field id; by default dots become dashes. */
    private readonly fieldId?: (path: string) => string,
  ) {}

  /** Runs the action; on failure shows its errors and returns the error, on success clears them and returns null. */
  async run(action: () => Promise<unknown>): Promise<unknown> {
    this.busy.set(true);
    try {
      await action();
      this.errors.set(NO_ERRORS);
      return null;
    } catch (error) {
      this.errors.set(formErrorsFrom(error, this.fields, this.general, this.fieldId));
      return error;
    } finally {
      this.busy.set(false);
    }
  }
}
