/**
 * Views are handed out by reference to every caller: freezing them keeps one caller from editing
 * another's answer. Maps cannot be frozen, so they stay private and only their values are frozen.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) {
    return value;
  }
  if (value instanceof Map) {
    for (const nested of value.values()) {
      deepFreeze(nested);
    }
    return value;
  }
  Object.freeze(value);
  for (const nested of Object.values(value)) {
    deepFreeze(nested);
  }
  return value;
}
