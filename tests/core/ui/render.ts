// Renders a Preact tree into the test DOM and cleans up after each test.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import axe from 'axe-core';

const mounted: HTMLElement[] = [];

export function mount(ui: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.appendChild(container);
  mounted.push(container);
  act(() => render(ui, container));
  return container;
}

export function rerender(container: HTMLElement, ui: ComponentChild): void {
  act(() => render(ui, container));
}

afterEach(() => {
  for (const c of mounted.splice(0)) {
    render(null, c);
    c.remove();
  }
});

/** Visible text of an element, whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttons(container: HTMLElement): HTMLButtonElement[] {
  return [...container.querySelectorAll('button')];
}

export function click(el: Element): void {
  act(() => {
    (el as HTMLElement).click();
  });
}

/** axe-core rules that need layout or colour computation, which happy-dom cannot give. */
export async function axeViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
