import { ArgumentMetadata, Injectable, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import type { AuthenticatedUser } from '@gru/auth';
import type { Request } from '../persistence/request.entity';
import { RequestAccess } from '../workflow/request-access.service';
import { RequestReader } from '../workflow/request-reader.service';

/** What `@LoadedRequest()` hands its pipe: the raw route parameter and the caller. */
export interface RequestLookup {
  readonly id: string;
  readonly user: AuthenticatedUser;
}

/**
 * Turns a request's route parameter into the request, in the order the controllers used to do it
 * by hand: 400 for a malformed id, 404 for an unknown one, 403 when `RequestAccess` refuses.
 */
@Injectable()
export class AccessibleRequestPipe implements PipeTransform<RequestLookup, Promise<Request>> {
  private readonly uuid = new ParseUUIDPipe();

  constructor(
    private readonly reader: RequestReader,
    private readonly access: RequestAccess,
  ) {}

  async transform(lookup: RequestLookup, metadata: ArgumentMetadata): Promise<Request> {
    // Nest 12 types the pipe for optional ids too; a required one is returned or refused with a 400.
    const id = (await this.uuid.transform(lookup.id, metadata)) as string;
    const request = await this.reader.get(id);
    this.access.assertMayAccess(lookup.user, request);
    return request;
  }
}
