/** Building DOM for the islands: an element with attributes and children. Text is only ever inserted as text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const k in attrs) node.setAttribute(k, attrs[k] ?? '');
  node.append(...children);
  return node;
}
