// A generated organisation of any size for benchmarks and scale tests: the shape of a real
// municipality (boards, förvaltningar, units in two levels, managers, politicians, communicators).
import type { OrganisationFile, PersonFile, UnitFile } from '../core/types.js';

const FIRST = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Per', 'Sara', 'Nils', 'Åsa', 'Örjan', 'Märta', 'Jöns'];
const LAST = ['Berg', 'Lind', 'Holm', 'Ek', 'Strand', 'Åberg', 'Öhman', 'Sjö', 'Dahl', 'Wik', 'Nord', 'Söder'];
const AREAS = ['Barn och utbildning', 'Social omsorg', 'Teknik', 'Kultur och fritid', 'Bygg och miljö', 'Äldreomsorg', 'Arbetsmarknad', 'Räddningstjänst'];

export function generateOrganisation(people: number): OrganisationFile {
  const units: UnitFile[] = [
    { id: 'kf', name: 'Kommunfullmäktige', type: 'fullmaktige' },
    { id: 'ks', name: 'Kommunstyrelsen', type: 'styrelse' },
    { id: 'klf', name: 'Kommunledningsförvaltningen', type: 'forvaltning', governedBy: 'ks' },
  ];
  const forvaltningar = Math.max(2, Math.min(40, Math.round(people / 1500)));
  const unitsPerForvaltning = Math.max(2, Math.round(people / forvaltningar / 40));
  const leaves: string[] = [];
  for (let f = 0; f < forvaltningar; f++) {
    const area = `${AREAS[f % AREAS.length]} ${f + 1}`;
    units.push({ id: `n${f}`, name: `Nämnden för ${area}`, type: 'namnd' });
    units.push({ id: `f${f}`, name: `Förvaltningen för ${area}`, type: 'forvaltning', governedBy: `n${f}` });
    for (let a = 0; a < 4; a++) units.push({ id: `f${f}a${a}`, name: `Avdelning ${a + 1} (${area})`, type: 'enhet', parent: `f${f}` });
    for (let u = 0; u < unitsPerForvaltning; u++) {
      const id = `f${f}u${u}`;
      units.push({ id, name: `Enhet ${u + 1} (${area})`, type: 'enhet', parent: `f${f}a${u % 4}`, topics: [`ämne${f}-${u}`] });
      leaves.push(id);
    }
  }
  const list: PersonFile[] = [];
  let n = 0;
  const person = (positions: PersonFile['positions'], extra: Partial<PersonFile> = {}): PersonFile => {
    const first = FIRST[n % FIRST.length]!;
    const last = LAST[Math.floor(n / FIRST.length) % LAST.length]!;
    const p: PersonFile = { id: `p${n}`, name: `${first} ${last} ${n}`, emails: [`p${n}@kommun.example`], positions, ...extra };
    n++;
    list.push(p);
    return p;
  };
  person([{ role: 'kommundirektor', unit: 'klf' }, { role: 'forvaltningschef', unit: 'klf' }]);
  person([{ role: 'kso', unit: 'ks' }]);
  person([{ role: 'kommunikator', unit: 'klf' }]);
  for (let f = 0; f < forvaltningar; f++) {
    person([{ role: 'ordforande', unit: `n${f}` }]);
    person([{ role: 'ledamot', unit: `n${f}` }]);
    person([{ role: 'forvaltningschef', unit: `f${f}` }]);
    person([{ role: 'kommunikator', unit: `f${f}` }]);
    for (let a = 0; a < 4; a++) person([{ role: 'chef', unit: `f${f}a${a}` }]);
  }
  for (const id of leaves) if (list.length < people) person([{ role: 'chef', unit: id }]);
  let i = 0;
  while (list.length < people) {
    const unit = leaves[i++ % leaves.length]!;
    list.push({
      id: `p${n}`, name: `${FIRST[n % FIRST.length]} ${LAST[n % LAST.length]} ${n}`, emails: [`p${n}@kommun.example`],
      positions: [{ role: n % 97 === 0 ? 'ledamot' : 'medarbetare', unit: n % 97 === 0 ? 'kf' : unit }],
    });
    n++;
  }
  return {
    schemaVersion: 1,
    organisation: { name: 'Genererad kommun', internalDomains: ['kommun.example'] },
    policy: { mediaDomains: ['tidning.example'] },
    units,
    people: list,
    groups: [{ address: 'alla-chefer@kommun.example', members: list.slice(0, 10).map((p) => p.id) }],
  };
}
