// Sample results shaped like the core's output, for the UI tests and the visual check page.
import type { CheckResult, Finding, LookupResult, RouteResult } from '../../../core/types.js';

export const EVIL = '<img src=x onerror=alert(1)>';

export const viaFc: Finding = {
  rule: 'via-forvaltningschef',
  severity: 'warning',
  recipients: ['eva.lund@kungsor.se', 'olle.ek@kungsor.se'],
  message: 'Som förtroendevald bör du gå via förvaltningschefen för Barn- och utbildningsförvaltningen.',
  guideline: {
    section: 'Kommunikationsvägar › Förtroendevalda',
    quote: 'Regeln är att alltid först ha kontakt med förvaltningschefen. Förvaltningschefen ska alltid vara ingången.',
  },
  suggestions: [
    { action: 'replace', field: 'to', address: 'karin.holm@kungsor.se', name: 'Karin Holm', replaces: 'eva.lund@kungsor.se' },
    { action: 'remove', field: 'to', address: 'olle.ek@kungsor.se' },
  ],
  forvaltning: 'buf',
};

export const kommunikator: Finding = {
  rule: 'media-kommunikator',
  severity: 'info',
  recipients: ['redaktion@vlt.se'],
  message: 'Ta gärna med en kommunikatör när du skriver till media.',
  guideline: { section: 'Kommunikation med media', quote: 'Kommunikatörerna finns som expertstöd vid behov…' },
  suggestions: [{ action: 'add', field: 'cc', address: 'lisa.kom@kungsor.se', name: 'Lisa Berg' }],
};

export const okand: Finding = {
  rule: 'okand-mottagare',
  severity: 'info',
  recipients: ['ny.person@kungsor.se'],
  message: 'Mottagaren finns inte i katalogen; katalogen kan vara inaktuell.',
  guideline: { section: '—', quote: 'Katalogen uppdateras av IT.' },
  suggestions: [],
};

export const checkResult: CheckResult = {
  sender: { address: 'anna.berg@kungsor.se', name: 'Anna Berg', group: 'fortroendevald', roles: ['ordforande', 'ledamot'] },
  actingAs: 'fortroendevald',
  recipients: [
    { address: 'eva.lund@kungsor.se', name: 'Eva Lund', field: 'to', group: 'tjansteperson', roles: ['medarbetare'], forvaltning: 'buf' },
    { address: 'olle.ek@kungsor.se', name: EVIL, field: 'to', group: 'tjansteperson', roles: ['chef'], forvaltning: 'buf' },
  ],
  signals: { media: false, question: null, individualCase: false, promise: false, acute: false, whistleblowing: false, personnummer: false },
  findings: [kommunikator, viaFc],
  verdict: 'warning',
  problems: [],
};

export const lookupResults: LookupResult[] = [
  {
    address: 'maria.rektor@kungsor.se',
    name: 'Maria Sjöberg',
    roles: ['chef'],
    unit: 'skola-1',
    unitName: 'Kungsörs grundskola',
    kind: 'person',
    path: [
      { address: 'karin.holm@kungsor.se', name: 'Karin Holm', roles: ['forvaltningschef'] },
      { address: 'maria.rektor@kungsor.se', name: 'Maria Sjöberg', roles: ['chef'] },
    ],
    note: 'Rektor. Som förtroendevald: kontakta förvaltningschefen först.',
  },
  {
    address: 'bygglov@kungsor.se',
    name: 'Bygglov',
    roles: [],
    unit: 'bygg',
    unitName: 'Samhällsbyggnadsförvaltningen',
    kind: 'mailbox',
    path: [{ address: 'bygglov@kungsor.se', name: 'Bygglov', roles: [] }],
    note: 'Funktionsbrevlåda för frågor om bygglov.',
  },
];

export const longPath: LookupResult = {
  address: 'per.larare@kungsor.se',
  name: 'Per Andersson-Wikström',
  roles: ['medarbetare'],
  unit: 'skola-1',
  unitName: 'Kungsörs grundskola',
  kind: 'person',
  path: [
    { address: 'karin.holm@kungsor.se', name: 'Karin Holm', roles: ['forvaltningschef'] },
    { address: 'maria.rektor@kungsor.se', name: 'Maria Sjöberg', roles: ['chef'] },
    { address: 'per.larare@kungsor.se', name: 'Per Andersson-Wikström', roles: ['medarbetare'] },
  ],
  note: 'Lärare i årskurs 4–6.',
};

export const routeVad: RouteResult = {
  question: 'vad',
  answerers: [
    {
      address: 'anna.berg@kungsor.se',
      name: 'Anna Berg',
      roles: ['ordforande'],
      reason: 'Ordförande i barn- och utbildningsnämnden, som styr förvaltningen frågan gäller.',
    },
  ],
  communicator: { address: 'lisa.kom@kungsor.se', name: 'Lisa Berg' },
  explanation: 'Frågan gäller varför nämnden beslutat att lägga ned en skola.',
  about: { unit: 'buf', name: 'Barn- och utbildningsförvaltningen' },
  media: true,
};

export const routeUnknown: RouteResult = {
  question: null,
  answerers: [
    { address: 'kso@kungsor.se', name: 'Bo Ek', roles: ['kso'], reason: 'Ansvarig förtroendevald.' },
    { address: 'kd@kungsor.se', name: 'Siv Ström', roles: ['kommundirektor'], reason: 'Ansvarig chef.' },
  ],
  communicator: null,
  explanation: '',
  media: true,
};
