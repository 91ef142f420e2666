// Layout of the popup and options page (the components' own look comes from core/ui's stylesheet).
export const PAGES_CSS = `
html, body { margin: 0; background: #ffffff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
.rkx-page { padding: 12px 14px; display: grid; gap: 12px; }
.rkx-popup { width: 380px; }
.rkx-options { max-width: 720px; margin: 0 auto; padding: 24px 20px 48px; }
.rkx-page h1 { font-size: 18px; margin: 0; }
.rkx-page h2 { font-size: 16px; margin: 0 0 6px; }
.rkx-page section { display: grid; gap: 8px; }
.rkx-options section { border-top: 1px solid #d0d7de; padding-top: 14px; }
.rkx-row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.rkx-page .rkx-row input[type=text] { flex: 1; width: auto; min-width: 12em; }
.rkx-page label { display: grid; gap: 4px; font-weight: 600; }
.rkx-page .rkx-radio-row label { display: flex; gap: 6px; font-weight: 400; align-items: center; }
.rkx-page input[type=text], .rkx-page input[type=url], .rkx-page textarea, .rkx-page select {
  font: inherit; font-weight: 400; padding: 6px 8px; border: 1px solid #6e7781; border-radius: 4px; background: #fff; color: #1f2328; min-width: 0; }
.rkx-page input[type=url], .rkx-page input[type=text], .rkx-page textarea { width: 100%; }
.rkx-page textarea { min-height: 4.5em; }
.rkx-hint { color: #4b535c; font-weight: 400; font-size: 13px; margin: 0; }
.rkx-muted { color: #4b535c; margin: 0; }
.rkx-status-line { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; }
.rkx-pill { display: inline-block; padding: 2px 8px; border-radius: 999px; background: #e7f0fa; color: #0a3a66; font-size: 12px; }
.rkx-pill.rkx-off { background: #eceff2; color: #3a434c; }
.rkx-page .rkx-note { background: #f6f8fa; border: 1px dashed #6e7781; border-radius: 4px; padding: 6px 8px; margin: 0; }
.rkx-page .rkx-error { border: 2px solid #a86400; background: #fff3d6; color: #5c3900; border-radius: 6px; padding: 8px 10px; }
.rkx-page .rkx-error ul { margin: 6px 0 0; padding-left: 18px; list-style: disc; }
.rkx-locked { font-size: 12px; font-weight: 600; color: #0a3a66; background: #e7f0fa; border-radius: 4px; padding: 1px 6px; margin-left: 6px; }
.rkx-linkbtn { background: none; border: none; padding: 0; color: #0a57a3; text-decoration: underline; font: inherit; cursor: pointer; }
.rkx-page :focus-visible { outline: 3px solid #0a57a3; outline-offset: 2px; }

.rkx-page .rkx-label { font-weight: 600; margin: 0 0 4px; }
.rkx-page fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 4px; }
.rkx-page legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.rkx-page .rkx-sites { display: grid; gap: 4px; }
/* The native file input speaks the browser's language, not ours: a labelled button stands in. */
.rkx-page .rkx-file { position: relative; display: inline-flex; align-items: center; gap: 10px; font-weight: 400; }
.rkx-file input[type=file] { position: absolute; width: 1px; height: 1px; opacity: 0; }
.rkx-file:focus-within .rk-btn { outline: 3px solid #0a57a3; outline-offset: 2px; }
`;
