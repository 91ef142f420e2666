// The one interface every webmail site module implements (refined-github style: one small module
// per site, tiny helpers, and a note at the top of each module on the markup it relies on).
import type { Field, MailAddress, Suggestion } from '../../core/types.js';

/** What a compose view holds right now, as the site shows it. */
export interface ComposeSnapshot {
  /** The sender, when the page shows it (webmail does not always). */
  from?: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  subject: string;
  body: string;
}

export interface ComposeView {
  /** The element holding this compose view; the view is gone when it leaves the document. */
  readonly root: Element;
  read(): ComposeSnapshot;
  /** Applies one recipient change in the site's own widgets, so the site sends what it shows. */
  apply(suggestion: Suggestion): void | Promise<void>;
  /** Calls `onChange` (not necessarily once per change) whenever recipients, subject or body may have changed. */
  observe(onChange: () => void): () => void;
  /** The button that sends this message (the runtime hooks it for the send check). */
  sendButton(): HTMLElement | null;
  /** Where the panel goes: inserted into `parent` before `before`. */
  panelSlot(): { parent: Element; before: Node | null } | null;
}

export interface SiteAdapter {
  readonly id: 'roundcube' | 'gmail' | 'outlook-web';
  /** True when this page is the site (markup traces, not only the host name). */
  detect(doc: Document): boolean;
  /** Every compose view on the page now (the runtime keeps its own by `root`). */
  findComposeViews(doc: Document): ComposeView[];
}

export type { Field, MailAddress, Suggestion };
