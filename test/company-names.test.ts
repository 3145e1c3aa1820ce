// Two spellings of one company, and two companies, as stale-company must tell them apart.
import { describe, expect, it } from 'vitest';
import { nameKey, sameCompanyName } from '../src/text/company-names.js';

describe('company names', () => {
  it('reads one company through legal forms, dots, spacing, case and initials', () => {
    for (const [a, b] of [
      ['Acme Inc.', 'ACME Corporation'],
      ['The Walt Disney Company', 'Disney'],
      ['J.P. Morgan', 'JPMorgan Chase'],
      ['Red Hat', 'RedHat'],
      ['Procter & Gamble', 'P&G'],
      ['Bank of America', 'BoA'],
      ['Booking.com', 'Booking'],
      ['Northwind Traders', 'Northwind'],
      ['Zalando SE', 'Zalando'],
    ]) {
      expect(sameCompanyName(a!, b!), `${a} ~ ${b}`).toBe(true);
      expect(sameCompanyName(b!, a!), `${b} ~ ${a}`).toBe(true);
    }
  });

  it('keeps different companies apart', () => {
    for (const [a, b] of [
      ['Acme Inc.', 'Apex Corporation'],
      ['Northwind Pay', 'NP Labs'],
      ['Globex', 'Initech'],
      ['Procter & Gamble', 'PwC'],
      ['Stripe', 'Square'],
    ]) expect(sameCompanyName(a!, b!), `${a} ≁ ${b}`).toBe(false);
  });

  it('keys a name without its punctuation and legal form, and a name of only a legal form as itself', () => {
    expect(nameKey('  The Acme Co.  ')).toBe('acme');
    expect(nameKey('Company')).toBe('company');
    expect(nameKey('Ünïcode GmbH')).toBe('ünïcode');
    expect(nameKey('---')).toBe('');
    expect(sameCompanyName('---', 'Acme')).toBe(false);
  });
});
