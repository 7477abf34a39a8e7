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
