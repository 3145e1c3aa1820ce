// Two spellings of one company, and two companies, as stale-company must tell them apart.
import { describe, expect, it } from 'vitest';
import { nameKey, sameCompanyName } from '../src/text/company-names.js';

// [one name, another, whether they are one company's spellings]
const PAIRS: Array<[string, string, boolean]> = [
  // Legal forms, dots, spacing, case and initials.
  ['Acme Inc.', 'ACME Corporation', true],
  ['The Walt Disney Company', 'Disney', true],
  ['J.P. Morgan', 'JPMorgan Chase', true],
  ['Red Hat', 'RedHat', true],
  ['Procter & Gamble', 'P&G', true],
  ['Bank of America', 'BoA', true],
  ['Booking.com', 'Booking', true],
  ['Northwind Traders', 'Northwind', true],
  ['Zalando SE', 'Zalando', true],
  ['Copperline Media S.r.l.', 'Copperline Media', true],
  // Different companies.
  ['Acme Inc.', 'Apex Corporation', false],
  ['Northwind Pay', 'NP Labs', false],
  ['Globex', 'Initech', false],
  ['Procter & Gamble', 'PwC', false],
  ['Stripe', 'Square', false],
];

describe('company names', () => {
  it.each(PAIRS)('%s and %s: one company %s, whichever comes first', (a, b, same) => {
    expect(sameCompanyName(a, b)).toBe(same);
    expect(sameCompanyName(b, a)).toBe(same);
  });

  it('keys a name without its punctuation and legal form, and a name of only a legal form as itself', () => {
    expect(nameKey('  The Acme Co.  ')).toBe('acme');
    expect(nameKey('Company')).toBe('company');
    expect(nameKey('Ünïcode GmbH')).toBe('ünïcode');
    expect(nameKey('---')).toBe('');
    expect(sameCompanyName('---', 'Acme')).toBe(false);
  });
});
