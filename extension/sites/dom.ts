// Tiny DOM helpers shared by the site modules.

/** Calls `fn` at most once per animation-ish tick after a burst of calls. */
export function debounce(fn: () => void, ms: number): () => void {
  let handle: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (handle !== undefined) clearTimeout(handle);
    handle = setTimeout(() => {
      handle = undefined;
      fn();
    }, ms);
  };
}

/** Observes a subtree (children, attributes, text) and input events inside it. */
export function observeSubtree(root: Element, onChange: () => void): () => void {
  const mo = new MutationObserver(() => onChange());
  mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value', 'data-hovercard-id', 'aria-label', 'class'] });
  const events = ['input', 'change', 'keyup', 'paste', 'blur', 'focusout'];
  for (const e of events) root.addEventListener(e, onChange, true);
  return () => {
    mo.disconnect();
    for (const e of events) root.removeEventListener(e, onChange, true);
  };
}

/** Sets a form field's value the way a user would, so the page's own listeners see it. */
export function setFieldValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export function pressKey(el: Element, key: string, code = key): void {
  for (const type of ['keydown', 'keypress', 'keyup']) {
    el.dispatchEvent(new KeyboardEvent(type, { key, code, keyCode: key === 'Enter' ? 13 : 0, which: key === 'Enter' ? 13 : 0, bubbles: true, cancelable: true }));
  }
}

/** The text of a contenteditable body, as lines. */
export function editableText(el: Element | null): string {
  if (!el) return '';
  return (el as HTMLElement).innerText ?? el.textContent ?? '';
}

/** First element matching any of the selectors. */
export function first<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T | null {
  for (const s of selectors) {
    const el = root.querySelector<T>(s);
    if (el) return el;
  }
  return null;
}
