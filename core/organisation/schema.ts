// The structure of the organisation file (../shared/spec/domain.md) as a valibot schema.
//
// One schema serves two purposes:
// - parse.ts runs it on the parsed JSON (structure errors with the path of the bad value);
// - scripts/generate-schema.mjs turns it into the published JSON Schema
//   (organisation.schema.json, draft 2020-12), so editors can check and complete the file.
//
// Objects are `strictObject`: the JSON Schema says `additionalProperties: false` (an editor
// underlines a typo), while parse.ts reports an unknown key as a WARNING naming the path and the
// nearest known key (`units[3].goverendBy: okänd nyckel – menade du "governedBy"?`). The one
// exception is `policy.severity`, whose keys are rule ids: an unknown one there is an error.
//
// Issue messages below are not texts but problem codes; messages.ts turns them into Swedish or
// English text. Addresses are kept as written (compared in lower case everywhere).
import * as v from 'valibot';
import { RULE_IDS, ROLES, UNIT_TYPES } from '../types.js';

/** `$id` of the published JSON Schema. */
export const SCHEMA_ID = 'urn:rollkoll:schema:organisation:1';

/** Something@something, no spaces: a light check (Exchange accepts more than RFC 5322 says). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;
/** A domain name (`kungsor.se`), no `@`, no spaces, no slash. */
export const DOMAIN_PATTERN = /^[^\s@/]+$/;
/** An http(s) address. */
export const URL_PATTERN = /^https?:\/\/\S+$/;

export const SEVERITY_SETTINGS = ['off', 'info', 'warning'] as const;
export const SEND_CHECKS = ['off', 'prompt', 'block'] as const;

let documented = false;

/**
 * Title (Swedish) and a description in Swedish and English: for the JSON Schema only. The schema
 * that parses is built without them (a pipe per value costs time on a 50 000-person file).
 */
function doc<T extends v.GenericSchema>(schema: T, title: string, sv: string, en: string): T {
  return documented ? (v.pipe(schema, v.metadata({ title, description: `${sv}\n\n${en}` })) as unknown as T) : schema;
}


const id = (title: string, sv: string, en: string) => doc(v.pipe(v.string(), v.minLength(1, 'empty-value')), title, sv, en);
const email = (title: string, sv: string, en: string) =>
  doc(v.pipe(v.string(), v.regex(EMAIL_PATTERN, 'invalid-email')), title, sv, en);
const text = (title: string, sv: string, en: string) => doc(v.pipe(v.string(), v.minLength(1, 'empty-value')), title, sv, en);

const role = v.picklist(ROLES, 'unknown-role');
const unitType = v.picklist(UNIT_TYPES, 'unknown-unit-type');
const severitySetting = v.picklist(SEVERITY_SETTINGS, 'invalid-severity');

function severityEntries() {
  const entries: Record<string, v.OptionalSchema<typeof severitySetting, undefined>> = {};
  for (const rule of RULE_IDS) entries[rule] = v.optional(severitySetting);
  return entries as { [K in (typeof RULE_IDS)[number]]: v.OptionalSchema<typeof severitySetting, undefined> };
}

const unit = () =>
  doc(
  v.strictObject({
    id: id('Id', 'Enhetens id, unikt bland enheterna (t.ex. "bun").', "The unit's id, unique among the units (e.g. \"bun\")."),
    name: text('Namn', 'Enhetens namn (t.ex. "Barn- och utbildningsnämnden").', "The unit's name."),
    type: doc(
      unitType,
      'Typ',
      'fullmaktige, styrelse, namnd, beredning, forvaltning, enhet eller bolag.',
      'fullmaktige (council), styrelse (board), namnd (committee), beredning (drafting committee), forvaltning (administration), enhet (unit inside a förvaltning or bolag) or bolag (municipal company).',
    ),
    parent: v.optional(
      id(
        'Överordnad enhet',
        'Id för enheten ovanför, inom en förvaltning eller ett bolag (bygger trädet).',
        'Id of the unit above, inside a förvaltning or bolag (builds the tree).',
      ),
    ),
    governedBy: v.optional(
      id(
        'Styrs av',
        'För en förvaltning: id för nämnden/styrelsen som leder den; för ett bolag: dess styrelse.',
        'For a förvaltning: id of the nämnd/styrelse governing it; for a bolag: its board.',
      ),
    ),
    topics: v.optional(
      doc(
        v.array(v.string()),
        'Ämnen',
        'Ord som enheten ansvarar för (hittas av lookup och route), t.ex. "grundskola".',
        'Words the unit is responsible for (found by lookup and route), e.g. "grundskola".',
      ),
    ),
    mailbox: v.optional(
      email(
        'Funktionsbrevlåda',
        'Enhetens funktionsbrevlåda; räknas som medarbetare i enheten.',
        "The unit's shared mailbox; counts as a medarbetare of the unit.",
      ),
    ),
  }),
  'Enhet',
  'En nämnd, styrelse, förvaltning, enhet, bolag …',
  'A board, committee, administration, unit, company …',
);

const position = () =>
  doc(
  v.strictObject({
    role: doc(role, 'Roll', 'Rollkod (se README), t.ex. "forvaltningschef" eller "ledamot".', 'Role code, e.g. "forvaltningschef" or "ledamot".'),
    unit: v.optional(
      id(
        'Enhet',
        'Id för enheten där rollen innehas. Krävs för alla roller utom media, kso och oppositionsledare.',
        'Id of the unit where the role is held. Required for every role except media, kso and oppositionsledare.',
      ),
    ),
    email: v.optional(
      email(
        'Adress för rollen',
        'En av personens adresser: post från den adressen skickas i den här rollen.',
        "One of the person's addresses: mail sent from it acts in this position.",
      ),
    ),
    title: v.optional(doc(v.string(), 'Titel', 'Titel i den här rollen.', 'Title in this position.')),
  }),
  'Befattning',
  'En roll i en enhet.',
  'A role in a unit.',
);

const person = () =>
  doc(
  v.strictObject({
    id: id('Id', 'Personens id, unikt bland personerna (t.ex. "p12").', "The person's id, unique among the people."),
    name: text('Namn', 'För- och efternamn.', 'Full name.'),
    emails: doc(
      v.array(email('E-postadress', 'En adress (jämförs utan hänsyn till versaler).', 'An address (compared case-insensitively).')),
      'E-postadresser',
      'Personens adresser, även privata eller partiets om hen skriver därifrån.',
      "The person's addresses, including private or party ones they write from.",
    ),
    title: v.optional(doc(v.string(), 'Titel', 'Titel, t.ex. "Rektor".', 'Job title.')),
    positions: doc(
      v.array(position()),
      'Befattningar',
      'Personens roller; en person kan ha flera, även som både förtroendevald och tjänsteperson.',
      "The person's positions; several are allowed, also both elected and staff.",
    ),
    manager: v.optional(
      id(
        'Närmaste chef',
        'Person-id för närmaste chef, där enhetsträdet inte säger det.',
        'Person id of the nearest manager, where the unit tree does not say it.',
      ),
    ),
  }),
  'Person',
  'En medarbetare, förtroendevald eller journalist.',
  'An employee, elected member or journalist.',
);

const group = () =>
  doc(
  v.strictObject({
    address: email('Adress', 'Sändlistans adress.', "The distribution list's address."),
    name: v.optional(doc(v.string(), 'Namn', 'Sändlistans namn.', 'Name of the list.')),
    members: doc(v.array(v.string()), 'Medlemmar', 'Person-id för medlemmarna.', "The members' person ids."),
  }),
  'Sändlista',
  'En sändlista: mottagaren kontrolleras som dess medlemmar.',
  'A distribution list: a recipient that is a list is checked as its members.',
);

const policy = () =>
  doc(
  v.strictObject({
    mediaDomains: v.optional(
      doc(
        v.array(doc(v.pipe(v.string(), v.regex(DOMAIN_PATTERN, 'invalid-domain')), 'Domän', 'En domän.', 'A domain.')),
        'Mediedomäner',
        'Redaktioners domäner, utöver den inbyggda listan över svenska medier (underdomäner ingår).',
        "Newsrooms' domains, in addition to the built-in list of Swedish media (subdomains included).",
      ),
    ),
    pressMailbox: v.optional(
      email('Pressbrevlåda', 'Räknas som kommunikatör i kommundirektörens förvaltning.', "Counts as a kommunikator of the kommundirektör's förvaltning."),
    ),
    registratorMailbox: v.optional(
      email('Registratorns brevlåda', 'Räknas som registrator i kommundirektörens förvaltning.', "Counts as a registrator of the kommundirektör's förvaltning."),
    ),
    whistleblowerUrl: v.optional(
      doc(
        v.pipe(v.string(), v.regex(URL_PATTERN, 'invalid-url')),
        'Visselblåsarfunktion',
        'Adress (https://…) till kommunens visselblåsarfunktion.',
        "Address (https://…) of the municipality's whistleblowing service.",
      ),
    ),
    directContactAllowed: v.optional(
      doc(
        v.array(role),
        'Direktkontakt tillåten',
        'Roller som förtroendevalda får kontakta direkt (standard: kommunikator, namndsekreterare, registrator).',
        'Roles elected members may contact directly (default: kommunikator, namndsekreterare, registrator).',
      ),
    ),
    severity: v.optional(
      doc(
        v.strictObject(severityEntries()),
        'Regelnivåer',
        'Regel-id → off, info eller warning (annars regelns egen standardnivå).',
        "Rule id → off, info or warning (otherwise the rule's own default).",
      ),
    ),
    sendCheck: v.optional(
      doc(
        v.picklist(SEND_CHECKS, 'invalid-send-check'),
        'Kontroll vid sändning',
        'off, prompt (varna, användaren får skicka ändå) eller block (varningar måste åtgärdas). Standard: prompt.',
        'off, prompt (warn, the user may send anyway) or block (warnings must be fixed). Default: prompt.',
      ),
    ),
  }),
  'Policy',
  'Kommunens val; varje nyckel är frivillig.',
  "The municipality's choices; every key is optional.",
);

const root = () => doc(
  v.strictObject({
    schemaVersion: doc(v.literal(1, 'schema-version'), 'Schemaversion', 'Alltid 1.', 'Always 1.'),
    organisation: doc(
      v.strictObject({
        name: text('Namn', 'Organisationens namn (t.ex. "Kungsörs kommun").', "The organisation's name."),
        internalDomains: doc(
          v.array(doc(v.pipe(v.string(), v.regex(DOMAIN_PATTERN, 'invalid-domain')), 'Domän', 'En domän.', 'A domain.')),
          'Egna domäner',
          'Organisationens egna e-postdomäner (underdomäner ingår).',
          "The organisation's own mail domains (subdomains included).",
        ),
        description: v.optional(doc(v.string(), 'Beskrivning', 'Fritext.', 'Free text.')),
      }),
      'Organisation',
      'Namn och egna domäner.',
      'Name and own domains.',
    ),
    policy: v.optional(policy()),
    units: doc(v.array(unit()), 'Enheter', 'Nämnder, styrelser, förvaltningar, enheter och bolag.', 'Boards, administrations, units and companies.'),
    people: doc(v.array(person()), 'Personer', 'Medarbetare, förtroendevalda och kända journalister.', 'Staff, elected members and known journalists.'),
    groups: v.optional(doc(v.array(group()), 'Sändlistor', 'Sändlistor (distributionsgrupper).', 'Distribution lists.')),
  }),
  'Rollkoll: organisationsfil',
  'Enheter, personer, roller och policy för Rollkoll (organisationsfil, schemaversion 1).',
  'Units, people, roles and policy for Rollkoll (organisation file, schema version 1).',
);

/** The schema that parses (no titles or descriptions: those are for the JSON Schema). */
export const OrganisationSchema = root();
export type OrganisationSchemaOutput = v.InferOutput<typeof OrganisationSchema>;

/** The same schema with titles and descriptions (Swedish and English), for the published JSON Schema. */
export function documentedOrganisationSchema(): typeof OrganisationSchema {
  documented = true;
  try {
    return root();
  } finally {
    documented = false;
  }
}

/** Keys allowed beside the schema's own at the top level (an editor's pointer to this schema). */
export const EXTRA_ROOT_KEYS: readonly string[] = ['$schema'];

// Known keys of each kind of object, for the unknown-key warnings (and their "did you mean").
function keysOf(schema: { entries: { [key: string]: unknown } }): string[] {
  const keys: string[] = [];
  for (const k in schema.entries) keys.push(k);
  return keys;
}
const entries = OrganisationSchema.entries;
const policyEntries = entries.policy.wrapped.entries;
export const KNOWN_KEYS = {
  root: keysOf(OrganisationSchema).concat(EXTRA_ROOT_KEYS),
  organisation: keysOf(entries.organisation),
  policy: keysOf(entries.policy.wrapped),
  severity: keysOf(policyEntries.severity.wrapped),
  unit: keysOf(entries.units.item),
  person: keysOf(entries.people.item),
  position: keysOf(entries.people.item.entries.positions.item),
  group: keysOf(entries.groups.wrapped.item),
};
export type ObjectKind = keyof typeof KNOWN_KEYS;
