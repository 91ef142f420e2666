// launchevent.js: the launch-event handlers, one self-contained ES2016 file (no imports, no DOM).
// Loaded by commands.html (web, new Outlook, Mac) and directly by classic Outlook on Windows.
// es-polyfills.ts comes first, as a banner (see build.mjs).
import { parseJsonOrganisation } from './parse-json-organisation.js';
import { check } from '../../core/check.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { G } from './global.js';
import { onMessageRecipientsChanged, onMessageSend, type LaunchDeps, type MailboxEventLike, type OfficeLike } from './launch-logic.js';
import { OrganisationSource, organisationUrl, pickStorage } from './org-source.js';

declare const __ROLLKOLL_ORG_URL__: string;

const storage = pickStorage(G);
const loc = G.location as { href?: string } | undefined;
const source = new OrganisationSource<Organisation>({
  url: organisationUrl(__ROLLKOLL_ORG_URL__, loc && loc.href),
  storage,
  parse: parseJsonOrganisation,
});

function deps(): LaunchDeps<Organisation> {
  return {
    office: G.Office as OfficeLike,
    getOrganisation: (ms) => source.get(ms),
    check: (org, message, options) => check(org, message, options),
    storage,
    now: () => Date.now(),
  };
}

function onMessageRecipientsChangedHandler(event: MailboxEventLike): void {
  void onMessageRecipientsChanged(deps(), event);
}
function onMessageSendHandler(event: MailboxEventLike): void {
  void onMessageSend(deps(), event);
}

const office = G.Office as { actions?: { associate(name: string, fn: (e: MailboxEventLike) => void): void } } | undefined;
if (office && office.actions) {
  office.actions.associate('onMessageRecipientsChangedHandler', onMessageRecipientsChangedHandler);
  office.actions.associate('onMessageSendHandler', onMessageSendHandler);
}
