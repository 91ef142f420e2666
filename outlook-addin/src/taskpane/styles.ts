// The pane's own layout around the shared components (which bring ROLLKOLL_CSS).
export const PANE_CSS = `
html, body { margin: 0; padding: 0; background: #ffffff; }
.rk-boot { font-family: system-ui, sans-serif; padding: 12px; color: #4b535c; }
.rk-pane { display: flex; flex-direction: column; min-height: 100vh; box-sizing: border-box; }
.rk-pane-head { padding: 10px 12px 0; border-bottom: 1px solid #d0d7de; position: sticky; top: 0; background: #ffffff; z-index: 1; }
.rk-pane-title { font-size: 1.05rem; margin: 0 0 6px; font-weight: 650; color: #0a57a3; }
.rk-tabs { display: flex; gap: 2px; }
.rk-tab { font: inherit; font-size: 0.92rem; border: 0; background: none; padding: 7px 10px; cursor: pointer; color: #4b535c; border-bottom: 3px solid transparent; border-radius: 4px 4px 0 0; }
.rk-tab:hover { background: #f6f8fa; color: #1f2328; }
.rk-tab[aria-selected="true"] { color: #1f2328; font-weight: 600; border-bottom-color: #0a57a3; }
.rk-tab:focus-visible { outline: 3px solid #0a57a3; outline-offset: -3px; }
.rk-pane-body { flex: 1; padding: 12px; }
.rk-pane-body > div > * + * { margin-top: 12px; }
.rk-pane-error { border-left: 4px solid #a86400; background: #fff3d6; color: #5c3900; padding: 8px 10px; border-radius: 4px; }
.rk-pane-error p { margin: 0 0 8px; }
.rk-status:empty { display: none; }
.rk-status { margin: 8px 0 0; color: #1d5531; font-size: 0.9rem; }
.rk-recheck { display: flex; flex-direction: column; gap: 4px; margin-top: 14px; }
.rk-recheck .rk-btn { align-self: flex-start; }
.rk-pane-foot { padding: 8px 12px 12px; border-top: 1px solid #d0d7de; color: #4b535c; font-size: 0.8rem; }
.rk-pane-foot p { margin: 0; }
`;
