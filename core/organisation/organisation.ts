// The loaded organisation: the validated file plus the indexes and derived relations of domain.md
// (förvaltning of a position, head, responsible board, nearest manager, communicator, classification).
// Built in one pass over the people so that a check costs the same at 500 and at 50 000 people.
import {
  ELECTED_ROLES,
  type ActingAs,
  type ClassifiedAddress,
  type DistributionGroupFile,
  type Group,
  type MailAddress,
  type OrganisationFile,
  type PersonFile,
  type Policy,
  type PositionFile,
  type Role,
  type UnitFile,
} from '../types.js';
import { BUILT_IN_MEDIA_DOMAINS } from './media-domains.js';
import { normaliseAddress } from '../text/address.js';

export interface Holder {
  person: PersonFile;
  position: PositionFile;
}

/** Roles in the elected group; everything else but `media` is a tjansteperson role. */
const ELECTED = new Set<Role>(ELECTED_ROLES);
export const isElectedRole = (role: Role): boolean => ELECTED.has(role);
export const isStaffRole = (role: Role): boolean => !ELECTED.has(role) && role !== 'media';
export const groupOfRole = (role: Role): Group =>
  ELECTED.has(role) ? 'fortroendevald' : role === 'media' ? 'media' : 'tjansteperson';

/** What addresses are compared by: trimmed, NFC, lower case (the same key as a message's addresses). */
export const addressKey = normaliseAddress;

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/** A domain rule matches the domain itself and its subdomains (domain.md). */
function domainMatches(domain: string, rules: Set<string>): boolean {
  let d = domain;
  for (;;) {
    if (rules.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) return false;
    d = d.slice(dot + 1);
  }
}

const FORVALTNING_TYPES = new Set(['forvaltning', 'bolag']);
/** Classifications remembered per organisation (addresses seen while writing; bounded). */
const CLASSIFIED_MAX = 10000;

export class Organisation {
  readonly file: OrganisationFile;
  readonly name: string;
  readonly policy: Policy;

  private readonly unitsById = new Map<string, UnitFile>();
  private readonly peopleById = new Map<string, PersonFile>();
  private readonly peopleByAddress = new Map<string, PersonFile>();
  private readonly groupsByAddress = new Map<string, DistributionGroupFile>();
  private readonly holdersByUnit = new Map<string, Holder[]>();
  private readonly holdersByRole = new Map<Role, Holder[]>();
  private readonly mailboxes = new Map<string, { role: Role; unit?: string }>();
  private readonly internalDomains: Set<string>;
  private readonly mediaDomains: Set<string>;
  private readonly forvaltningCache = new Map<string, string | undefined>();
  private readonly childUnits = new Map<string, UnitFile[]>();
  private readonly classified = new Map<string, ClassifiedAddress>();
  private readonly classifiedPlain = new Map<string, ClassifiedAddress>();
  /** Förvaltningar and bolag by the board governing them, in file order. */
  private readonly governed = new Map<string, UnitFile[]>();
  /** The comparison key of each position's own address (few positions have one). */
  private readonly positionKeys = new Map<PositionFile, string>();

  constructor(file: OrganisationFile) {
    this.file = file;
    this.name = file.organisation.name;
    const p = file.policy ?? {};
    const media = BUILT_IN_MEDIA_DOMAINS.slice();
    for (const d of p.mediaDomains ?? []) media.push(d.toLowerCase());
    this.policy = {
      mediaDomains: media,
      pressMailbox: p.pressMailbox ?? 'press@' + (file.organisation.internalDomains[0] ?? 'example.se'),
      registratorMailbox: p.registratorMailbox ?? 'registrator@' + (file.organisation.internalDomains[0] ?? 'example.se'),
      whistleblowerUrl: p.whistleblowerUrl,
      directContactAllowed: p.directContactAllowed ?? ['kommunikator', 'namndsekreterare', 'registrator'],
      severity: p.severity ?? {},
      sendCheck: p.sendCheck ?? 'prompt',
    };
    this.internalDomains = new Set(file.organisation.internalDomains.map((d) => d.toLowerCase()));
    this.mediaDomains = new Set(media);

    for (const unit of file.units) {
      this.unitsById.set(unit.id, unit);
      if (unit.parent !== undefined) push(this.childUnits, unit.parent, unit);
      if (unit.governedBy !== undefined && FORVALTNING_TYPES.has(unit.type)) push(this.governed, unit.governedBy, unit);
    }
    for (const person of file.people) {
      this.peopleById.set(person.id, person);
      for (const email of person.emails) {
        const key = addressKey(email);
        if (!this.peopleByAddress.has(key)) this.peopleByAddress.set(key, person);
      }
      for (const position of person.positions) {
        const holder = { person, position };
        if (position.unit !== undefined) push(this.holdersByUnit, position.unit, holder);
        push(this.holdersByRole, position.role, holder);
        if (position.email !== undefined) this.positionKeys.set(position, addressKey(position.email));
      }
    }
    for (const group of file.groups ?? []) this.groupsByAddress.set(addressKey(group.address), group);
    for (const unit of file.units) {
      if (unit.mailbox) this.mailboxes.set(addressKey(unit.mailbox), { role: 'medarbetare', unit: unit.id });
    }
    const kdUnit = this.kommundirektorForvaltning();
    if (this.policy.pressMailbox) this.mailboxes.set(addressKey(this.policy.pressMailbox), { role: 'kommunikator', unit: kdUnit });
    if (this.policy.registratorMailbox)
      this.mailboxes.set(addressKey(this.policy.registratorMailbox), { role: 'registrator', unit: kdUnit });
  }

  // ---------- plain lookups ----------

  unit(id: string | undefined): UnitFile | undefined {
    return id === undefined ? undefined : this.unitsById.get(id);
  }
  person(id: string | undefined): PersonFile | undefined {
    return id === undefined ? undefined : this.peopleById.get(id);
  }
  personByAddress(address: string): PersonFile | undefined {
    return this.peopleByAddress.get(addressKey(address));
  }
  distributionGroup(address: string): DistributionGroupFile | undefined {
    return this.groupsByAddress.get(addressKey(address));
  }
  holdersOf(role: Role): readonly Holder[] {
    return this.holdersByRole.get(role) ?? [];
  }
  holdersIn(unitId: string): readonly Holder[] {
    return this.holdersByUnit.get(unitId) ?? [];
  }
  childrenOf(unitId: string): readonly UnitFile[] {
    return this.childUnits.get(unitId) ?? [];
  }
  isInternal(address: string): boolean {
    return domainMatches(domainOf(address), this.internalDomains);
  }
  isMediaDomain(address: string): boolean {
    return domainMatches(domainOf(address), this.mediaDomains);
  }
  /** A functional mailbox (unit mailbox, press, registrator): known, never `okand`. */
  mailbox(address: string): { role: Role; unit?: string } | undefined {
    return this.mailboxes.get(addressKey(address));
  }

  /** The address to write to a person at: the one tied to a position of the wanted group, else an internal one. */
  addressOf(person: PersonFile, group?: Group): string {
    if (group !== undefined) {
      for (const pos of person.positions) if (pos.email && groupOfRole(pos.role) === group) return addressKey(pos.email);
    }
    for (const e of person.emails) if (this.isInternal(e)) return addressKey(e);
    return addressKey(person.emails[0] ?? '');
  }

  ref(person: PersonFile, group?: Group): { address: string; name: string; roles: Role[] } {
    return { address: this.addressOf(person, group), name: person.name, roles: rolesOf(person.positions, group) };
  }

  // ---------- derived relations (domain.md) ----------

  /** Walk `parent` to the first förvaltning or bolag. */
  forvaltningOf(unitId: string | undefined): string | undefined {
    if (unitId === undefined) return undefined;
    if (this.forvaltningCache.has(unitId)) return this.forvaltningCache.get(unitId);
    let found: string | undefined;
    const seen = new Set<string>();
    let u = this.unitsById.get(unitId);
    while (u && !seen.has(u.id)) {
      seen.add(u.id);
      if (FORVALTNING_TYPES.has(u.type)) {
        found = u.id;
        break;
      }
      u = u.parent === undefined ? undefined : this.unitsById.get(u.parent);
    }
    this.forvaltningCache.set(unitId, found);
    return found;
  }

  kommundirektor(): PersonFile | undefined {
    return this.holdersOf('kommundirektor')[0]?.person;
  }

  /** The kommundirektör's own förvaltning (kommunstyrelsens förvaltning). */
  kommundirektorForvaltning(): string | undefined {
    const h = this.holdersOf('kommundirektor')[0];
    return h ? this.forvaltningOf(h.position.unit) : undefined;
  }

  /** Head of a förvaltning (its förvaltningschef) or bolag (its VD); the KD heads his own förvaltning. */
  headOf(forvaltningId: string | undefined): PersonFile | undefined {
    if (forvaltningId === undefined) return undefined;
    const unit = this.unitsById.get(forvaltningId);
    const headRole: Role = unit?.type === 'bolag' ? 'vd' : 'forvaltningschef';
    for (const h of this.holdersIn(forvaltningId)) if (h.position.role === headRole) return h.person;
    if (forvaltningId === this.kommundirektorForvaltning()) return this.kommundirektor();
    return undefined;
  }

  /** The nämnd/styrelse governing a förvaltning or bolag. */
  boardOf(forvaltningId: string | undefined): UnitFile | undefined {
    return this.unit(this.unit(forvaltningId)?.governedBy);
  }

  /** Kommunstyrelsen: the board governing the KD's förvaltning, or where the KSO sits. */
  isKommunstyrelsen(boardId: string): boolean {
    const kdF = this.kommundirektorForvaltning();
    if (kdF !== undefined && this.unit(kdF)?.governedBy === boardId) return true;
    for (const h of this.holdersOf('kso')) if (h.position.unit === boardId) return true;
    return false;
  }

  kso(): PersonFile | undefined {
    return this.holdersOf('kso')[0]?.person;
  }

  /** The ordförande of a board; for kommunstyrelsen the KSO. */
  chairOf(boardId: string | undefined): PersonFile | undefined {
    if (boardId === undefined) return undefined;
    if (this.isKommunstyrelsen(boardId)) {
      const kso = this.kso();
      if (kso) return kso;
    }
    for (const h of this.holdersIn(boardId)) if (h.position.role === 'ordforande' || h.position.role === 'kso') return h.person;
    return undefined;
  }

  /** The responsible politician for a förvaltning: the chair of the board governing it. */
  responsiblePolitician(forvaltningId: string | undefined): PersonFile | undefined {
    return this.chairOf(this.boardOf(forvaltningId)?.id);
  }

  /** Förvaltningar (and bolag) governed by a board. */
  governedBy(boardId: string): UnitFile[] {
    const list = this.governed.get(boardId);
    return list ? list.slice() : [];
  }

  /** Nearest manager: `manager`, else the chef of the unit (a chef: of the parent unit) up to the head; the head's is the KD. */
  nearestManager(person: PersonFile, position?: PositionFile): PersonFile | undefined {
    if (person.manager !== undefined) {
      const m = this.peopleById.get(person.manager);
      if (m && m !== person) return m;
    }
    const pos = position ?? staffPositions(person)[0];
    if (!pos) return undefined;
    const kd = this.kommundirektor();
    if (pos.role === 'kommundirektor') return undefined;
    if (pos.role === 'forvaltningschef' || pos.role === 'vd') return kd !== person ? kd : undefined;
    const f = this.forvaltningOf(pos.unit);
    let unit = this.unit(pos.unit);
    if (unit && pos.role === 'chef' && !FORVALTNING_TYPES.has(unit.type)) unit = this.unit(unit.parent);
    const seen = new Set<string>();
    while (unit && !seen.has(unit.id)) {
      seen.add(unit.id);
      if (FORVALTNING_TYPES.has(unit.type)) break;
      for (const h of this.holdersIn(unit.id)) if (h.position.role === 'chef' && h.person !== person) return h.person;
      unit = this.unit(unit.parent);
    }
    const head = this.headOf(f);
    if (head && head !== person) return head;
    return kd !== person ? kd : undefined;
  }

  /** A kommunikatör in the förvaltning, else in the KD's förvaltning, else the press mailbox. */
  communicatorFor(forvaltningId: string | undefined): { address: string; name: string; personId?: string } | undefined {
    const comms = this.holdersOf('kommunikator');
    const pick = (f: string | undefined) => {
      if (f === undefined) return undefined;
      for (const h of comms) if (this.forvaltningOf(h.position.unit) === f) return h.person;
      return undefined;
    };
    const person = pick(forvaltningId) ?? pick(this.kommundirektorForvaltning());
    if (person) return { address: this.addressOf(person, 'tjansteperson'), name: person.name, personId: person.id };
    if (this.policy.pressMailbox) return { address: addressKey(this.policy.pressMailbox), name: 'Press' };
    return undefined;
  }

  // ---------- classification ----------

  /**
   * Classify an address. A position tied to the address decides the group; a dual-role person whose
   * address ties to no position acts as förtroendevald unless `actingAs` says otherwise (domain.md).
   */
  classify(mail: MailAddress, options: { actingAs?: ActingAs; personId?: string } = {}): ClassifiedAddress {
    // The organisation never changes once loaded, so a classification can be remembered; a fresh
    // copy goes out each time so that no caller can change what another one gets.
    // Calls without options (every recipient) are keyed by the address as it is: no key to build.
    const plain = options.actingAs === undefined && options.personId === undefined;
    const key = plain ? mail.address : (options.actingAs ?? '') + '|' + (options.personId ?? '') + '|' + mail.address;
    const memo = plain ? this.classifiedPlain : this.classified;
    let known = memo.get(key);
    if (!known) {
      known = this.classifyAddress(addressKey(mail.address), options);
      if (memo.size >= CLASSIFIED_MAX) memo.clear();
      memo.set(key, known);
    }
    const result: ClassifiedAddress = { address: known.address, group: known.group, roles: known.roles.slice() };
    const name = mail.name || known.name;
    if (name) result.name = name;
    if (known.personId !== undefined) result.personId = known.personId;
    if (known.forvaltning !== undefined) result.forvaltning = known.forvaltning;
    return result;
  }

  private classifyAddress(address: string, options: { actingAs?: ActingAs; personId?: string }): ClassifiedAddress {
    const person = options.personId !== undefined ? this.peopleById.get(options.personId) : this.peopleByAddress.get(address);
    if (person) {
      const positions = this.positionsInUse(person, address, options.actingAs);
      const group = positions.length ? groupOfRole(positions[0]!.role) : 'okand';
      const result: ClassifiedAddress = { address, name: person.name, group, roles: rolesOf(positions), personId: person.id };
      if (group === 'tjansteperson') {
        const f = this.forvaltningOf(positions[0]!.unit);
        if (f !== undefined) result.forvaltning = f;
      }
      return result;
    }
    const box = this.mailboxes.get(address);
    if (box) {
      const result: ClassifiedAddress = { address, group: 'tjansteperson', roles: [box.role] };
      const f = this.forvaltningOf(box.unit);
      if (f !== undefined) result.forvaltning = f;
      return result;
    }
    if (this.isMediaDomain(address)) return { address, group: 'media', roles: ['media'] };
    if (this.isInternal(address)) return { address, group: 'okand', roles: [] };
    return { address, group: 'medborgare', roles: [] };
  }

  /** The positions a person acts in from an address: all of one group, the acting group first in line. */
  positionsInUse(person: PersonFile, address: string, actingAs?: ActingAs): PositionFile[] {
    const all = person.positions;
    if (actingAs !== undefined) {
      const chosen = all.filter((p) => groupOfRole(p.role) === actingAs);
      if (chosen.length) return chosen;
    }
    // In loops rather than filters: this runs for every recipient.
    let tied = false;
    let untied = false;
    for (let i = 0; i < all.length; i++) {
      const p = all[i] as PositionFile;
      if (p.email === undefined) untied = true;
      else if (this.positionKey(p) === address) tied = true;
    }
    // The pool the group is read from: the tied positions, else the untied ones, else all.
    let elected = false;
    let staff = false;
    for (let i = 0; i < all.length; i++) {
      const p = all[i] as PositionFile;
      const inPool = tied ? p.email !== undefined && this.positionKey(p) === address : !untied || p.email === undefined;
      if (!inPool) continue;
      if (isElectedRole(p.role)) elected = true;
      else if (isStaffRole(p.role)) staff = true;
    }
    const group: Group = elected ? 'fortroendevald' : staff ? 'tjansteperson' : 'media';
    // Within the group, all the person's positions count (an untied ledamot who is also ordförande).
    const out: PositionFile[] = [];
    for (let i = 0; i < all.length; i++) {
      const p = all[i] as PositionFile;
      if (groupOfRole(p.role) === group && (!tied || p.email === undefined || this.positionKey(p) === address)) out.push(p);
    }
    return out;
  }

  private positionKey(position: PositionFile): string {
    const key = this.positionKeys.get(position);
    return key !== undefined ? key : addressKey(position.email ?? '');
  }

  /** Whether a person holds positions in both groups (the dual-role switch in the UIs). */
  isDualRole(person: PersonFile): boolean {
    return person.positions.some((p) => isElectedRole(p.role)) && person.positions.some((p) => isStaffRole(p.role));
  }
}

export function staffPositions(person: PersonFile): PositionFile[] {
  return person.positions.filter((p) => isStaffRole(p.role));
}

function rolesOf(positions: readonly PositionFile[], group?: Group): Role[] {
  const roles: Role[] = [];
  for (const p of positions) {
    if (group !== undefined && groupOfRole(p.role) !== group) continue;
    if (!roles.includes(p.role)) roles.push(p.role);
  }
  return roles;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
