// The check of a message being composed: classify sender and recipients, read the signals, run the
// catalogue, apply the organisation's severity policy. Pure: nothing is stored or sent anywhere.
import { normaliseMessage } from './message/normalise.js';
import { addressKey, type Organisation } from './organisation/organisation.js';
import { formatMessage } from './rules/format.js';
import { RULES } from './rules/index.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { computeSignals } from './signals/signals.js';
import type {
  CheckOptions, CheckResult, ClassifiedRecipient, Field, Finding, MailAddress, MessageInput, Severity,
} from './types.js';

const SEVERITY_ORDER: Record<Severity, number> = { warning: 0, info: 1 };

/** Senders the catalogue never speaks to: citizens may write to anyone (rules.md). */
const UNADVISED_SENDERS = new Set(['medborgare', 'media']);

export function check(org: Organisation, input: MessageInput, options: CheckOptions = {}): CheckResult {
  return runRules(org, input, options, RULES);
}

/** `check` with a chosen set of rules (the rule tests run one rule at a time). */
export function runRules(org: Organisation, input: MessageInput, options: CheckOptions, rules: readonly Rule[]): CheckResult {
  const lang = options.lang === 'en' ? 'en' : 'sv';
  const { message, problems } = normaliseMessage(input, lang);
  const classifyOptions: { actingAs?: CheckOptions['actingAs']; personId?: string } = {};
  if (options.actingAs) classifyOptions.actingAs = options.actingAs;
  if (options.senderPersonId !== undefined && org.person(options.senderPersonId)) classifyOptions.personId = options.senderPersonId;
  const sender = org.classify(message.from, classifyOptions);
  const senderPerson = org.person(sender.personId);
  const senderPositions = senderPerson ? org.positionsInUse(senderPerson, sender.address, classifyOptions.actingAs) : [];

  const recipients: ClassifiedRecipient[] = [];
  const fields: Array<[Field, MailAddress[]]> = [['to', message.to], ['cc', message.cc], ['bcc', message.bcc]];
  for (const [field, list] of fields) for (const mail of list) expandRecipient(org, mail, field, recipients);

  const signals = {
    media: recipients.some((r) => r.group === 'media'),
    ...computeSignals(message.subject, message.body),
  };

  const findings: Finding[] = [];
  if (!UNADVISED_SENDERS.has(sender.group)) {
    const context: RuleContext = {
      org, policy: org.policy, message, sender, actingAs: sender.group, senderPositions, recipients, signals, lang,
    };
    if (senderPerson) context.senderPerson = senderPerson;
    for (const rule of rules) {
      const setting = org.policy.severity[rule.meta.id] ?? rule.meta.defaultSeverity;
      if (setting === 'off') continue;
      for (const report of rule.check(context)) {
        const template = rule.meta.messages[lang][report.messageId ?? 'default'] ?? rule.meta.messages.sv[report.messageId ?? 'default'] ?? '';
        const finding: Finding = {
          rule: rule.meta.id,
          severity: setting,
          recipients: report.recipients,
          message: formatMessage(template, report.data),
          guideline: rule.meta.guideline,
          suggestions: report.suggestions,
        };
        if (report.forvaltning !== undefined) finding.forvaltning = report.forvaltning;
        findings.push(finding);
      }
    }
  }
  // Stable sort: warnings first, then catalogue order.
  const indexed = findings.map((f, i) => ({ f, i }));
  indexed.sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i);
  const sorted = indexed.map((x) => x.f);
  const verdict = sorted.length ? sorted[0]!.severity : 'ok';
  return { sender, actingAs: sender.group, recipients, signals, findings: sorted, verdict, problems };
}

/** A distribution list counts as its members; each member remembers the list it came through. */
function expandRecipient(org: Organisation, mail: MailAddress, field: Field, out: ClassifiedRecipient[]): void {
  const group = org.distributionGroup(mail.address);
  if (!group) {
    // classify hands out a fresh object: it can become the recipient as it is.
    const recipient = org.classify(mail) as ClassifiedRecipient;
    recipient.field = field;
    out.push(recipient);
    return;
  }
  const via = addressKey(group.address);
  for (const memberId of group.members) {
    const person = org.person(memberId);
    if (!person) continue;
    const member = org.classify({ address: org.addressOf(person, 'tjansteperson'), name: person.name }) as ClassifiedRecipient;
    member.field = field;
    member.via = via;
    out.push(member);
  }
}
