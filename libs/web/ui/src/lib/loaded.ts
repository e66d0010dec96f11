import type { Resource } from '@angular/core';

/**
 * A resource's value, or undefined while loading or after an error. Reading
 * `value()` of a resource in error throws, which would break the template;
 * pages read through this instead and show their own error state.
 */
export function loaded<T>(resource: Resource<T>): T | undefined {
  return resource.hasValue() ? resource.value() : undefined;
}
