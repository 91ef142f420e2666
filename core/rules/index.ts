// The catalogue, in the order of rules.md. Each rule lives in its own module.
import type { Rule } from './rule.js';
import { viaForvaltningschef } from './via-forvaltningschef.js';

export const RULES: readonly Rule[] = [
  viaForvaltningschef,
];
