// The components' stylesheet as a string, so the extension can put it into a closed shadow root
// and the add-in into its task pane without a CSS loader. Every class starts with `rk-`.
//
// Contrast (WCAG 2.x ratios, checked in tests/core/ui/styles.test.ts):
//   text      #1f2328 on #ffffff 15.8:1    muted   #4b535c on #ffffff 7.8:1 (on amber 7.1:1)
//   warning   #5c3900 on #fff3d6  9.3:1    info    #0a3a66 on #e7f0fa 10.1:1
//   primary   #ffffff on #0a57a3  7.2:1    button text #0a57a3 on white 7.2:1, on amber 6.6:1
//   badges    vad #4a2a86/#efe8fb 9.0:1    hur #1d5531/#e3f3e8 7.6:1    oklart #3a434c/#eceff2 8.7:1
//   placeholder #5f6770 on white 5.7:1     control borders #6e7781 on white 4.5:1 (≥3:1 needed)
// Focus: 3px #0a57a3 outline, offset 2px, on every interactive element.

export const ROLLKOLL_CSS = `
.rk-root {
  --rk-text: #1f2328;
  --rk-muted: #4b535c;
  --rk-bg: #ffffff;
  --rk-surface: #f6f8fa;
  --rk-line: #6e7781;
  --rk-soft-line: #d0d7de;
  --rk-accent: #0a57a3;
  --rk-accent-hover: #084580;
  --rk-warn-text: #5c3900;
  --rk-warn-bg: #fff3d6;
  --rk-warn-edge: #a86400;
  --rk-info-text: #0a3a66;
  --rk-info-bg: #e7f0fa;
  --rk-info-edge: #2f6fb0;
  --rk-focus: #0a57a3;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px;
  line-height: 1.45;
  color: var(--rk-text);
  text-align: left;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  white-space: normal;
  overflow-wrap: anywhere;
  box-sizing: border-box;
}
.rk-root *, .rk-root *::before, .rk-root *::after { box-sizing: border-box; }
.rk-root :where(p, ul, ol, li, blockquote, fieldset, legend, h2, h3, h4, dl, dd) { margin: 0; padding: 0; }
.rk-root :where(ul, ol) { list-style: none; }

/* Screen-reader-only text: live regions and labels that the picture already shows visually. */
.rk-sr-only {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}

.rk-root :where(button, input, summary, [tabindex]):focus-visible {
  outline: 3px solid var(--rk-focus);
  outline-offset: 2px;
}

/* Buttons: the text may be long ("Ersätt Anna Andersson med …"), so it wraps instead of clipping. */
.rk-btn {
  display: inline-flex; align-items: center; gap: 6px;
  min-height: 32px; max-width: 100%;
  padding: 5px 12px;
  font: inherit; font-weight: 600; text-align: left; white-space: normal;
  color: var(--rk-accent); background: var(--rk-bg);
  border: 1px solid var(--rk-accent); border-radius: 6px;
  cursor: pointer;
}
.rk-btn:hover { background: #eaf2fb; }
.rk-btn-primary { color: #ffffff; background: var(--rk-accent); }
.rk-btn-primary:hover { background: var(--rk-accent-hover); }
.rk-btn[disabled] { color: var(--rk-muted); border-color: var(--rk-soft-line); background: var(--rk-surface); cursor: not-allowed; }
.rk-btn-icon { flex: none; width: 14px; height: 14px; }

.rk-muted { color: var(--rk-muted); }
.rk-small { font-size: 13px; }

/* ---------- Findings ---------- */
.rk-findings { display: flex; flex-direction: column; gap: 8px; }
.rk-summary { font-weight: 600; }
.rk-empty {
  display: flex; gap: 8px; align-items: flex-start;
  padding: 10px 12px; border-radius: 6px;
  background: #e3f3e8; color: #1d5531;
}
.rk-problems { padding: 8px 12px; border: 1px solid var(--rk-line); border-radius: 6px; font-size: 13px; }
.rk-problems-title { font-weight: 700; }
.rk-problems li { list-style: disc; margin-left: 18px; }
.rk-finding-list { display: flex; flex-direction: column; gap: 8px; }
.rk-finding {
  padding: 10px 12px;
  border-radius: 6px;
  border-left: 5px solid;
}
.rk-finding-warning { color: var(--rk-warn-text); background: var(--rk-warn-bg); border-left-color: var(--rk-warn-edge); }
.rk-finding-info { color: var(--rk-info-text); background: var(--rk-info-bg); border-left-color: var(--rk-info-edge); }
.rk-sev { display: inline-flex; align-items: center; gap: 6px; font-weight: 700; margin-bottom: 2px; }
.rk-sev-icon { flex: none; width: 16px; height: 16px; }
.rk-finding-message { margin: 2px 0 6px; }
.rk-recipients { font-size: 13px; margin-bottom: 6px; }
.rk-recipients-label { font-weight: 600; margin-right: 4px; }
.rk-actions { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; margin-top: 8px; }

.rk-why { margin-top: 4px; }
.rk-why > summary {
  cursor: pointer; font-weight: 600; text-decoration: underline; text-underline-offset: 2px;
  padding: 2px 0; width: fit-content;
}
.rk-why-section { font-size: 13px; font-weight: 600; margin: 6px 0 2px; }
.rk-quote {
  margin: 0; padding: 4px 0 4px 10px;
  border-left: 3px solid currentColor;
  font-style: italic;
}

/* ---------- Acting as ---------- */
.rk-acting { display: flex; flex-direction: column; gap: 6px; }
.rk-acting-who { display: flex; flex-direction: column; }
.rk-acting-heading { font-size: 13px; color: var(--rk-muted); font-weight: 600; }
.rk-acting-name { font-weight: 700; }
.rk-acting-address { color: var(--rk-muted); font-size: 13px; }
.rk-acting-roles { font-size: 13px; }
.rk-radio-group { border: 1px solid var(--rk-soft-line); border-radius: 6px; padding: 8px 10px; }
.rk-radio-group > legend { font-weight: 700; padding: 0 4px; }
.rk-radio-hint { font-size: 13px; color: var(--rk-muted); margin-bottom: 6px; }
.rk-radio { display: flex; align-items: flex-start; gap: 8px; padding: 4px 0; cursor: pointer; }
.rk-radio input { margin: 3px 0 0; width: 16px; height: 16px; flex: none; accent-color: var(--rk-accent); }
.rk-radio-text { display: flex; flex-direction: column; }
.rk-radio-label { font-weight: 600; }
.rk-radio-roles { font-size: 13px; color: var(--rk-muted); }

/* ---------- Path picture ---------- */
/* A chain of boxes with arrows. Wide: a row that wraps, each wrapped line starting with "→".
   Narrow (≤ 340 px, e.g. a 320 px task pane): a column of equal boxes with down arrows. */
.rk-path-wrap { container-type: inline-size; }
.rk-path { display: flex; flex-wrap: wrap; align-items: stretch; gap: 6px 0; }
.rk-step { display: flex; align-items: center; }
.rk-step-box {
  display: flex; flex-direction: column; justify-content: center;
  min-width: 0; max-width: 190px;
  padding: 4px 8px;
  border: 1px solid var(--rk-line); border-radius: 6px;
  background: var(--rk-bg);
  overflow-wrap: break-word;
}
.rk-step-you .rk-step-box { background: var(--rk-surface); }
.rk-step-target .rk-step-box { border: 2px solid var(--rk-accent); }
.rk-step-caption { font-size: 12px; color: var(--rk-muted); font-weight: 600; line-height: 1.3; }
.rk-step-name { font-weight: 600; line-height: 1.3; }
.rk-arrow { flex: none; width: 22px; text-align: center; color: var(--rk-muted); font-weight: 700; }
.rk-arrow-down { display: none; }
@container (max-width: 340px) {
  .rk-path { flex-direction: column; flex-wrap: nowrap; gap: 0; }
  .rk-step { flex-direction: column; align-items: stretch; }
  .rk-step-box { max-width: 100%; }
  .rk-step-you .rk-step-box { align-self: flex-start; }
  .rk-arrow { width: auto; padding-left: 12px; text-align: left; line-height: 1.3; }
  .rk-arrow-right { display: none; }
  .rk-arrow-down { display: block; }
}
.rk-path-direct { font-size: 13px; color: var(--rk-muted); margin-top: 4px; }

/* ---------- Lookup ---------- */
.rk-lookup { display: flex; flex-direction: column; gap: 8px; }
.rk-field { display: flex; flex-direction: column; gap: 4px; }
.rk-field label { font-weight: 600; }
.rk-input {
  width: 100%; min-height: 34px; padding: 6px 10px;
  font: inherit; color: var(--rk-text); background: var(--rk-bg);
  border: 1px solid var(--rk-line); border-radius: 6px;
}
.rk-input::placeholder { color: #5f6770; }
.rk-results { display: flex; flex-direction: column; gap: 8px; }
.rk-result {
  display: flex; flex-direction: column; gap: 6px;
  padding: 10px 12px; border: 1px solid var(--rk-soft-line); border-radius: 6px;
}
.rk-result-name { font-weight: 700; font-size: 15px; }
.rk-result-meta { font-size: 13px; color: var(--rk-muted); }
.rk-result-note { font-size: 13px; }

/* ---------- Route ---------- */
.rk-route { display: flex; flex-direction: column; gap: 10px; }
.rk-route-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; }
.rk-heading { font-size: 15px; font-weight: 700; }
.rk-badge {
  display: inline-block; padding: 1px 8px; border-radius: 999px;
  font-size: 13px; font-weight: 700; border: 1px solid currentColor;
}
.rk-badge-vad { color: #4a2a86; background: #efe8fb; }
.rk-badge-hur { color: #1d5531; background: #e3f3e8; }
.rk-badge-unknown { color: #3a434c; background: #eceff2; }
.rk-route-section { display: flex; flex-direction: column; gap: 4px; }
.rk-route-sub { font-weight: 700; font-size: 13px; color: var(--rk-muted); }
.rk-person { padding: 6px 10px; border: 1px solid var(--rk-soft-line); border-radius: 6px; }
.rk-person-name { font-weight: 700; }
.rk-person-line { font-size: 13px; color: var(--rk-muted); }
.rk-person-reason { font-size: 13px; margin-top: 2px; }
.rk-route .rk-why { color: var(--rk-text); }

@media (prefers-reduced-motion: reduce) {
  .rk-root *, .rk-root *::before, .rk-root *::after {
    transition: none !important; animation: none !important; scroll-behavior: auto !important;
  }
}
@media (forced-colors: active) {
  .rk-finding, .rk-badge, .rk-step-box, .rk-empty { border: 1px solid CanvasText; }
}
`;

/**
 * Puts the stylesheet into a document or (closed) shadow root, once. Uses a constructed
 * stylesheet where supported, so a host page's CSP against inline <style> does not get in the way.
 */
export function applyStyles(root: Document | ShadowRoot): void {
  const marker = '__rollkollStyles';
  const holder = root as unknown as Record<string, unknown>;
  if (holder[marker]) return;
  holder[marker] = true;
  const canAdopt =
    typeof CSSStyleSheet !== 'undefined' &&
    'replaceSync' in CSSStyleSheet.prototype &&
    Array.isArray((root as Document).adoptedStyleSheets);
  if (canAdopt) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(ROLLKOLL_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  const doc = (root as Document).createElement ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const style = doc.createElement('style');
  style.textContent = ROLLKOLL_CSS;
  (root instanceof Document ? root.head : root).appendChild(style);
}
