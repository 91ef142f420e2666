// RuleTester in ESLint's manner: cases that must not fire and cases that must, for one rule at a
// time; every suggestion set is applied and checked again, which must remove the finding.
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../core/check.js';
import { applySuggestion } from '../../../core/message/apply.js';
import type { Organisation } from '../../../core/organisation/organisation.js';
import type { Rule } from '../../../core/rules/rule.js';
import type { ActingAs, Finding, Lang, MessageInput, PolicyFile, Severity, Suggestion } from '../../../core/types.js';
import { exempelby } from '../fixtures/exempelby.js';

export interface RuleCase {
  name: string;
  message: MessageInput;
  actingAs?: ActingAs;
  senderPersonId?: string;
  policy?: PolicyFile;
  org?: Organisation;
  lang?: Lang;
}

export interface InvalidRuleCase extends RuleCase {
  /** How many findings of this rule (default 1). */
  findings?: number;
  recipients?: string[];
  suggestions?: Suggestion[];
  severity?: Severity;
  /** Words the message must contain (the user reads it). */
  messageIncludes?: string[];
}

const same = (a: Finding, b: Finding) => a.rule === b.rule && a.forvaltning === b.forvaltning;

function run(rule: Rule, c: RuleCase) {
  const org = c.org ?? exempelby(c.policy);
  const options = { actingAs: c.actingAs, lang: c.lang, senderPersonId: c.senderPersonId };
  return { org, options, result: runRules(org, c.message, options, [rule]) };
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`does not fire: ${c.name}`, () => {
        expect(run(rule, c).result.findings).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fires: ${c.name}`, () => {
        const { org, options, result } = run(rule, c);
        const findings = result.findings.filter((f) => f.rule === rule.meta.id);
        expect(findings).toHaveLength(c.findings ?? 1);
        const first = findings[0]!;
        if (c.recipients) expect(first.recipients).toEqual(c.recipients);
        if (c.suggestions) expect(first.suggestions).toEqual(c.suggestions);
        expect(first.severity).toBe(c.severity ?? rule.meta.defaultSeverity);
        expect(first.guideline.quote.length).toBeGreaterThan(20);
        expect(first.message).not.toMatch(/\{|undefined/);
        for (const word of c.messageIncludes ?? []) expect(first.message).toContain(word);
        for (const finding of findings) {
          if (finding.suggestions.length === 0) continue;
          let fixed = c.message;
          for (const s of finding.suggestions) fixed = applySuggestion(fixed, s);
          const again = runRules(org, fixed, options, [rule]).findings;
          expect(again.filter((f) => same(f, finding)), 'applying the suggestions removes the finding').toEqual([]);
        }
      });
    }
  });
}
