/** The studio's DOM helpers: every text goes in through textContent, never as HTML. */

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (false/null/undefined are left out) and children (strings become text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  fill(node, ...children);
  return node;
}

/** Appends children to a node; strings become text nodes. */
function fill(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of a node. */
export function refill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  fill(parent, ...children);
}

/** A button that runs `onClick`. */
export function btn(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** A labelled field around an input, select or textarea. */
export function field(label: string, control: HTMLElement, attrs: Attrs = {}): HTMLLabelElement {
  return el('label', { class: 'sf', ...attrs }, el('span', {}, label), control);
}
