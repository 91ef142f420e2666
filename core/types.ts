// The contract of the core: the organisation file, messages, and what check/route/lookup return.
// Shapes follow ../shared/spec/domain.md and cli.md; the CLI's --json prints these objects as they are.

export type Lang = 'sv' | 'en';

export const GROUPS = ['fortroendevald', 'tjansteperson', 'medborgare', 'media', 'okand'] as const;
export type Group = (typeof GROUPS)[number];
/** The groups a sender can act in (a dual-role person chooses one). */
export type ActingAs = 'fortroendevald' | 'tjansteperson';

export const ELECTED_ROLES = ['ledamot', 'ersattare', 'ordforande', 'vice-ordforande', 'kso', 'oppositionsledare'] as const;
export const STAFF_ROLES = [
  'kommundirektor', 'forvaltningschef', 'vd', 'chef', 'medarbetare', 'kommunikator', 'namndsekreterare', 'registrator',
] as const;
export const EXTERNAL_ROLES = ['media'] as const;
export const ROLES = [...ELECTED_ROLES, ...STAFF_ROLES, ...EXTERNAL_ROLES] as const;
export type ElectedRole = (typeof ELECTED_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const UNIT_TYPES = ['fullmaktige', 'styrelse', 'namnd', 'beredning', 'forvaltning', 'enhet', 'bolag'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const RULE_IDS = [
  'via-forvaltningschef', 'akut-informera', 'narmaste-chef', 'tjansteperson-till-fortroendevald', 'kd-via-forvaltningschef',
  'enskilt-arende', 'lofte-till-medborgare', 'visselblasning',
  'media-vad-fraga', 'media-hur-fraga', 'media-ansvarig-chef', 'media-kommunikator',
  'personnummer-extern', 'allman-handling', 'okand-mottagare',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'info' | 'warning';
export type SeveritySetting = 'off' | Severity;
export type SendCheck = 'off' | 'prompt' | 'block';

// ---------- The organisation file (as written by IT) ----------

export interface UnitFile {
  id: string;
  name: string;
  type: UnitType;
  parent?: string;
  governedBy?: string;
  topics?: string[];
  mailbox?: string;
}

export interface PositionFile {
  role: Role;
  unit?: string;
  /** Ties the position to one of the person's addresses: mail from it acts in this position's group. */
  email?: string;
  title?: string;
}

export interface PersonFile {
  id: string;
  name: string;
  emails: string[];
  title?: string;
  positions: PositionFile[];
  /** Person id of the nearest manager (närmaste chef), where the unit tree does not say it. */
  manager?: string;
}

export interface DistributionGroupFile {
  address: string;
  name?: string;
  members: string[];
}

export interface PolicyFile {
  mediaDomains?: string[];
  pressMailbox?: string;
  registratorMailbox?: string;
  whistleblowerUrl?: string;
  directContactAllowed?: Role[];
  severity?: Partial<Record<RuleId, SeveritySetting>>;
  sendCheck?: SendCheck;
}

export interface OrganisationFile {
  schemaVersion: 1;
  organisation: { name: string; internalDomains: string[]; description?: string };
  policy?: PolicyFile;
  units: UnitFile[];
  people: PersonFile[];
  groups?: DistributionGroupFile[];
}

/** The policy with every default filled in (domain.md). */
export interface Policy {
  /** Built-in Swedish newsrooms plus the file's own list. */
  mediaDomains: string[];
  pressMailbox?: string;
  registratorMailbox?: string;
  whistleblowerUrl?: string;
  directContactAllowed: Role[];
  severity: Partial<Record<RuleId, SeveritySetting>>;
  sendCheck: SendCheck;
}

// ---------- Problems in input ----------

export interface Problem {
  severity: 'error' | 'warning';
  /** A stable code, e.g. `unknown-unit`, `syntax`, `manager-cycle`. */
  code: string;
  /** JSON path of the bad value (`people[12].positions[0].unit`), or '' for the whole file. */
  path: string;
  /** Readable text, Swedish unless asked otherwise; already includes the path. */
  message: string;
  /** 1-based line (and column) where known: always for syntax errors, and for CSV rows. */
  line?: number;
  column?: number;
}

// ---------- Messages ----------

export type Field = 'to' | 'cc' | 'bcc';
export const FIELDS: readonly Field[] = ['to', 'cc', 'bcc'];

export interface MailAddress {
  address: string;
  name?: string;
}

/** A message as given to check/route: the CLI's JSON message file, or what an adapter reads. */
export interface MessageInput {
  from: string | MailAddress;
  to?: Array<string | MailAddress>;
  cc?: Array<string | MailAddress>;
  bcc?: Array<string | MailAddress>;
  subject?: string;
  body?: string;
}

// ---------- Results ----------

export interface ClassifiedAddress {
  address: string;
  name?: string;
  group: Group;
  roles: Role[];
  personId?: string;
  /** The förvaltning or bolag (unit id) of the tjansteperson position in use. */
  forvaltning?: string;
}

export interface ClassifiedRecipient extends ClassifiedAddress {
  field: Field;
  /** When the recipient came from a distribution list: the list's address (what a suggestion changes). */
  via?: string;
}

export interface Signals {
  media: boolean;
  question: 'vad' | 'hur' | null;
  individualCase: boolean;
  promise: boolean;
  acute: boolean;
  whistleblowing: boolean;
  personnummer: boolean;
}

export type SuggestionAction = 'replace' | 'add' | 'remove';

export interface Suggestion {
  action: SuggestionAction;
  field: Field;
  /** The address added, put in, or removed. */
  address: string;
  name?: string;
  /** With `replace`: the address taken out. */
  replaces?: string;
}

export interface GuidelinePassage {
  /** Where it stands: `Kommunikationsvägar › Förtroendevalda`, or the law (`TF 2 kap.`). */
  section: string;
  /** What the passage is: the guideline (the default), the law, or the directory itself. */
  source?: 'riktlinje' | 'lag' | 'katalog';
  /** The words themselves, in Swedish (the guideline's language). */
  quote: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The recipients the finding is about (as written in the message: a list address stays a list address). */
  recipients: string[];
  message: string;
  guideline: GuidelinePassage;
  suggestions: Suggestion[];
  /** The förvaltning the finding concerns, where it is one per förvaltning. */
  forvaltning?: string;
}

export interface InputProblem {
  /** Where in the message: `to[2]`, `from`. */
  path: string;
  message: string;
}

export interface CheckResult {
  sender: ClassifiedAddress;
  /** The group the sender acts in for this check (a dual-role person's choice). */
  actingAs: Group;
  recipients: ClassifiedRecipient[];
  signals: Signals;
  findings: Finding[];
  verdict: 'ok' | Severity;
  /** Malformed addresses: reported, the rest is still checked. */
  problems: InputProblem[];
}

export interface CheckOptions {
  actingAs?: ActingAs;
  lang?: Lang;
  /** Treat the From address as this person (webmail from a private address the user said is theirs). */
  senderPersonId?: string;
}

export interface PersonRef {
  address: string;
  name: string;
  roles: Role[];
}

export interface Answerer extends PersonRef {
  reason: string;
}

export interface RouteResult {
  question: 'vad' | 'hur' | null;
  answerers: Answerer[];
  communicator: { address: string; name: string } | null;
  explanation: string;
  /** What the request was found to be about (unit id and name), if anything. */
  about?: { unit: string; name: string };
  media: boolean;
}

export interface LookupResult {
  address: string;
  name: string;
  roles: Role[];
  /** Unit id of the contact (empty for people without one). */
  unit: string;
  unitName?: string;
  kind: 'person' | 'unit' | 'mailbox';
  /** The recommended chain from `as` to the contact, ending with the contact. */
  path: PersonRef[];
  note: string;
}

export interface LookupOptions {
  as?: string;
  limit?: number;
  lang?: Lang;
}
