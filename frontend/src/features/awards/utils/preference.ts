/**
 * The order to show a firm: its saved preference first (bids still opened, each once), then the bids it has
 * not ranked yet, in the order given.
 */
export function initialOrder(bidIds: string[], saved: string[] | null | undefined): string[] {
  const present = new Set(bidIds);
  const ranked = [...new Set(saved ?? [])].filter((id) => present.has(id));
  const rankedSet = new Set(ranked);
  return [...ranked, ...bidIds.filter((id) => !rankedSet.has(id))];
}

/** The list with the item at `from` moved to `to` (both clamped to the list); the input is left as it is. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) {
    return next;
  }
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return next;
}

/** Whether two orders are the same (nothing to save). */
export const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
