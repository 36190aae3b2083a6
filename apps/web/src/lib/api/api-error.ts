import { z } from 'zod';

/** The API's one error body (libs/errors `ErrorBody`), checked rather than trusted. */
const errorBodySchema = z.object({
  statusCode: z.number().optional(),
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** Every failed call of the client, whatever the endpoint: branch on `status` and `code`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(response: Response, body: unknown): ApiError {
    const parsed = errorBodySchema.safeParse(body);
    if (!parsed.success) {
      return new ApiError(response.status, `http-${response.status}`, response.statusText);
    }
    const { code, message, errors, requestId } = parsed.data;
    return new ApiError(response.status, code, message, errors ?? [], requestId);
  }
}
