declare module '@socialgouv/jours-feries' {
  /** Holiday name → local midnight of that day. */
  export default function joursFeries(
    year: number,
    options?: { alsace?: boolean },
  ): Record<string, Date>;
}
