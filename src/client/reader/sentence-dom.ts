/** The aligned sentences in the page: a `.seg` numbered by `data-s` within its `.pair`. */
export const SEGMENT = '.seg';

export const segmentOf = (target: EventTarget | Node | null): HTMLElement | null => {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  return element?.closest<HTMLElement>(SEGMENT) ?? null;
};
export const pairOf = (segment: HTMLElement) => segment.closest<HTMLElement>('.pair');
/** A sentence and its counterpart: every segment of the pair with the same number. */
export const withCounterpart = (segment: HTMLElement) => [
  ...(pairOf(segment)?.querySelectorAll<HTMLElement>(`${SEGMENT}[data-s="${segment.dataset['s']}"]`) ?? [segment]),
];
export const visible = (element: HTMLElement) => element.getClientRects().length > 0;
