/** Tiny DOM helpers: every text goes in through textContent, never as HTML. */

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (false/null/undefined are left out) and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and, optionally, its text. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Appends children to a node; strings are added as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of a node (the platform's replaceChildren; strings become text, empty ones are left out). */
export function replace(parent: ParentNode, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** A button that runs `onClick`. */
export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** A labelled <select>; returns the wrapper label and the select. */
export function select(
  label: string,
  options: readonly { value: string; text: string }[],
  value: string,
  attrs: Attrs = {},
): { field: HTMLLabelElement; input: HTMLSelectElement } {
  const input = h('select', attrs);
  for (const o of options) {
    const opt = h('option', { value: o.value }, o.text);
    if (o.value === value) opt.selected = true;
    input.append(opt);
  }
  const field = h('label', { class: 'field' }, h('span', {}, label), input);
  return { field, input };
}

/** A labelled text or number input; returns the wrapper label and the input. */
export function input(label: string, attrs: Attrs = {}): { field: HTMLLabelElement; input: HTMLInputElement } {
  const el = h('input', { type: 'text', ...attrs });
  const field = h('label', { class: 'field' }, h('span', {}, label), el);
  return { field, input: el };
}
