// The global object in every runtime the add-in meets (old JavaScript-only runtimes lack globalThis).
// eslint-disable-next-line no-new-func
export const G: Record<string, unknown> = (typeof globalThis !== 'undefined' ? globalThis : Function('return this')()) as Record<string, unknown>;
