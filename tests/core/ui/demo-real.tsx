// Visual check with the real core on the bundled example organisation (see screenshot.mjs --real).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang, MessageInput } from '../../../core/types.js';
import { parseOrganisation } from '../../../core/organisation/parse.js';
import { check } from '../../../core/check.js';
import { lookup } from '../../../core/lookup.js';
import { applySuggestion } from '../../../core/message/apply.js';
import { FindingList, LookupView, applyStyles } from '../../../core/ui/index.js';
import example from '../../../core/example/kungsor.organisation.json';

const parsed = parseOrganisation(JSON.stringify(example));
if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
const org = parsed.organisation;

const first: MessageInput = {
  from: 'karin.oberg@kungsor.se',
  to: ['erik.sundqvist@kungsor.se', 'lena.bjork@kungsor.se', 'hanna.bergqvist@kungsor.se'],
  cc: ['redaktionen@vlt.se'],
  subject: 'Skolskjutsen',
  body: 'Hej! Varför har nämnden prioriterat ned budgeten för skolskjuts? Jag lovar att vi ordnar det.',
};

function Real({ lang }: { lang: Lang }) {
  const [message, setMessage] = useState(first);
  const result = check(org, message, { lang });
  return (
    <main class="rk-root" style="padding:12px;display:flex;flex-direction:column;gap:18px">
      <p class="rk-small">{[...(message.to ?? []), ...(message.cc ?? [])].map((a) => (typeof a === 'string' ? a : a.address)).join(', ')}</p>
      <FindingList
        lang={lang}
        findings={result.findings}
        recipients={result.recipients}
        problems={result.problems}
        onApply={(s) => setMessage((m) => applySuggestion(m, s))}
      />
      <LookupView lang={lang} search={(q) => lookup(org, q, { as: 'karin.oberg@kungsor.se', lang, limit: 4 })} initialQuery="lärare" debounceMs={0} from="karin.oberg@kungsor.se" onPick={() => {}} />
    </main>
  );
}

applyStyles(document);
const lang = (new URLSearchParams(location.search).get('lang') ?? 'sv') as Lang;
render(<Real lang={lang} />, document.getElementById('app')!);
