// Settings: what the user chose on the options page (storage.local), overridden key by key by what
// IT pushed by policy (storage.managed, see managed-schema.json). Nothing else is ever stored but
// these settings and the organisation file.
import type { ActingAs, Lang, RuleId, SendCheck, SeveritySetting } from '../core/types.js';
import { RULE_IDS } from '../core/types.js';
import { ext } from './browser-api.js';

export interface Settings {
  /** Where the organisation file is fetched from; '' when none is set. */
  organisationUrl: string;
  /** The user's own addresses, as the organisation file knows them (webmail does not always show the sender). */
  myAddresses: string[];
  /** For people with both an elected and an employee role: the role to write in, or 'auto' (by address). */
  actingAs: 'auto' | ActingAs;
  lang: Lang;
  /** Per-rule severity overrides, on top of the organisation file's policy. */
  severity: Partial<Record<RuleId, SeveritySetting>>;
  /** What happens on Send; 'organisation' follows the organisation file's policy. */
  sendCheck: 'organisation' | SendCheck;
}

/** The keys IT can set by policy (storage.managed) and their names there. */
export const MANAGED_KEYS = {
  organisationUrl: 'organisationUrl',
  myAddresses: 'myAddresses',
  severity: 'severity',
  sendCheck: 'sendCheck',
  lang: 'language',
} as const satisfies Partial<Record<keyof Settings, string>>;

export const DEFAULT_SETTINGS: Settings = {
  organisationUrl: '',
  myAddresses: [],
  actingAs: 'auto',
  lang: 'sv',
  severity: {},
  sendCheck: 'organisation',
};

export const SETTINGS_KEY = 'settings';

export interface EffectiveSettings extends Settings {
  /** Keys set by policy: the options page shows them as locked. */
  locked: Array<keyof Settings>;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const SEVERITIES = new Set(['off', 'info', 'warning']);
const SEND_CHECKS = new Set(['off', 'prompt', 'block']);
const RULES = new Set<string>(RULE_IDS);

export function cleanAddresses(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const a = raw.trim().toLowerCase();
    if (/^[^\s@<>]+@[^\s@<>]+$/.test(a) && !out.includes(a)) out.push(a);
  }
  return out;
}

function cleanSeverity(v: unknown): Partial<Record<RuleId, SeveritySetting>> | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Partial<Record<RuleId, SeveritySetting>> = {};
  for (const [k, s] of Object.entries(v)) if (RULES.has(k) && typeof s === 'string' && SEVERITIES.has(s)) out[k as RuleId] = s as SeveritySetting;
  return out;
}

/** Keeps only well-formed values; anything else falls back to the default. */
export function sanitize(raw: unknown): Partial<Settings> {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Partial<Settings> = {};
  if (typeof r.organisationUrl === 'string') out.organisationUrl = r.organisationUrl.trim();
  if (isStringArray(r.myAddresses)) out.myAddresses = cleanAddresses(r.myAddresses);
  if (r.actingAs === 'auto' || r.actingAs === 'fortroendevald' || r.actingAs === 'tjansteperson') out.actingAs = r.actingAs;
  if (r.lang === 'sv' || r.lang === 'en') out.lang = r.lang;
  const sev = cleanSeverity(r.severity);
  if (sev) out.severity = sev;
  if (typeof r.sendCheck === 'string' && (SEND_CHECKS.has(r.sendCheck) || r.sendCheck === 'organisation')) out.sendCheck = r.sendCheck as Settings['sendCheck'];
  return out;
}

/** Policy values (named as in managed-schema.json) as settings. */
export function fromManaged(managed: Record<string, unknown>): Partial<Settings> {
  const renamed: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(MANAGED_KEYS)) if (managed[name] !== undefined) renamed[key] = managed[name];
  const clean = sanitize(renamed);
  if (clean.organisationUrl === '') delete clean.organisationUrl;
  if (clean.sendCheck === 'organisation') delete clean.sendCheck;
  return clean;
}

export function merge(local: Partial<Settings>, managed: Partial<Settings>): EffectiveSettings {
  return { ...DEFAULT_SETTINGS, ...local, ...managed, locked: Object.keys(managed) as Array<keyof Settings> };
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([ext.localGet(SETTINGS_KEY), ext.managedGet()]);
  return merge(sanitize(local), fromManaged(managed));
}

/** Saves the user's own choices (policy-set keys stay as the policy says when read). */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const current = sanitize(await ext.localGet(SETTINGS_KEY));
  await ext.localSet({ [SETTINGS_KEY]: { ...current, ...sanitize(patch) } });
}
