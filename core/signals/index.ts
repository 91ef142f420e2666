export { computeSignals, signalText, MAX_TEXT, MAX_SUBJECT, type ContentSignals } from './signals.js';
export { newText } from './new-text.js';
export { findPersonnummer, hasPersonnummer, checkPersonnummer, luhnValid, type PersonnummerMatch } from './personnummer.js';
export { fold, foldChar } from './fold.js';
export { tokenize, type Token } from './tokens.js';
