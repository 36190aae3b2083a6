import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedException } from './domain.exception';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * A query parameter read as one value (`@Query('q') q: string`) arrives as an array when the
 * client repeats it (`?q=a&q=b`), or as an object from a bracketed key: refused here for every
 * route, before a handler calls a string method on it.
 */
class GruValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (
      metadata.type === 'query' &&
      metadata.data &&
      metadata.metatype !== Array &&
      typeof value === 'object' &&
      value !== null
    ) {
      throw new ValidationFailedException([
        {
          field: metadata.data,
          messages: [
            `${metadata.data} : une seule valeur attendue / expected a single value, not a repeated parameter`,
          ],
        },
      ]);
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/** The global pipe: unknown fields are refused, and every invalid field is named in the 400 body. */
export function createValidationPipe(): ValidationPipe {
  return new GruValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedException(flatten(errors)),
  });
}
