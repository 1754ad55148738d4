/** Keeping focus where the trainee is: back to what opened a dialog, or to the map, never to the page's body. */

/** Focuses the play screen's map, if it is on the page; true when it took focus. */
export function focusMap(): boolean {
  const map = document.getElementById('map');
  map?.focus();
  return map !== null && document.activeElement === map;
}

/** Puts focus back on `el` when it is still on the page (and not inert), else on the map, else leaves it. */
export function restoreFocus(el: Element | null): void {
  if (el instanceof HTMLElement && el !== document.body && el.isConnected && !el.closest('[inert]')) {
    el.focus();
    if (document.activeElement === el) return;
  }
  focusMap();
}
