/** Every job carries ids, never objects, plus where it came from: processors re-read state. */
export interface JobMeta {
  readonly requestId?: string;
  readonly enqueuedAt: string;
}

export type JobPayload<T extends object = Record<string, never>> = T & { readonly meta: JobMeta };
