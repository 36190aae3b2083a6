/** Query keys of the callbacks feature; invalidate by prefix with `callbacksKeys.all`. */
export const callbacksKeys = {
  all: ['callbacks'] as const,
  list: () => [...callbacksKeys.all, 'list'] as const,
};
