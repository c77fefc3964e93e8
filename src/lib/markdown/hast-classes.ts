/** The class names of a hast element (hast keeps them as an array under `className`). */
import type { Element } from 'hast';

export function classesOf(el: Element): string[] {
  const value = el.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}
