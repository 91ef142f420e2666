// Letter case in running text.

/** "Förvaltningschef" → "förvaltningschef" (for use inside a sentence), but "VD" and "KSO" stay as they are. */
export function lowerFirst(s: string): string {
  return s.length > 1 && s.charAt(1) === s.charAt(1).toLowerCase() ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
