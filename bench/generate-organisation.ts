// The one generated organisation, of any size, for the benchmark and for the large-file tests
// (tests import it from here): the shape of a real municipality – kommunfullmäktige,
// kommunstyrelsen with a kommunledningsförvaltning, nämnder each governing a förvaltning of
// enheter with a chef and medarbetare, communicators, politicians with a second address,
// managers, unit mailboxes and a distribution list. It has no error and no validate warning.
import type { OrganisationFile, PersonFile } from '../core/types.js';

export const GENERATED_DOMAIN = 'kommun.example';
export const GENERATED_MEDIA_DOMAIN = 'tidning.example';
export const GENERATED_POLITICS_DOMAIN = 'politik.example';

const FIRST_NAMES = [
  'Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Anders', 'Sara', 'Per', 'Lena', 'Nils', 'Emma', 'Olof', 'Ida',
  'Gustav', 'Elin', 'Mats', 'Linnea', 'Jonas', 'Maja', 'Oskar', 'Frida', 'Henrik', 'Astrid', 'Viktor', 'Alva', 'Axel', 'Tove',
  'Magnus', 'Greta', 'Hugo', 'Signe', 'Isak', 'Saga', 'Leo', 'Märta', 'Arvid', 'Ebba', 'Ludvig', 'Wilma', 'Sixten', 'Agnes',
  'Malte', 'Stina', 'Holger', 'Tilda', 'Egon', 'Ronja', 'Vidar',
];
const NAME_STEMS = ['Berg', 'Lund', 'Sjö', 'Ek', 'Björk', 'Ström', 'Dahl', 'Hag', 'Lind', 'Ny', 'Holm', 'Åker', 'Sand', 'Fors', 'Gran', 'Öst', 'Väst', 'Norr', 'Sö', 'Mal'];
const NAME_ENDS = ['gren', 'kvist', 'man', 'borg', 'strand', 'stedt', 'blad', 'ling', 'vall', 'näs', 'dal', 'berg', 'ström', 'lund', 'holm', 'qvist', 'ander', 'ås', 'hed', 'by', 'mark', 'red', 'torp', 'vik', 'sten', 'rot', 'fält', 'kind', 'skog', 'mo', 'bäck', 'hult', 'ängen', 'hammar', 'sund', 'fjäll', 'myr', 'åsen', 'löf', 'ros', 'hage', 'vret', 'ryd', 'udd', 'ö', 'kulla', 'lid', 'stam', 'nord', 'fur'];

/** Unique, Swedish-looking names: `i` → first name × surname (50 × 1 000 combinations). */
export function generatedName(i: number): string {
  const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
  const s = Math.floor(i / FIRST_NAMES.length);
  const stem = NAME_STEMS[s % NAME_STEMS.length]!;
  const end = NAME_ENDS[Math.floor(s / NAME_STEMS.length) % NAME_ENDS.length]!;
  return first + ' ' + stem + end + (i >= 50_000 ? ' ' + String(i) : '');
}

/**
 * An organisation of about `people` people (at most `people`). Person `p{i}` is named
 * `generatedName(i)` and has the address `p{i}@kommun.example`; p0 is the kso, p1 the
 * kommundirektör, p2 a kommunikatör of the kommunledningsförvaltning. For each n below
 * `forvaltningar`: "Nämnd {n}" (`n{n}`, its ordförande and then its förvaltningschef next in
 * line) governs "Förvaltning {n}" (`f{n}`, with a kommunikatör), which has enheter "Enhet {n}-{m}"
 * (`f{n}-e{m}`, topic `ämne{n}x{m}`, mailbox `enhet{n}-{m}@kommun.example`), each a chef and
 * `perUnit` medarbetare. Every 50th medarbetare is also a ledamot of kommunfullmäktige with a
 * second address `p{i}@politik.example`; every 7th has the förvaltningschef as manager.
 */
export function generateOrganisation(people: number, forvaltningar = 20, perUnit = 50): OrganisationFile {
  const units: OrganisationFile['units'] = [
    { id: 'kf', name: 'Kommunfullmäktige', type: 'fullmaktige' },
    { id: 'ks', name: 'Kommunstyrelsen', type: 'styrelse' },
    { id: 'klf', name: 'Kommunledningsförvaltningen', type: 'forvaltning', governedBy: 'ks' },
  ];
  const list: PersonFile[] = [];
  let i = 0;
  const add = (positions: PersonFile['positions'], extra: Partial<PersonFile> = {}): string => {
    const id = 'p' + i;
    list.push({ id, name: generatedName(i), emails: ['p' + i + '@' + GENERATED_DOMAIN], positions, ...extra });
    i++;
    return id;
  };
  add([{ role: 'kso', unit: 'ks' }]);
  add([{ role: 'kommundirektor', unit: 'klf' }, { role: 'forvaltningschef', unit: 'klf' }]);
  add([{ role: 'kommunikator', unit: 'klf' }]);
  const chefs: string[] = [];
  const perF = Math.max(1, Math.ceil((people - 3) / forvaltningar / (perUnit + 1)));
  for (let n = 0; n < forvaltningar && i < people; n++) {
    units.push({ id: 'n' + n, name: 'Nämnd ' + n, type: 'namnd' });
    units.push({ id: 'f' + n, name: 'Förvaltning ' + n, type: 'forvaltning', governedBy: 'n' + n });
    add([{ role: 'ordforande', unit: 'n' + n }]);
    const head = add([{ role: 'forvaltningschef', unit: 'f' + n }], { title: 'Förvaltningschef' });
    chefs.push(head);
    if (i < people) add([{ role: 'kommunikator', unit: 'f' + n }], { title: 'Kommunikatör' });
    for (let m = 0; m < perF && i < people; m++) {
      const unit = 'f' + n + '-e' + m;
      units.push({ id: unit, name: 'Enhet ' + n + '-' + m, type: 'enhet', parent: 'f' + n, topics: ['ämne' + n + 'x' + m], mailbox: 'enhet' + n + '-' + m + '@' + GENERATED_DOMAIN });
      add([{ role: 'chef', unit }], { title: 'Enhetschef', manager: head });
      for (let k = 0; k < perUnit && i < people; k++) {
        const extra: Partial<PersonFile> = { title: 'Handläggare' };
        if (i % 7 === 0) extra.manager = head;
        if (i % 50 === 0) {
          const work = 'p' + i + '@' + GENERATED_DOMAIN;
          const own = 'p' + i + '@' + GENERATED_POLITICS_DOMAIN;
          add([{ role: 'medarbetare', unit, email: work }, { role: 'ledamot', unit: 'kf', email: own }], { ...extra, emails: [work, own] });
        } else add([{ role: 'medarbetare', unit }], extra);
      }
    }
  }
  return {
    schemaVersion: 1,
    organisation: { name: 'Genererad kommun', internalDomains: [GENERATED_DOMAIN] },
    policy: { mediaDomains: [GENERATED_MEDIA_DOMAIN], sendCheck: 'prompt', severity: { 'narmaste-chef': 'info' } },
    units,
    people: list,
    groups: [{ address: 'alla-chefer@' + GENERATED_DOMAIN, name: 'Alla chefer', members: chefs.slice(0, 10) }],
  };
}
