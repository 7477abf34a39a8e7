/** Ways to reach someone: email addresses, phone numbers, web addresses. */

const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function isEmail(raw: string): boolean {
  const s = raw.trim();
  if (!EMAIL.test(s)) return false;
  const local = s.slice(0, s.indexOf('@'));
  return !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
}

export type PhoneProblem = 'chars' | 'kz-digits' | 'length';

/**
 * `+7 (7172) 74-00-00`, `8 7172 740000`, a short service number such as `1414`,
 * or an international number. A Kazakhstan number has 10 digits after +7 or 8.
 */
export function checkPhone(raw: string): PhoneProblem | undefined {
  const s = raw.trim();
  if (!/^\+?[\d\s()\-–.]+$/.test(s)) return 'chars';
  const digits = s.replace(/\D/g, '');
  if (s.startsWith('+7') || (!s.startsWith('+') && digits.length > 6 && digits.startsWith('8'))) {
    return digits.length === 11 ? undefined : 'kz-digits';
  }
  if (s.startsWith('+')) return digits.length >= 8 && digits.length <= 15 ? undefined : 'length';
  return digits.length >= 3 && digits.length <= 6 ? undefined : 'length';
}

/** The `tel:` form of a phone number. */
export function telHref(raw: string): string {
  const s = raw.trim();
  const digits = s.replace(/\D/g, '');
  if (s.startsWith('+')) return `tel:+${digits}`;
  if (digits.length === 11 && digits.startsWith('8')) return `tel:+7${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** `https://…`, `http://…` or `www.…`; returns the absolute URL, or undefined when malformed. */
export function normaliseUrl(raw: string): string | undefined {
  const s = raw.trim();
  if (/\s/.test(s)) return undefined;
  const candidate = /^www\./i.test(s) ? `https://${s}` : s;
  if (!/^https?:\/\//i.test(candidate)) return undefined;
  try {
    const u = new URL(candidate);
    if (!u.hostname.includes('.') || u.hostname.startsWith('.') || u.hostname.endsWith('.')) return undefined;
    return u.href;
  } catch {
    return undefined;
  }
}

/** Why a well-formed link is not what it looks like. */
export type UrlRisk =
  /** `https://egov.kz@127.0.0.1/`: the part before `@` is a user name, the site is after it. */
  | { kind: 'userinfo'; shown: string; host: string }
  /** `www.еgov.kz` with a Cyrillic `е`: letters of several scripts in the host name. */
  | { kind: 'mixed-script'; host: string; ascii: string; letters: string[] }
  /** Other characters outside ASCII in the host (`сайт.қаз`, a full-width dot): the browser goes to its ASCII form. */
  | { kind: 'non-ascii'; host: string; ascii: string };

/** The host part of a link as written: between `//` and the path, after any `user@`. */
function writtenAuthority(raw: string): string {
  const s = raw.trim().replace(/^https?:\/\//i, '');
  const end = s.search(/[/?#\\]/);
  return end < 0 ? s : s.slice(0, end);
}

function scriptOf(ch: string): string {
  if (/[A-Za-z]/.test(ch)) return 'Latin';
  for (const s of ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Arabic', 'Hebrew']) {
    if (new RegExp(`\\p{Script=${s}}`, 'u').test(ch)) return s;
  }
  return 'other';
}

/** A link that leads elsewhere than it reads, or undefined for an ordinary one (and for a malformed one). */
export function urlRisk(raw: string): UrlRisk | undefined {
  const href = normaliseUrl(raw);
  if (!href) return undefined;
  const u = new URL(href);
  const authority = writtenAuthority(raw);
  if (u.username !== '' || u.password !== '') {
    const at = authority.lastIndexOf('@');
    return { kind: 'userinfo', shown: at < 0 ? u.username : authority.slice(0, at), host: u.hostname };
  }
  const host = authority.replace(/:\d*$/, '');
  if (!/[^\x00-\x7F]/.test(host)) return undefined;
  const letters = [...host].filter((ch) => /\p{L}/u.test(ch));
  const scripts = new Set(letters.map(scriptOf));
  const nonAsciiLetters = letters.filter((ch) => ch > '\x7F');
  const mixesAscii = nonAsciiLetters.length > 0 && nonAsciiLetters.length < letters.length;
  if (scripts.size > 1 || mixesAscii) {
    return { kind: 'mixed-script', host, ascii: u.hostname, letters: [...new Set(nonAsciiLetters)] };
  }
  return { kind: 'non-ascii', host, ascii: u.hostname };
}
