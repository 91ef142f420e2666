// Reaching into the panel's CLOSED shadow root from a test: page scripts cannot (that is the point),
// and Playwright's locators only pierce open roots, so this goes through the DevTools protocol
// (DOM.getDocument with pierce), then clicks with the real mouse at the element's position.
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function collect(node: DomNode, out: DomNode[]): void {
  if (node.nodeName === 'ROLLKOLL-PANEL' && node.shadowRoots?.length) out.push(node.shadowRoots[0]!);
  for (const c of node.children ?? []) collect(c, out);
  for (const c of node.shadowRoots ?? []) collect(c, out);
  if (node.contentDocument) collect(node.contentDocument, out);
}

/** Object ids (main world) of every panel's shadow root, in document order. */
export async function panelRoots(page: Page): Promise<string[]> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const roots: DomNode[] = [];
  collect(root, roots);
  const ids: string[] = [];
  for (const r of roots) {
    const { object } = (await s.send('DOM.resolveNode', { backendNodeId: r.backendNodeId })) as { object: { objectId: string } };
    ids.push(object.objectId);
  }
  return ids;
}

async function call<T>(page: Page, objectId: string, fn: string, ...args: unknown[]): Promise<T> {
  const s = await cdp(page);
  const r = (await s.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: T }; exceptionDetails?: unknown };
  if (r.exceptionDetails) throw new Error(`in panel: ${JSON.stringify(r.exceptionDetails)}`);
  return r.result.value;
}

export async function panelCount(page: Page): Promise<number> {
  return (await panelRoots(page)).length;
}

/** The visible text of panel `index` ('' when there is none). */
export async function panelText(page: Page, index = 0): Promise<string> {
  const id = (await panelRoots(page))[index];
  if (!id) return '';
  return call<string>(page, id, 'function() { const s = this.querySelector("section"); return s ? s.innerText : ""; }');
}

/** Waits until panel `index` exists and its text matches. */
export async function waitForPanelText(page: Page, pattern: RegExp, index = 0, ms = 10_000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  for (;;) {
    last = await panelText(page, index).catch(() => '');
    if (pattern.test(last)) return last;
    if (Date.now() > until) throw new Error(`panel ${index} never matched ${pattern}; it says:\n${last}`);
    await page.waitForTimeout(100);
  }
}

/** Clicks (with the real mouse) the first button, summary or label in panel `index` whose text matches. */
export async function clickInPanel(page: Page, pattern: RegExp, index = 0): Promise<void> {
  const id = (await panelRoots(page))[index];
  if (!id) throw new Error('no panel');
  const rect = await call<{ x: number; y: number; w: number; h: number } | null>(
    page,
    id,
    `function(source, flags) {
      const re = new RegExp(source, flags);
      const b = [...this.querySelectorAll('button, summary, label')].find((el) => re.test(el.textContent || ''));
      if (!b) return null;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }`,
    pattern.source,
    pattern.flags,
  );
  if (!rect) throw new Error(`no button ${pattern} in panel:\n${await panelText(page, index)}`);
  await page.mouse.click(rect.x + rect.w / 2, rect.y + rect.h / 2);
}

/** Computed style values of the first element matching `selector` inside panel `index`. */
export async function panelStyle(page: Page, selector: string, props: string[], index = 0): Promise<Record<string, string>> {
  const id = (await panelRoots(page))[index];
  if (!id) throw new Error('no panel');
  return call(page, id, `function(sel, props) { const el = this.querySelector(sel); const cs = getComputedStyle(el); return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])); }`, selector, props);
}
