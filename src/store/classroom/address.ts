/** The address bar during a class: it keeps the classroom screen, so a reload comes back to it. */

/** Keeps the address on the classroom screen, so a reload comes back to the class. */
export function keepAddress(query: string): void {
  try {
    history.replaceState(null, '', `${location.pathname}${query}`);
  } catch {
    // An address that cannot change only means a reload opens the library.
  }
}
