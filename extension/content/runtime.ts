// The content script's engine, the same for every site: finds compose views with the site's
// adapter, puts a panel beside each (closed shadow root), checks live as the message changes,
// applies fixes through the adapter, and asks on Send where the send check says so.
// Nothing the user writes is stored, logged or sent anywhere: it is read, checked, and dropped.
import { h, render } from 'preact';
import { check } from '../../core/check.js';
import type { ActingAs, CheckResult, MessageInput, Role } from '../../core/types.js';
import { applyStyles } from '../../core/ui/styles.js';
import { ext } from '../browser-api.js';
import { debounce } from '../sites/dom.js';
import type { ComposeView, SiteAdapter } from '../sites/types.js';
import { loadContext, watchContext, type Context } from './context.js';
import { PANEL_CSS } from './panel-css.js';
import { Panel, type SendQuestion } from './Panel.js';
import { resolveSender, type ResolvedSender } from './sender.js';
import { guardSend, type SendGuard } from './send-guard.js';

const HOST_TAG = 'rollkoll-panel';

function addSheet(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.appendChild(style);
  }
}

export function toMessage(view: ComposeView, sender: ResolvedSender): { input: MessageInput; recipients: number } | null {
  const snap = view.read();
  const recipients = snap.to.length + snap.cc.length + snap.bcc.length;
  if (!sender.from) return null;
  return { input: { from: sender.from, to: snap.to, cc: snap.cc, bcc: snap.bcc, subject: snap.subject, body: snap.body }, recipients };
}

class Controller {
  private host: HTMLElement;
  private shadow: ShadowRoot;
  private stopObserving: () => void;
  private guard: SendGuard | null = null;
  private result: CheckResult | null = null;
  private sender: ResolvedSender = {};
  private recipients = 0;
  private actingAs: ActingAs | undefined;
  private dualRoles: Role[] | undefined;
  private question: SendQuestion | null = null;

  constructor(readonly view: ComposeView, private ctx: () => Context | null) {
    const doc = view.root.ownerDocument;
    this.host = doc.createElement(HOST_TAG);
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    applyStyles(this.shadow);
    addSheet(this.shadow, PANEL_CSS);
    this.place();
    this.stopObserving = view.observe(debounce(() => this.update(), 150));
    this.guard = guardSend(doc.defaultView!, () => view.sendButton(), view.root, () => this.allowSend());
    this.update();
  }

  /** Puts the panel where the adapter says (again, if the site re-rendered and dropped it). */
  place(): void {
    if (this.host.isConnected) return;
    const slot = this.view.panelSlot();
    if (slot) slot.parent.insertBefore(this.host, slot.before);
  }

  update(): void {
    const ctx = this.ctx();
    if (!ctx) return;
    this.place();
    this.actingAs ??= ctx.settings.actingAs === 'auto' ? undefined : ctx.settings.actingAs;
    this.sender = resolveSender(ctx.org, this.view.read().from, ctx.settings.myAddresses);
    const person = ctx.org.person(this.sender.senderPersonId) ?? (this.sender.from ? ctx.org.personByAddress(this.sender.from.address) : undefined);
    this.dualRoles = person && ctx.org.isDualRole(person) ? [...new Set(person.positions.map((pos) => pos.role))] : undefined;
    const msg = toMessage(this.view, this.sender);
    this.recipients = msg?.recipients ?? 0;
    this.result = msg
      ? check(ctx.org, msg.input, { actingAs: this.actingAs, lang: ctx.settings.lang, senderPersonId: this.sender.senderPersonId })
      : null;
    this.render();
  }

  private allowSend(): boolean {
    const ctx = this.ctx();
    if (!ctx || ctx.sendCheck === 'off') return true;
    this.update();
    if (this.result?.verdict !== 'warning') return true;
    this.question = {
      mode: ctx.sendCheck === 'block' ? 'block' : 'prompt',
      onCancel: () => {
        this.question = null;
        this.render();
      },
      onSend: () => {
        this.question = null;
        this.render();
        this.guard?.release();
      },
    };
    this.render();
    return false;
  }

  private render(): void {
    const ctx = this.ctx();
    if (!ctx) return;
    const apply = async (list: Parameters<ComposeView['apply']>[0][]) => {
      for (const s of list) await this.view.apply(s);
      setTimeout(() => this.update(), 50);
    };
    render(
      h(Panel, {
        lang: ctx.settings.lang,
        result: this.result,
        sender: this.sender,
        example: ctx.example,
        actingAs: this.actingAs,
        onActingAs: (a) => {
          this.actingAs = a;
          this.update();
        },
        onApply: (s) => void apply([s]),
        onApplyAll: (list) => void apply(list),
        onOptions: () => void ext.sendMessage({ type: 'rollkoll:options' }).catch(() => undefined),
        question: this.question,
        hasRecipients: this.recipients > 0,
        dualRoles: this.dualRoles,
      }),
      this.shadow,
    );
  }

  dispose(): void {
    this.stopObserving();
    this.guard?.stop();
    render(null, this.shadow);
    this.host.remove();
  }
}

export interface Running {
  views(): number;
  stop(): void;
}

export function start(adapter: SiteAdapter, doc: Document = document): Running {
  const controllers = new Map<Element, Controller>();
  let ctx: Context | null = null;

  const scan = () => {
    if (!ctx) return;
    const seen = new Set<Element>();
    for (const view of adapter.findComposeViews(doc)) {
      seen.add(view.root);
      if (!controllers.has(view.root)) controllers.set(view.root, new Controller(view, () => ctx));
      else controllers.get(view.root)!.place();
    }
    for (const [root, c] of controllers) {
      if (!seen.has(root) || !root.isConnected) {
        c.dispose();
        controllers.delete(root);
      }
    }
  };
  const scanSoon = debounce(scan, 200);
  const reload = async () => {
    ctx = await loadContext();
    scan();
    for (const c of controllers.values()) c.update();
  };

  const mo = new MutationObserver((records) => {
    // Our own panels change inside closed shadow roots and never show up here.
    if (records.some((r) => r.addedNodes.length || r.removedNodes.length)) scanSoon();
  });
  mo.observe(doc.documentElement, { childList: true, subtree: true });
  const unwatch = watchContext(() => void reload());
  void reload();

  return {
    views: () => controllers.size,
    stop() {
      mo.disconnect();
      unwatch();
      for (const c of controllers.values()) c.dispose();
      controllers.clear();
    },
  };
}

/** Entry used by each site's content script: starts once per page, answers the popup's status question. */
export function boot(adapter: SiteAdapter): void {
  const flag = '__rollkollRunning';
  const w = window as unknown as Record<string, unknown>;
  if (w[flag]) return;
  w[flag] = true;
  const running = start(adapter);
  ext.onMessage((message) => {
    const m = message as { type?: string } | null;
    if (m?.type === 'rollkoll:status') return Promise.resolve({ site: adapter.id, views: running.views() });
    return undefined;
  });
}
