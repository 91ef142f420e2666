// The launch-event handlers, free of globals so that tests can drive them: OnMessageRecipientsChanged
// (a short info bar naming the first warning) and OnMessageSend (Smart Alerts per policy.sendCheck).
// Rules of this file: every path ends in event.completed, fast; any failure of ours lets the mail go.
import type { ActingAs, CheckOptions, CheckResult, Finding, Lang, MessageInput, SendCheck } from '../../core/types.js';
import { isComposeItem, langFrom, readCompose, type MailboxLike } from './office-adapter.js';
import { LAUNCH_TEXTS } from './launch-texts.js';
import type { LoadResult, StorageLike } from './org-source.js';

export interface OrgLike {
  policy: { sendCheck: SendCheck };
}

export interface RoamingSettingsLike {
  get(name: string): unknown;
  set?(name: string, value: unknown): void;
  saveAsync?(callback?: (r: unknown) => void): void;
}

export interface OfficeLike {
  context: {
    mailbox: MailboxLike;
    displayLanguage?: string;
    roamingSettings?: RoamingSettingsLike;
  };
  MailboxEnums?: { SendModeOverride?: { PromptUser?: string }; ItemNotificationMessageType?: { InformationalMessage?: string }; ActionType?: { ShowTaskPane?: string } };
}

export interface MailboxEventLike {
  completed(options?: Record<string, unknown>): void;
}

export interface LaunchDeps<O extends OrgLike> {
  office: OfficeLike;
  getOrganisation(timeoutMs: number): Promise<LoadResult<O>>;
  check(org: O, message: MessageInput, options: CheckOptions): CheckResult;
  storage: StorageLike;
  now(): number;
}

/** The compose button's id in the manifest: the Smart Alerts button and the info bar open it. */
export const TASKPANE_COMMAND_ID = 'Rk.ComposeButton';
export const NOTICE_KEY = 'rollkoll';
export const FAIL_NOTICE_KEY = 'rollkoll-fel';
export const ACTING_AS_SETTING = 'rollkoll.actingAs';
const FAIL_NOTICE_STORE = 'rollkoll.failNoticeAt';
const FAIL_NOTICE_EVERY_MS = 12 * 60 * 60 * 1000;
/** Outlook shows "taking longer than expected" after 5 s, counted from the script's download. */
export const SEND_BUDGET_MS = 3500;
export const CHANGE_BUDGET_MS = 4000;
export const INFO_BAR_MAX = 150;
export const DIALOG_MAX = 500;

export function languageOf(office: OfficeLike): Lang {
  return langFrom(office.context && office.context.displayLanguage);
}

/** The dual-role choice made in the task pane, per sending address (roaming settings; not content). */
export function actingAsFor(office: OfficeLike, address: string): ActingAs | undefined {
  try {
    const map = office.context.roamingSettings && office.context.roamingSettings.get(ACTING_AS_SETTING);
    const v = map && typeof map === 'object' ? (map as Record<string, unknown>)[address.toLowerCase()] : undefined;
    return v === 'fortroendevald' || v === 'tjansteperson' ? v : undefined;
  } catch {
    return undefined;
  }
}

function addressOf(from: MessageInput['from']): string {
  return typeof from === 'string' ? from : from.address;
}

export function cut(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, Math.max(0, max - 1)).replace(/\s+\S*$/, '') + '…';
}

/** Escapes the Markdown the Smart Alerts dialog understands (emphasis, lists, links). */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\*_[\]])/g, '\\$1').replace(/^([-+#>]|\d+\.)/, '\\$1');
}

function warningsOf(result: CheckResult): Finding[] {
  return result.findings.filter((f) => f.severity === 'warning');
}

/** The info bar text: the first warning, ≤150 characters. */
export function infoBarText(warnings: Finding[], lang: Lang): string {
  const t = LAUNCH_TEXTS[lang];
  const more = warnings.length > 1 ? t.more(warnings.length - 1) : '';
  return t.infoPrefix + cut(warnings[0]!.message, INFO_BAR_MAX - t.infoPrefix.length - more.length) + more;
}

/** The Smart Alerts dialog text, Markdown and plain, each ≤500 characters. */
export function sendDialogText(warnings: Finding[], lang: Lang, mode: SendCheck): { markdown: string; plain: string } {
  const t = LAUNCH_TEXTS[lang];
  const intro = t.sendIntro(warnings.length);
  const outroMd = mode === 'block' ? t.sendOutroBlock : t.sendOutroPrompt;
  const outroPlain = mode === 'block' ? t.sendOutroBlockPlain : t.sendOutroPromptPlain;
  const shown = warnings.slice(0, 3);
  const build = (each: number, md: boolean): string => {
    const items = shown.map((f) => (md ? '- ' + escapeMarkdown(cut(f.message, each)) + '\r' : '• ' + cut(f.message, each)));
    const extra = warnings.length > shown.length ? t.more(warnings.length - shown.length).trim() : '';
    return md
      ? `**${escapeMarkdown(intro)}**\n\n${items.join('')}${extra ? '\n\n' + escapeMarkdown(extra) : ''}\n\n${outroMd}`
      : `${intro}\n${items.join('\n')}${extra ? '\n' + extra : ''}\n${outroPlain}`;
  };
  const fit = (md: boolean): string => {
    for (let each = 220; each >= 30; each -= 10) {
      const s = build(each, md);
      if (s.length <= DIALOG_MAX) return s;
    }
    return cut(build(30, md), DIALOG_MAX);
  };
  return { markdown: fit(true), plain: fit(false) };
}

function completer(event: MailboxEventLike, budgetMs: number, fallback: Record<string, unknown> | undefined) {
  let done = false;
  const finish = (options?: Record<string, unknown>) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    try {
      if (options) event.completed(options);
      else event.completed();
    } catch {
      /* nothing more we can do; Outlook's own send mode applies */
    }
  };
  // A watchdog: whatever hangs (an Office call, the network), the event completes in time.
  const timer = setTimeout(() => finish(fallback), budgetMs);
  return finish;
}

/** Shows, at most once in 12 hours, that the check could not run. Never throws. */
async function noteFailure<O extends OrgLike>(deps: LaunchDeps<O>, lang: Lang): Promise<void> {
  try {
    const last = Number(await deps.storage.getItem(FAIL_NOTICE_STORE)) || 0;
    if (deps.now() - last < FAIL_NOTICE_EVERY_MS) return;
    await deps.storage.setItem(FAIL_NOTICE_STORE, String(deps.now()));
    const item = deps.office.context.mailbox.item as { notificationMessages?: { replaceAsync(k: string, d: Record<string, unknown>, cb?: () => void): void } };
    if (item && item.notificationMessages) {
      item.notificationMessages.replaceAsync(FAIL_NOTICE_KEY, {
        type: 'informationalMessage',
        message: LAUNCH_TEXTS[lang].failNotice,
        icon: 'Rk.Icon.16',
        persistent: false,
      });
    }
  } catch {
    /* the notice is a courtesy */
  }
}

async function evaluate<O extends OrgLike>(
  deps: LaunchDeps<O>,
  timeoutMs: number,
  earlyOff: boolean,
): Promise<{ kind: 'failed' } | { kind: 'off' } | { kind: 'checked'; warnings: Finding[]; sendCheck: SendCheck; lang: Lang }> {
  const lang = languageOf(deps.office);
  const item = deps.office.context.mailbox.item;
  if (!isComposeItem(item)) return { kind: 'off' };
  const loaded = await deps.getOrganisation(timeoutMs);
  if (!loaded.ok) return { kind: 'failed' };
  const org = loaded.value;
  const sendCheck = org.policy.sendCheck || 'prompt';
  if (earlyOff && sendCheck === 'off') return { kind: 'off' };
  const message = await readCompose(item, deps.office.context.mailbox, true);
  const actingAs = actingAsFor(deps.office, addressOf(message.from));
  const result = deps.check(org, message, actingAs ? { lang, actingAs } : { lang });
  return { kind: 'checked', warnings: warningsOf(result), sendCheck, lang };
}

export function onMessageSend<O extends OrgLike>(deps: LaunchDeps<O>, event: MailboxEventLike): Promise<void> {
  const finish = completer(event, SEND_BUDGET_MS, { allowEvent: true });
  const lang = safeLang(deps.office);
  return evaluate(deps, 2500, true)
    .then((r) => {
      if (r.kind === 'failed') {
        void noteFailure(deps, lang);
        return finish({ allowEvent: true });
      }
      if (r.kind === 'off' || r.warnings.length === 0) return finish({ allowEvent: true });
      const text = sendDialogText(r.warnings, r.lang, r.sendCheck);
      const options: Record<string, unknown> = {
        allowEvent: false,
        errorMessage: text.plain,
        errorMessageMarkdown: text.markdown,
        cancelLabel: LAUNCH_TEXTS[r.lang].showAdvice,
        commandId: TASKPANE_COMMAND_ID,
      };
      // `prompt`: the user may send anyway, whatever the manifest says. `block`: the manifest's
      // SendMode decides (PromptUser by default; SoftBlock where IT built for it, docs/outlook-it.md).
      if (r.sendCheck !== 'block') options.sendModeOverride = promptUser(deps.office);
      return finish(options);
    })
    .catch(() => {
      void noteFailure(deps, lang);
      finish({ allowEvent: true });
    });
}

export function onMessageRecipientsChanged<O extends OrgLike>(deps: LaunchDeps<O>, event: MailboxEventLike): Promise<void> {
  const finish = completer(event, CHANGE_BUDGET_MS, undefined);
  const lang = safeLang(deps.office);
  return evaluate(deps, 3000, false)
    .then(async (r) => {
      const item = deps.office.context.mailbox.item as { notificationMessages?: { replaceAsync: Function; removeAsync: Function } } | undefined;
      const bar = item && item.notificationMessages;
      if (r.kind === 'failed') {
        await noteFailure(deps, lang);
      } else if (bar) {
        if (r.kind === 'checked' && r.warnings.length > 0) {
          await settle((cb) =>
            bar.replaceAsync(
              NOTICE_KEY,
              {
                type: infoType(deps.office),
                message: infoBarText(r.warnings, r.lang),
                icon: 'Rk.Icon.16',
                persistent: false,
                actions: [
                  {
                    actionText: LAUNCH_TEXTS[r.lang].showAdvice,
                    actionType: showTaskPane(deps.office),
                    commandId: TASKPANE_COMMAND_ID,
                    contextData: '{}',
                  },
                ],
              },
              cb,
            ),
          );
        } else {
          await settle((cb) => bar.removeAsync(NOTICE_KEY, cb));
        }
      }
      finish();
    })
    .catch(() => {
      void noteFailure(deps, lang);
      finish();
    });
}

function safeLang(office: OfficeLike): Lang {
  try {
    return languageOf(office);
  } catch {
    return 'sv';
  }
}

/** Waits for an Office callback, but never longer than a second. */
function settle(run: (cb: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const t = setTimeout(resolve, 1000);
    try {
      run(() => {
        clearTimeout(t);
        resolve();
      });
    } catch {
      clearTimeout(t);
      resolve();
    }
  });
}

function promptUser(office: OfficeLike): string {
  const e = office.MailboxEnums && office.MailboxEnums.SendModeOverride;
  return (e && e.PromptUser) || 'promptUser';
}
function infoType(office: OfficeLike): string {
  const e = office.MailboxEnums && office.MailboxEnums.ItemNotificationMessageType;
  return (e && e.InformationalMessage) || 'informationalMessage';
}
function showTaskPane(office: OfficeLike): string {
  const e = office.MailboxEnums && office.MailboxEnums.ActionType;
  return (e && e.ShowTaskPane) || 'showTaskPane';
}
