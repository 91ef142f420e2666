// Who answers for a unit: its chef, else the nearest chef up the tree, else the head of the förvaltning
// (domain.md's nearest manager, seen from a unit rather than a person; a mailbox's manager).
import type { Organisation } from './organisation/organisation.js';
import type { PersonFile } from './types.js';

const TOP_TYPES = new Set(['forvaltning', 'bolag']);

export function unitManager(org: Organisation, unitId: string | undefined): PersonFile | undefined {
  let unit = org.unit(unitId);
  const seen = new Set<string>();
  while (unit && !seen.has(unit.id)) {
    seen.add(unit.id);
    if (TOP_TYPES.has(unit.type)) break;
    for (const h of org.holdersIn(unit.id)) if (h.position.role === 'chef') return h.person;
    unit = org.unit(unit.parent);
  }
  return org.headOf(org.forvaltningOf(unitId)) ?? org.kommundirektor();
}
