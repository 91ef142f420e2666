// The launch-event handlers with the real core and the example organisation, on the fake Office:
// each send mode, the info bar, and every failure path ends in event.completed with the right options.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../../core/check.js';
import type { Organisation } from '../../../core/organisation/organisation.js';
import { parseOrganisation } from '../../../core/organisation/parse.js';
import type { SendCheck } from '../../../core/types.js';
import { FakeMailbox, createFakeOffice, fakeEvent } from '../../../outlook-addin/src/fake-office.js';
import {
  ACTING_AS_SETTING,
  DIALOG_MAX,
  INFO_BAR_MAX,
  NOTICE_KEY,
  FAIL_NOTICE_KEY,
  SEND_BUDGET_MS,
  TASKPANE_COMMAND_ID,
  onMessageRecipientsChanged,
  onMessageSend,
  sendDialogText,
  type LaunchDeps,
  type OfficeLike,
} from '../../../outlook-addin/src/launch-logic.js';
import { memoryStorage, type LoadResult } from '../../../outlook-addin/src/org-source.js';

const exampleText = readFileSync(new URL('../../../core/example/kungsor.organisation.json', import.meta.url), 'utf8');
function org(sendCheck: SendCheck = 'prompt'): Organisation {
  const file = JSON.parse(exampleText);
  file.policy = { ...file.policy, sendCheck };
  const r = parseOrganisation(JSON.stringify(file));
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.organisation;
}

const karin = { address: 'karin.oberg@kungsor.se', name: 'Karin Öberg' };
const erik = { address: 'erik.sundqvist@kungsor.se', name: 'Erik Sundqvist' };
const anders = { address: 'anders.nordin@kungsor.se', name: 'Anders Nordin' };

function setup(opts: { sendCheck?: SendCheck; load?: () => Promise<LoadResult<Organisation>>; lang?: string } = {}) {
  const box = new FakeMailbox({ from: karin, to: [erik], subject: 'Skolskjutsen', body: 'Hej! Hur fungerar det?', displayLanguage: opts.lang ?? 'sv-SE' });
  const office = createFakeOffice(box);
  const o = org(opts.sendCheck);
  const deps: LaunchDeps<Organisation> = {
    office: office as unknown as OfficeLike,
    getOrganisation: opts.load ?? (async () => ({ ok: true, value: o, source: 'memory' })),
    check,
    storage: memoryStorage(),
    now: () => Date.now(),
  };
  return { box, office, deps };
}

describe('OnMessageSend', () => {
  it('prompt: a warning stops the send with Markdown and plain text, a task-pane button, and Send Anyway', async () => {
    const { deps } = setup({ sendCheck: 'prompt' });
    const e = fakeEvent();
    await onMessageSend(deps, e.event);
    const o = (await e.done)!;
    expect(o.allowEvent).toBe(false);
    expect(o.sendModeOverride).toBe('promptUser');
    expect(o.commandId).toBe(TASKPANE_COMMAND_ID);
    expect(o.cancelLabel).toBe('Visa råd');
    expect(String(o.errorMessageMarkdown)).toMatch(/^\*\*Rollkoll har ett råd enligt riktlinjen:\*\*\n\n- /);
    expect(String(o.errorMessageMarkdown)).toContain('skicka ändå');
    expect(String(o.errorMessageMarkdown).length).toBeLessThanOrEqual(DIALOG_MAX);
    expect(String(o.errorMessage).length).toBeLessThanOrEqual(DIALOG_MAX);
    expect(String(o.errorMessage)).not.toContain('**');
    expect(e.count()).toBe(1);
  });

  it('block: no sendModeOverride, and the text says a fix is required', async () => {
    const { deps } = setup({ sendCheck: 'block' });
    const e = fakeEvent();
    await onMessageSend(deps, e.event);
    const o = (await e.done)!;
    expect(o.allowEvent).toBe(false);
    expect(o).not.toHaveProperty('sendModeOverride');
    expect(String(o.errorMessageMarkdown)).toContain('ska åtgärdas');
  });

  it('off: the mail goes without reading it', async () => {
    const { deps, box } = setup({ sendCheck: 'off' });
    const e = fakeEvent();
    await onMessageSend(deps, e.event);
    expect(await e.done).toEqual({ allowEvent: true });
    expect(box.calls.filter((c) => c.startsWith('body') || c.startsWith('to.'))).toEqual([]);
  });

  it('no warnings: the mail goes', async () => {
    const { deps, box } = setup();
    box.fields.to = [anders];
    const e = fakeEvent();
    await onMessageSend(deps, e.event);
    expect(await e.done).toEqual({ allowEvent: true });
  });

  it('English when Outlook is in English', async () => {
    const { deps } = setup({ lang: 'en-GB' });
    const e = fakeEvent();
    await onMessageSend(deps, e.event);
    const o = (await e.done)!;
    expect(o.cancelLabel).toBe('Show advice');
    expect(String(o.errorMessageMarkdown)).toContain('send anyway');
  });

  it('the dual-role choice from the task pane is used', async () => {
    const { deps, box } = setup();
    box.from = { address: 'sara.lindgren@politik.example', name: 'Sara Lindgren' };
    box.fields.to = [{ address: 'magnus.engstrom@kungsor.se' }];
    box.roaming.set(ACTING_AS_SETTING, { 'sara.lindgren@politik.example': 'tjansteperson' });
    const e = fakeEvent();
    await onMessageSend(deps, e.event);
    expect(await e.done).toEqual({ allowEvent: true });
  });

  const failures: Array<[string, (s: ReturnType<typeof setup>) => void, Partial<Parameters<typeof setup>[0]>]> = [
    ['organisation file missing', () => undefined, { load: async () => ({ ok: false, reason: 'network', detail: 'HTTP 404' }) }],
    ['organisation file invalid', () => undefined, { load: async () => ({ ok: false, reason: 'invalid', detail: 'syntax' }) }],
    ['loading throws', () => undefined, { load: async () => Promise.reject(new Error('boom')) }],
    ['recipients cannot be read', (s) => s.box.failing.add('to.getAsync'), {}],
    ['check throws', (s) => (s.deps.check = () => { throw new Error('bug'); }), {}],
  ];
  for (const [name, breakIt, opts] of failures) {
    it(`${name}: lets the mail go`, async () => {
      const s = setup(opts);
      breakIt(s);
      const e = fakeEvent();
      await onMessageSend(s.deps, e.event);
      expect(await e.done).toEqual({ allowEvent: true });
      expect(e.count()).toBe(1);
    });
  }

  it('an Office call that never answers: the watchdog lets the mail go within the budget', async () => {
    const s = setup();
    s.box.hanging.add('to.getAsync');
    const e = fakeEvent();
    const started = Date.now();
    void onMessageSend(s.deps, e.event);
    expect(await e.done).toEqual({ allowEvent: true });
    expect(Date.now() - started).toBeLessThan(SEND_BUDGET_MS + 500);
  });
});

describe('OnMessageRecipientsChanged', () => {
  it('shows an info bar (≤150 characters) naming the first warning, with a button to the pane; clears it when fixed', async () => {
    const { deps, box } = setup();
    let e = fakeEvent();
    await onMessageRecipientsChanged(deps, e.event);
    expect(await e.done).toBeUndefined();
    const bar = box.notifications.get(NOTICE_KEY)!;
    expect(bar.type).toBe('informationalMessage');
    expect(String(bar.message).startsWith('Rollkoll: ')).toBe(true);
    expect(String(bar.message).length).toBeLessThanOrEqual(INFO_BAR_MAX);
    expect(bar.actions).toEqual([{ actionText: 'Visa råd', actionType: 'showTaskPane', commandId: TASKPANE_COMMAND_ID, contextData: '{}' }]);
    box.fields.to = [anders];
    e = fakeEvent();
    await onMessageRecipientsChanged(deps, e.event);
    await e.done;
    expect(box.notifications.has(NOTICE_KEY)).toBe(false);
  });

  it('says once that the check could not run, and completes', async () => {
    const { deps, box } = setup({ load: async () => ({ ok: false, reason: 'network', detail: 'offline' }) });
    let e = fakeEvent();
    await onMessageRecipientsChanged(deps, e.event);
    await e.done;
    expect(String(box.notifications.get(FAIL_NOTICE_KEY)?.message)).toContain('kunde inte kontrollera');
    box.notifications.clear();
    e = fakeEvent();
    await onMessageRecipientsChanged(deps, e.event);
    await e.done;
    expect(box.notifications.size).toBe(0);
  });

  it('completes even when notifications fail', async () => {
    const { deps, box } = setup();
    box.failing.add('notificationMessages');
    const e = fakeEvent();
    await onMessageRecipientsChanged(deps, e.event);
    expect(e.count()).toBe(1);
  });
});

describe('dialog text', () => {
  it('fits many long warnings into 500 characters and escapes Markdown in them', () => {
    const f = (i: number) => ({ rule: 'via-forvaltningschef' as const, severity: 'warning' as const, recipients: [], suggestions: [], guideline: { section: '', quote: '' }, message: `Nummer ${i} *viktigt* [länk](x) ` + 'lång text '.repeat(40) });
    const { markdown, plain } = sendDialogText([f(1), f(2), f(3), f(4), f(5)], 'sv', 'prompt');
    expect(markdown.length).toBeLessThanOrEqual(500);
    expect(plain.length).toBeLessThanOrEqual(500);
    expect(markdown).toContain('\\*viktigt\\*');
    expect(markdown).toContain('\\[länk\\]');
    expect(markdown).toContain('+2 till');
  });
});
