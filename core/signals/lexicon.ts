// The words the signals look for, as data to review and extend. Swedish first, then English.
//
// Notation, one phrase per entry:
//   - words separated by spaces; a phrase matches those words in a row;
//   - a trailing `*` matches every word that begins so: `budget*` → budgeten, budgetar, budgetförslag;
//   - `#` matches any number;
//   - write å/ä/ö as usual: case and diacritics are folded on both sides, so `brådskande` also
//     matches "BRADSKANDE" and "bradskande".
// Keep `*` stems long enough not to catch other words (`olyck*` would catch "olycklig", so the
// forms of `olycka` are listed instead). Precision first: a word that is often innocent does not
// belong here.

/** `acute`: an acute situation that calls for quick decisions (the guideline's "akuta situationer"). */
export const ACUTE: readonly string[] = [
  // Swedish
  'akut*', 'brådskande', 'brådskar', 'det brådskar', 'omedelbar fara',
  'kris', 'krisen', 'kriser', 'krisläge*', 'krisledning*', 'krisgrupp*', 'krissituation*', 'krishantering*',
  'brand', 'branden', 'bränder', 'bränderna', 'brandlarm*', 'eldsvåda*', 'det brinner', 'brinner',
  'olycka', 'olyckan', 'olyckor', 'olyckorna', 'olyckshändelse*', 'trafikolycka*', 'arbetsolycka*',
  'evakuer*', 'vattenläck*', 'gasläck*', 'översvämning*', 'strömavbrott*',
  'explosion*', 'skottlossning*', 'hot om våld', 'bombhot*', 'nödläge*', 'allvarlig händelse', 'extraordinär händelse',
  // English
  'urgent*', 'emergency', 'emergencies', 'crisis', 'fire alarm*', 'on fire', 'accident*', 'evacuat*',
  'water leak*', 'gas leak*', 'flooding', 'power outage*',
];

/** `whistleblowing`: a suspected breach of law (the guideline's visselblåsarfunktion). */
export const WHISTLEBLOWING: readonly string[] = [
  // Swedish: mutor (not `mut*`: mutter, muttra), jäv (not `jäv*`: the swear word)
  'muta', 'mutan', 'mutor', 'mutorna', 'mutat', 'mutade', 'mutats', 'mutbrott*', 'mutförsök*', 'mutning*', 'tagit emot mutor',
  'förskingr*', 'bedrägeri*', 'bedräglig*', 'korruption*', 'korrupt', 'korrupta', 'korrupte',
  'jäv', 'jävet', 'jävig', 'jävigt', 'jäviga', 'jävsituation*', 'jävsförhållande*',
  'oegentlighet*', 'tjänstefel', 'trolöshet mot huvudman', 'penningtvätt*', 'bokföringsbrott*',
  'urkundsförfalskning*', 'förfalskade fakturor', 'falska fakturor', 'visselblås*',
  // English
  'brib*', 'fraud*', 'embezzl*', 'corruption', 'corrupt', 'kickback*', 'money laundering', 'conflict of interest',
  'whistleblow*',
];

/** Words that undo an acute or whistleblowing word just before it ("inte akut", "inget jäv"). */
export const NEGATIONS: readonly string[] = [
  'inte', 'ej', 'icke', 'inget', 'ingen', 'inga', 'aldrig',
  'not', 'no', 'never', "isn't", "wasn't", "don't", "doesn't",
];

// ---------- individualCase: a specific case, person or property … ----------

/** Phrases that point at one case, person or property. (Case numbers, street addresses and
 *  property designations are recognised in code: see signals.ts.) */
export const CASE_REFERENCE: readonly string[] = [
  // Swedish: registry numbers and named cases
  'dnr', 'diarienummer', 'diarienr', 'ärendenummer', 'ärendenr', 'ärende nr', 'ärendet med nummer',
  'bygglovet för', 'bygglovet på', 'bygglovet till', 'bygglovsansökan för', 'bygglovsansökan från',
  'ansökan från', 'ansökan för', 'tillståndet för', 'placeringen av', 'beslutet om hans', 'beslutet om hennes',
  'fastigheten', 'fastighetsbeteckning*', 'tomten på', 'tomten vid',
  // Swedish: one specific person
  'min granne', 'min grannes', 'mina grannar', 'en vän', 'en god vän', 'min vän', 'min väns', 'min kompis', 'en bekant',
  'min bror', 'min syster', 'min mamma', 'min pappa', 'min son', 'min dotter', 'min fru', 'min man', 'min sambo',
  'familjen', 'brukaren', 'eleven', 'sökanden', 'klienten',
  // English
  'case number', 'case no', 'reference number', 'the building permit for', 'planning permission for',
  'the application from', 'my neighbour', "my neighbour's", 'my neighbor', "my neighbor's", 'a friend', 'my friend',
  'the family',
];

/** Words that lead a registry number (`ärende 2024/117`); only with a year-form number, since
 *  "ärende 5" on an agenda is not one person's case. A prefix in capitals (`KS 2024/117`) leads too. */
export const CASE_NUMBER_LEAD: readonly string[] = [
  'dnr', 'diarienummer', 'diarienr', 'ärende', 'ärendet', 'ärendenummer', 'ärendenr', 'ärende nr', 'nr',
  'case', 'case no', 'ref',
];

/** "hennes ansökan": a possessive … */
export const POSSESSIVE: readonly string[] = [
  'hennes', 'hans', 'hens', 'deras', 'min', 'mitt', 'mina',
  'grannens', 'sonens', 'dotterns', 'mammans', 'pappans', 'familjens', 'brukarens', 'elevens',
  'her', 'his', 'their', 'my',
];

/** … followed by what a case is about. */
export const CASE_NOUN: readonly string[] = [
  'ansökan', 'ansökningar', 'ärende*', 'bygglov*', 'bistånd*', 'ekonomiskt bistånd', 'försörjningsstöd*',
  'placering*', 'förskoleplats*', 'skolplats*', 'plats', 'platsen', 'överklagan*', 'överklagande*', 'anmälan',
  'bidrag*', 'hemtjänst*', 'boende', 'boendet', 'bostadsanpassning*', 'tillstånd*', 'serveringstillstånd*',
  'parkeringstillstånd*', 'färdtjänst*', 'avgift*', 'faktura', 'fakturan', 'lss',
  'assistans*', 'insats*', 'betyg*', 'anställning*', 'lön', 'lönen', 'uppsägning*', 'skolskjuts*', 'fastighet*',
  'tomt*', 'dispens*', 'strandskyddsdispens*', 'sökande',
  'application', 'case', 'permit', 'building permit', 'benefit*', 'placement', 'appeal', 'invoice', 'fee', 'fees',
  'grade*', 'allowance',
];

/** Street names end so: `Ängsgatan 4`, `Kungsvägen 12`. A suffix, not a prefix. */
export const STREET_SUFFIX: readonly string[] = [
  'gatan', 'vägen', 'gränd', 'gränden', 'torget', 'stigen', 'allén', 'backen', 'leden', 'kajen', 'stråket',
  'esplanaden', 'promenaden', 'platsen',
];

/** Words before a property designation that are not its name ("kl 10:30", "Måndag 10:30"). */
export const NOT_PROPERTY_NAME: readonly string[] = [
  'kl', 'klockan', 'at', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'idag', 'imorgon',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow',
];

/** … and asks for a particular handling of it. Bare "kan du" is not here: asking for the papers of
 *  a case is fine; asking that it be granted, hurried or changed is steering. */
export const STEERING: readonly string[] = [
  // Swedish
  'se till att', 'ser till att', 'prioriter*', 'bevilj*', 'avslå*', 'avslag', 'ändra beslutet', 'ändra beslut',
  'ändrar beslutet', 'ändra på beslutet', 'beslutet ändras', 'ompröva*', 'riv upp', 'river upp', 'upphäv*',
  'skynda på', 'påskynda*', 'snabba på', 'godkänn*', 'godkänt', 'stoppa*', 'bromsa*', 'förtur', 'gå före',
  'före i kön', 'hoppa över kön', 'fixa så att', 'ordna så att', 'fixa det', 'fixa bygglovet', 'ge henne', 'ge honom',
  'ge dem', 'ha överseende', 'se mellan fingrarna', 'undanta*', 'neka*', 'avvisa*', 'efterskänk*', 'slopa*',
  'ta bort avgiften', 'titta extra på', 'hjälpa henne', 'hjälpa honom', 'hjälp henne', 'hjälp honom',
  'lösa det åt', 'ordna det åt',
  // English
  'make sure', 'ensure', 'approve*', 'prioriti*', 'prioritize*', 'expedite*', 'speed up', 'fast track', 'fast-track',
  'overturn*', 'reject*', 'deny', 'grant*', 'waive*', 'change the decision', 'reverse the decision',
];

// ---------- promise: the writer (or "we") commits to a future action ----------

// Swedish and English are kept apart so that the Swedish preposition "i" is never read as "I".

/** Who commits. */
export const PROMISE_SUBJECT_SV: readonly string[] = ['jag', 'vi'];
export const PROMISE_SUBJECT_EN: readonly string[] = ['i', 'we'];

/** Will/shall: "jag ska", "vi kommer att", "I will". */
export const PROMISE_MODAL_SV: readonly string[] = ['ska', 'skall', 'kommer att', 'tänker', 'lovar att', 'kan lova att'];
export const PROMISE_MODAL_EN: readonly string[] = ['will', 'shall', 'am going to', 'are going to', 'promise to'];
/** Contractions carry the subject. */
export const PROMISE_SUBJECT_MODAL_EN: readonly string[] = ["i'll", "we'll", "i'm going to", "we're going to"];

/** Small words allowed between subject, modal and verb ("jag ska personligen se till"). */
export const PROMISE_FILLER: readonly string[] = [
  'nog', 'också', 'även', 'absolut', 'personligen', 'själv', 'själva', 'givetvis', 'naturligtvis', 'gärna', 'då',
  'nu', 'direkt', 'snart', 'genast', 'omedelbart', 'självklart', 'verkligen', 'definitivt', 'med glädje', 'försöka',
  'försöka att', 'certainly', 'definitely', 'personally', 'also', 'now', 'then', 'soon', 'immediately', 'really',
];

/** Acts on municipal matters, after a modal ("ska se till", "will fix"). Not "återkomma",
 *  "kolla upp", "ta upp det med", "lyfta frågan": finding out and raising it is the right path. */
export const PROMISE_ACTION: readonly string[] = [
  'se till', 'fixa*', 'ordna*', 'lösa', 'åtgärda*', 'laga', 'bygga*', 'ta hand om', 'driva igenom', 'ploga*',
  'stoppa', 'ändra', 'få bort', 'få till', 'ta bort', 'sänka', 'höja', 'rusta upp', 'renovera', 'skaffa', 'anlägga',
  'bevilja', 'rätta till', 'snabba på', 'påskynda', 'prioritera', 'säkra', 'garantera', 'öppna', 'stänga', 'rädda',
  'behålla', 'sätta upp', 'installera', 'ersätta', 'betala', 'riva', 'asfaltera', 'sopa', 'röja', 'tömma',
  'fix', 'sort', 'make sure', 'ensure', 'arrange', 'build', 'repair', 'take care of', 'change', 'stop', 'deliver',
  'clear', 'plough', 'plow', 'approve', 'resolve', 'guarantee', 'reopen',
];

/** What follows an action and makes it a promise to pass the matter on, which is the right path
 *  ("jag ska se till att du får svar", "I'll make sure someone gets back to you"). */
export const PASSING_ON: readonly string[] = [
  'du får svar', 'ni får svar', 'du får besked', 'ni får besked', 'någon återkommer', 'någon hör av sig',
  'någon kontaktar', 'rätt person', 'förvaltningschefen', 'frågan lyfts', 'frågan tas upp', 'det tas upp',
  'you get an answer', 'you get a reply', 'someone gets back', 'the right person',
];

/** Swedish present tense with future meaning, right after the subject ("vi ordnar", "jag fixar det")
 *  or before it ("då ordnar vi det"). */
export const PROMISE_PRESENT: readonly string[] = [
  'ordnar', 'fixar', 'löser', 'ser till', 'tar hand om', 'åtgärdar', 'lagar', 'bygger', 'plogar', 'stoppar',
  'rustar upp', 'renoverar', 'sänker', 'höjer', 'driver igenom', 'säkrar', 'räddar', 'skaffar', 'anlägger',
  'asfalterar', 'river',
];

/** Promising itself: "jag lovar", "vi garanterar", "I promise". */
export const PROMISE_STRONG_SV: readonly string[] = ['lovar', 'garanterar', 'utlovar', 'kan lova', 'kan garantera'];
export const PROMISE_STRONG_EN: readonly string[] = ['promise', 'guarantee', 'can promise', 'can guarantee'];

/** A measure already decided: informing about it is fine ("nämnden beslutade i mars att …"). */
export const DECIDED: readonly string[] = [
  'beslutade', 'beslutat', 'beslutats', 'beslöt', 'fattat beslut', 'fattade beslut', 'enligt beslut*',
  'redan beslut*', 'har beslutat', 'pågår', 'pågående',
  'decided', 'has been decided', 'already approved', 'has been approved', 'ongoing',
];

// ---------- question: vad (what to decide, why decided) or hur (how it is carried out) ----------

/** Vad: political decisions, priorities, budget, goals (the guideline's "vad och när-frågorna"). */
export const VAD: readonly string[] = [
  // Swedish
  'budget*', 'prioritering*', 'prioritera*', 'skattesats*', 'skattehöjning*', 'skattesänkning*', 'kommunalskatt*',
  'höja skatten', 'sänka skatten', 'politiskt beslut*', 'politiska beslut*', 'politisk prioritering*',
  'politiska prioriteringar', 'lägger ned', 'lägga ned', 'läggs ned', 'lades ned', 'lagt ned', 'lägger ner',
  'lägga ner', 'läggs ner', 'lades ner', 'lagt ner', 'nedläggning*', 'nedskärning*', 'skära ned', 'skär ned',
  'skära ner', 'skär ner', 'besparing*', 'sparbeting*', 'neddragning*', 'satsning*', 'satsa på', 'satsar på',
  'investering*', 'målen för', 'kommunens mål', 'verksamhetsmål*', 'vision*', 'taxa', 'taxan', 'taxor', 'taxorna',
  'avgiftshöjning*', 'höjda avgifter', 'höja avgift*', 'resursfördelning*', 'fördelningen av resurser', 'årsplan*',
  'mål och budget', 'nämndens beslut', 'fullmäktiges beslut', 'styrelsens beslut', 'beslutet att', 'ta ställning',
  'vad tycker ni', 'vad tycker du', 'vad anser',
  // English
  'priorit*', 'tax rate', 'political decision*', 'spending cut', 'spending cuts', 'cutback*', 'close the school', 'closing the school',
  "council's decision", 'why did the council', 'why did the board',
];

/** Hur: execution, routines, staffing, case handling (the guideline's "hur och vem-frågorna"). */
export const HUR: readonly string[] = [
  // Swedish
  'hur många', 'hur mycket', 'hur lång*', 'hur ofta', 'hur går', 'hur gör', 'hur fungerar', 'hur hanter*',
  'hur arbetar', 'hur jobbar', 'hur ser rutin*', 'hur sköt*', 'hur organiser*', 'hur beman*', 'hur genomför*',
  'hur handlägg*', 'hur fördela*', 'hur planer*', 'hur tillsätt*', 'hur rekryter*', 'hur säkerställ*',
  'hur kontroller*', 'hur informer*', 'hur följer', 'hur tänker ni göra',
  'rutin', 'rutinen', 'rutiner', 'rutinerna', 'handläggningstid*', 'handläggning*', 'handlägg*', 'bemanning*',
  'bemanna*', 'personalbrist*', 'personaltäthet*', 'tillsatt*', 'tillsätt*', 'vakans*', 'vakant*', 'vikarie*',
  'rekrytering*', 'rekrytera*', 'sjukfrånvaro*', 'kötid*', 'väntetid*', 'arbetssätt*', 'arbetsrutin*',
  'schemaläggning*', 'verkställa', 'verkställs', 'verkställt', 'verkställer', 'verkställighet*', 'genomförandet', 'processen för', 'hanteringen av', 'hantering av',
  // English
  'how many', 'how much', 'how long', 'how often', 'how do you handle', 'how does the', 'how is the',
  'how are the', 'how will the',
  'routine*', 'procedure*', 'staffing', 'processing time*', 'waiting time*', 'case handling', 'recruit*',
  'vacanc*', 'sick leave',
];

/** "Varför …" is a vad-question when it is about a political actor. */
export const WHY: readonly string[] = ['varför', 'why'];
/**
 * Word endings that make a compound the name of a board: "socialnämnden", "utbildningsnämnden",
 * "bolagsstyrelsen". Read only in a sentence that asks "varför", so the extra look costs little.
 */
export const BOARD_NAME_ENDINGS: readonly string[] = [
  'nämnd', 'nämnden', 'nämnder', 'nämnderna', 'styrelse', 'styrelsen', 'styrelser', 'styrelserna', 'fullmäktige',
];

export const POLITICAL_ACTOR: readonly string[] = [
  'nämnd*', 'styrelse*', 'fullmäktig*', 'kommunfullmäktig*', 'kommunstyrelse*', 'politiker*', 'politik*',
  'majoritet*', 'ordförande*', 'kso',
  'council', 'board', 'committee', 'politicians', 'municipality', 'majority',
];
