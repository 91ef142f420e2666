// A rule is one module: metadata (id, default severity, the guideline passage, messages) and one
// pure function from the classified message to reports, in the manner of ESLint's rule modules.
import type { NormalisedMessage } from '../message/normalise.js';
import type { Organisation } from '../organisation/organisation.js';
import type {
  ClassifiedAddress, ClassifiedRecipient, GuidelinePassage, Group, Lang, PersonFile, Policy, PositionFile, RuleId,
  Severity, Signals, Suggestion,
} from '../types.js';

export interface RuleContext {
  org: Organisation;
  policy: Policy;
  message: NormalisedMessage;
  sender: ClassifiedAddress;
  /** The group the sender acts in (a dual-role person's choice, else what the address says). */
  actingAs: Group;
  senderPerson?: PersonFile;
  /** The sender's positions in the acting group. */
  senderPositions: PositionFile[];
  /** To, Cc and Bcc, distribution lists expanded (each member carries `via`). */
  recipients: ClassifiedRecipient[];
  signals: Signals;
  lang: Lang;
}

export interface RuleReport {
  /** Key in `meta.messages[lang]`; 'default' when left out. */
  messageId?: string;
  /** Values for `{placeholders}` in the message. */
  data?: Record<string, string>;
  recipients: string[];
  suggestions: Suggestion[];
  forvaltning?: string;
}

export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  guideline: GuidelinePassage;
  messages: Record<Lang, Record<string, string>>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RuleReport[];
}
