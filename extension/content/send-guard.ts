// Holds a click on the site's Send button while the user answers the panel's question, then sends
// with the site's own button. Listens in the capture phase on the window, before the page's handlers.

export interface SendGuard {
  /** Presses the send button for real (after the user chose "Skicka ändå"). */
  release(): void;
  stop(): void;
}

const POINTER = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

export function guardSend(
  win: Window,
  button: () => HTMLElement | null,
  root: Element,
  /** True to let this send through now; false holds it (the caller shows its question). */
  allow: () => boolean,
): SendGuard {
  let passing = false;
  let held = false;
  const onPointer = (e: Event) => {
    const b = button();
    if (passing || !b || !(e.target instanceof Node) || !b.contains(e.target)) return;
    if (e.type === 'pointerdown' || e.type === 'mousedown') held = !allow();
    else if (e.type === 'click' && !held) held = !allow();
    if (!held) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'click') held = false;
  };
  const onKey = (e: KeyboardEvent) => {
    if (passing || !(e.target instanceof Node)) return;
    const b = button();
    const shortcut = (e.ctrlKey || e.metaKey) && e.key === 'Enter' && root.contains(e.target);
    const onButton = (e.key === 'Enter' || e.key === ' ') && !!b && b.contains(e.target);
    if ((shortcut || onButton) && !allow()) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };
  for (const t of POINTER) win.addEventListener(t, onPointer, true);
  win.addEventListener('keydown', onKey, true);
  return {
    release() {
      const b = button();
      if (!b) return;
      passing = true;
      try {
        for (const type of ['mousedown', 'mouseup'] as const) b.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: win }));
        b.click();
      } finally {
        passing = false;
      }
    },
    stop() {
      for (const t of POINTER) win.removeEventListener(t, onPointer, true);
      win.removeEventListener('keydown', onKey, true);
    },
  };
}
