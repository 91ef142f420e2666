// Inline SVG icons: nothing is fetched, and they sit beside a text label (never the only cue).
import type { JSX } from 'preact';
import type { Severity } from '../types.js';

const common = { 'aria-hidden': 'true', focusable: 'false', viewBox: '0 0 16 16' } as const;

export function SeverityIcon({ severity }: { severity: Severity }): JSX.Element {
  if (severity === 'warning') {
    return (
      <svg {...common} class="rk-sev-icon">
        <path d="M8 1.2 15.2 14H.8L8 1.2Z" fill="currentColor" />
        <path d="M7.1 5.5h1.8l-.3 4.6H7.4l-.3-4.6ZM7.1 11.2h1.8V13H7.1z" fill="#ffffff" />
      </svg>
    );
  }
  return (
    <svg {...common} class="rk-sev-icon">
      <circle cx="8" cy="8" r="7.2" fill="currentColor" />
      <path d="M7.1 3.4h1.8v1.8H7.1zM7.1 6.6h1.8v6H7.1z" fill="#ffffff" />
    </svg>
  );
}

export function CheckIcon(): JSX.Element {
  return (
    <svg {...common} class="rk-sev-icon">
      <circle cx="8" cy="8" r="7.2" fill="currentColor" />
      <path d="m4.4 8.2 2.4 2.4 4.8-4.9" stroke="#ffffff" stroke-width="1.8" fill="none" />
    </svg>
  );
}
