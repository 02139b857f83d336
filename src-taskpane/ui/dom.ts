/** Small DOM helpers for the pane's view. */
type El<K extends keyof HTMLElementTagNameMap> = HTMLElementTagNameMap[K];

/** An element with attributes and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text = "",
): El<K> {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

/** A small Fluent button (appearance: primary, secondary, subtle). */
export function fluentButton(id: string, appearance = "secondary"): HTMLElement {
  const button = document.createElement("fluent-button");
  button.id = id;
  button.setAttribute("appearance", appearance);
  button.setAttribute("size", "small");
  return button;
}

/** Sets a list's children only when their content changed, so focus and scroll survive a re-render. */
export function replaceIfChanged(parent: HTMLElement, key: string, build: () => Node[]): void {
  if (parent.dataset.key === key) return;
  parent.dataset.key = key;
  parent.replaceChildren(...build());
}
