/** A French label for a value the API sends as a string; the raw value when it is new to the interface. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}
