// The panel's frame; the findings themselves use core/ui's stylesheet. Both go into the panel's
// closed shadow root, so no page style reaches in and none leaks out.
export const PANEL_CSS = `
:host { all: initial !important; display: block !important; contain: content !important; margin: 8px 0 !important; visibility: visible !important; opacity: 1 !important; position: static !important; }
.rkx-panel { border: 1px solid var(--rk-soft-line); border-left: 4px solid var(--rk-accent); border-radius: 6px; background: var(--rk-bg); max-width: 100%; }
.rkx-panel.rkx-warning { border-left-color: var(--rk-warn-edge); }
.rkx-head { display: flex; align-items: center; gap: 8px; padding: 6px 8px 6px 10px; }
.rkx-name { font-weight: 700; color: var(--rk-text); }
.rkx-status { flex: 1; color: var(--rk-muted); min-width: 0; }
.rkx-toggle, .rkx-link { background: none; border: 1px solid transparent; color: var(--rk-accent); font: inherit; cursor: pointer; padding: 2px 6px; border-radius: 4px; text-decoration: underline; }
.rkx-toggle:hover, .rkx-link:hover { color: var(--rk-accent-hover); }
.rkx-body { padding: 0 10px 10px; display: grid; gap: 8px; }
.rkx-note { background: var(--rk-surface); border: 1px dashed var(--rk-line); border-radius: 4px; padding: 6px 8px; color: var(--rk-text); }
.rkx-confirm { border: 2px solid var(--rk-warn-edge); background: var(--rk-warn-bg); color: var(--rk-warn-text); border-radius: 6px; padding: 10px; display: grid; gap: 8px; }
.rkx-confirm h2 { font-size: 15px; margin: 0; }
.rkx-confirm-actions { display: flex; gap: 8px; flex-wrap: wrap; }
.rkx-applied, .rkx-as { color: var(--rk-muted); }
`;
