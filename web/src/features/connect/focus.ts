/**
 * A row is about to leave its list (an introduction started, a gathering held): keyboard and
 * screen-reader users keep their place on the next row's first button (or the previous row's),
 * else on the section around the list. Nothing moves when focus is elsewhere.
 */
export function focusNeighbour(row: HTMLElement | null): void {
  if (!row) return;
  const active = document.activeElement;
  if (active && active !== document.body && !row.contains(active)) return;
  const sibling = row.nextElementSibling ?? row.previousElementSibling;
  const target = sibling?.querySelector<HTMLElement>('button:not([disabled])') ?? sectionOf(row);
  target?.focus();
}

/** Focus fell to the page (what held it is gone): back to the section it was in. */
export function refocusSection(section: HTMLElement | null): void {
  if (document.activeElement === document.body || document.activeElement === null) {
    section?.focus();
  }
}

function sectionOf(el: HTMLElement): HTMLElement | null {
  return el.closest<HTMLElement>('section[tabindex]');
}
