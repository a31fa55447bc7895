// Who "you" are: a set of email addresses, compared as whole, fixed strings (case-insensitive,
// as mail systems treat them). A `+` in a GitHub noreply address is a character, not a pattern.

export function normaliseEmail(raw: string): string {
  return raw.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** A checker for "is this one of mine"; addresses that are empty or lack an @ are dropped. */
export function identityMatcher(emails: readonly string[]): { has(email: string): boolean; list: string[] } {
  const set = new Set(emails.map(normaliseEmail).filter((e) => e.includes('@') && !/\s/.test(e)));
  return { has: (email) => set.has(normaliseEmail(email)), list: [...set].sort() };
}
