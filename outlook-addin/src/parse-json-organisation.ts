// The organisation file as the add-in reads it: JSON only (organisation.json), checked by the core
// exactly as parseOrganisation checks it, without the CSV reader (IT converts CSV with the CLI;
// leaving papaparse out keeps launchevent.js inside its download budget).
import { checkOrganisationFile } from '../../core/organisation/check-file.js';
import { Organisation } from '../../core/organisation/organisation.js';
import type { ParseOutcome } from './org-source.js';

export function parseJsonOrganisation(text: string): ParseOutcome<Organisation> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return { ok: false, detail: `organisation.json: ${e instanceof Error ? e.message : String(e)}` };
  }
  const checked = checkOrganisationFile(raw);
  if (!checked.file) {
    const errors = checked.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    return { ok: false, detail: errors.slice(0, 5).join('; ') || 'invalid' };
  }
  return { ok: true, value: new Organisation(checked.file) };
}
