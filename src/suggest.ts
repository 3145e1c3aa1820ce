// Fills rewrite templates with the letter's own nouns, or leaves a visible slot to fill.
import type { Facts } from './types.js';

export function fill(template: string, facts: Facts): string {
  return template
    .replace(/\{company\}'s/g, facts.company ? possessive(facts.company) : "<company>'s")
    .replace(/\{company\}/g, facts.company ?? '<company>')
    .replace(/\{role\}/g, facts.role ?? '<role>')
    .replace(/\{system\}/g, facts.system ? `the ${facts.system}` : '<system>');
}

/** "Northwind's", but "Ridgeline Logistics'": a name that ends in s takes the apostrophe alone. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** Quotes letter text in a message, shortened so a message stays on one line. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? flat.slice(0, max - 1) + '\u2026' : flat}"`;
}
