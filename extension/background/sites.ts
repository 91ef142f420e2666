// The webmail sites the manifest grants up front; any other granted origin is a Roundcube host.
export const BUILT_IN_HOSTS = ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'];
export const BUILT_IN_ORIGINS = BUILT_IN_HOSTS;
export const ROUNDCUBE_SCRIPT_ID = 'rollkoll-roundcube';
export const ROUNDCUBE_SCRIPT_FILE = 'content/roundcube.js';

/** `https://webmail.example.se/anything` → `https://webmail.example.se/*`; null for what is not http(s). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url.includes('://') ? url : `https://${url}`);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`; // no port: a pattern without one matches every port
  } catch {
    return null;
  }
}
