// Visual check page: every component with sample data in both languages (see screenshot.mjs).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { ActingAs, Lang } from '../../../core/types.js';
import { ActingAsSwitch, FindingList, LookupView, PathPicture, RouteView, applyStyles } from '../../../core/ui/index.js';
import { EVIL, checkResult, kommunikator, longPath, lookupResults, okand, routeUnknown, routeVad, viaFc } from './fixtures.js';

function Panel({ lang }: { lang: Lang }) {
  const [acting, setActing] = useState<ActingAs>('fortroendevald');
  return (
    <main class="rk-root" lang={lang} style="padding:12px;display:flex;flex-direction:column;gap:18px;border-bottom:4px solid #000">
      <ActingAsSwitch
        lang={lang}
        sender={{ address: 'anna.berg@kungsor.se', name: 'Anna Berg', roles: ['ordforande', 'ledamot', 'chef'] }}
        actingAs={acting}
        onChange={setActing}
      />
      <FindingList lang={lang} findings={[kommunikator, okand, viaFc]} recipients={checkResult.recipients} onApply={() => {}} />
      <FindingList lang={lang} findings={[]} onApply={() => {}} />
      <PathPicture lang={lang} path={longPath.path} />
      <PathPicture lang={lang} path={[{ address: 'x@kungsor.se', name: EVIL, roles: ['kommunikator'] }]} />
      <LookupView lang={lang} search={() => [...lookupResults, longPath]} onPick={() => {}} initialQuery="rektor" debounceMs={0} />
      <RouteView lang={lang} route={routeVad} onForward={() => {}} />
      <RouteView lang={lang} route={routeUnknown} onForward={() => {}} />
    </main>
  );
}

const params = new URLSearchParams(location.search);
const lang = (params.get('lang') ?? 'sv') as Lang;
if (params.has('shadow')) {
  // As the extension does it: a closed shadow root on a host page with loud styles of its own.
  const hostile = document.createElement('style');
  hostile.textContent = 'body{color:red;font:20px/3 serif;letter-spacing:2px;text-align:center;text-transform:uppercase} button,li,p{all:unset}';
  document.head.appendChild(hostile);
  const shadow = document.getElementById('app')!.attachShadow({ mode: 'closed' });
  applyStyles(shadow);
  const mountPoint = document.createElement('div');
  shadow.appendChild(mountPoint);
  render(<Panel lang={lang} />, mountPoint);
} else {
  applyStyles(document);
  render(<Panel lang={lang} />, document.getElementById('app')!);
}
// Open all <details> so the screenshot shows the guideline passages too.
if (location.hash === '#open') setTimeout(() => document.querySelectorAll('details').forEach((d) => (d.open = true)), 50);
