import type { ApiError } from '@epm/shared/contracts';

export interface FieldError {
  /** The id of the input to focus: the API's field path with dots as dashes. */
  field: string;
  message: string;
}

/** Errors of a submitted form, in the order fields appear, for the summary and for each field. */
export interface FormErrors {
  summary: FieldError[];
  byField: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: [], byField: {} };

/**
 * Turns an API error into form errors. `fieldOrder` lists the form's fields
 * top to bottom so the summary matches the page; `general` names the field a
 * message without a field (a 401, say) is shown against.
 */
export function formErrorsFrom(
  error: unknown,
  fieldOrder: string[],
  general: string,
  fieldId: (path: string) => string = (path) => path.replace(/\./g, '-'),
): FormErrors {
  const api = apiErrorOf(error);
  const entries: FieldError[] = [];
  if (api?.errors) {
    for (const [path, messages] of Object.entries(api.errors)) {
      const field = fieldId(path);
      entries.push({
        field: fieldOrder.includes(field) ? field : general,
        message: messages[0] ?? api.message,
      });
    }
  } else {
    entries.push({
      field: general,
      message: api?.message ?? 'Something went wrong. Try again.',
    });
  }
  entries.sort((a, b) => rank(fieldOrder, a.field) - rank(fieldOrder, b.field));
  const byField: Record<string, string> = {};
  for (const entry of entries) byField[entry.field] ??= entry.message;
  return {
    summary: entries.filter((entry, index) => entries.findIndex((other) => other.field === entry.field) === index),
    byField,
  };
}

export function apiErrorOf(error: unknown): ApiError | undefined {
  const body = (error as { error?: unknown } | null)?.error;
  return typeof body === 'object' && body !== null && 'statusCode' in body ? (body as ApiError) : undefined;
}

function rank(order: string[], field: string): number {
  const index = order.indexOf(field);
  return index < 0 ? order.length : index;
}
