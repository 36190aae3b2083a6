import { ApiError } from '../../../lib/api/api-error';

/** Puts the API's field errors (400) on the form's fields of the same name; others are ignored. */
export function showServerFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  setError: (field: F, error: { message: string }) => void,
): void {
  if (!(error instanceof ApiError)) return;
  for (const fieldError of error.fieldErrors) {
    const field = fields.find((name) => name === fieldError.field);
    if (field) setError(field, { message: fieldError.message });
  }
}
