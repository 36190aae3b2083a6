/** Query keys of the live board; invalidate by prefix with `liveBoardKeys.all`. */
export const liveBoardKeys = {
  all: ['live-board'] as const,
  board: () => [...liveBoardKeys.all, 'board'] as const,
};
