// The one key e-mail addresses are compared by, wherever they come from (the organisation file,
// a message, an import): trimmed, Unicode NFC ("ä" typed as a + combining diaeresis is "ä") and
// lower case. For an address that is already bare; core/message/addresses.ts strips display
// names and `mailto:` before it calls this.

/** Unicode NFC, where the runtime has String.prototype.normalize. */
export function nfc(text: string): string {
  return typeof text.normalize === 'function' ? text.normalize('NFC') : text;
}

/** The comparison key of a bare address: trimmed, NFC, lower case. */
export function normaliseAddress(bare: string): string {
  const trimmed = bare.trim();
  // Most addresses are ASCII, which NFC leaves as it is: skip the (costly) normalisation for them.
  for (let i = 0; i < trimmed.length; i++) if (trimmed.charCodeAt(i) > 127) return nfc(trimmed).toLowerCase();
  return trimmed.toLowerCase();
}
