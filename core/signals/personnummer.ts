// Swedish personnummer and samordningsnummer (day + 60) in free text. A number counts only when
// its Luhn checksum and its date are both valid, which keeps phone numbers, invoice numbers and
// dates out. One linear scan over the digits; no regular expressions.

export interface PersonnummerMatch {
  /** Offset in the text of the first digit. */
  start: number;
  /** Offset after the last digit. */
  end: number;
  samordningsnummer: boolean;
}

function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/** Characters that join digit runs into one longer number (`12-34`, `1.5`, `2024/117`). */
function isJoiner(ch: string): boolean {
  return ch === '-' || ch === '+' || ch === '.' || ch === ',' || ch === '/';
}

function digitRunEnd(text: string, i: number): number {
  while (i < text.length && isDigitAt(text, i)) i++;
  return i;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days;
}

/** Luhn over the 10-digit form YYMMDDNNNN. */
export function luhnValid(tenDigits: string): boolean {
  if (tenDigits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let value = (tenDigits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

/**
 * Checks one number in any of the written forms: YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN,
 * YYMMDD+NNNN, YYMMDDNNNN. Returns whether it is a samordningsnummer, or null when not valid.
 */
export function checkPersonnummer(value: string): { samordningsnummer: boolean } | null {
  let digits = '';
  let separator = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (isDigitAt(value, i)) digits += ch;
    else if ((ch === '-' || ch === '+') && separator === '' && digits.length >= 6) separator = ch;
    else return null;
  }
  if (separator !== '' && value.indexOf(separator) !== digits.length - 4) return null;
  let century: number[];
  if (digits.length === 12) {
    const c = Number(digits.slice(0, 2));
    if (c < 18 || c > 20 || separator === '+') return null;
    century = [c];
    digits = digits.slice(2);
  } else if (digits.length === 10) {
    century = [19, 20, 18];
  } else return null;
  const yy = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  let day = Number(digits.slice(4, 6));
  const samordningsnummer = day > 60;
  if (samordningsnummer) day -= 60;
  let dateValid = false;
  for (const c of century) if (isRealDate(c * 100 + yy, month, day)) dateValid = true;
  if (!dateValid || !luhnValid(digits)) return null;
  return { samordningsnummer };
}

/** Every valid personnummer or samordningsnummer in the text, not part of a longer digit run. */
export function findPersonnummer(text: string): PersonnummerMatch[] {
  const found: PersonnummerMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigitAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    const end = digitRunEnd(text, i);
    const length = end - start;
    // A run glued to other digits ("12-811218-…", "3.8112189876") is part of a longer number.
    const before = start > 0 ? text.charAt(start - 1) : '';
    const gluedBefore = isJoiner(before) && start > 1 && isDigitAt(text, start - 2);
    const gluedAfterRun = isJoiner(text.charAt(end)) && isDigitAt(text, end + 1);
    let candidate = '';
    let candidateEnd = end;
    if (!gluedBefore && !gluedAfterRun && (length === 10 || length === 12)) candidate = text.slice(start, end);
    else if (!gluedBefore && (length === 6 || length === 8)) {
      const sep = text.charAt(end);
      if ((sep === '-' || sep === '+') && isDigitAt(text, end + 1)) {
        const tailEnd = digitRunEnd(text, end + 1);
        const after = text.charAt(tailEnd);
        const gluedAfter = isJoiner(after) && isDigitAt(text, tailEnd + 1);
        if (tailEnd - end - 1 === 4 && !gluedAfter) {
          candidate = text.slice(start, tailEnd);
          candidateEnd = tailEnd;
        }
      }
    }
    if (candidate !== '') {
      const result = checkPersonnummer(candidate);
      if (result) found.push({ start, end: candidateEnd, samordningsnummer: result.samordningsnummer });
    }
    i = candidateEnd > end ? candidateEnd : end;
  }
  return found;
}

export function hasPersonnummer(text: string): boolean {
  return findPersonnummer(text).length > 0;
}
