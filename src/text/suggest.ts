// Fills rewrite templates with the letter's own nouns, or leaves a visible slot to fill.
import type { Facts } from '../types.js';

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

/** Edit distance between two short strings, or more than `max` as soon as it is sure to be. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...next) > max) return max + 1;
    row = next;
  }
  return row[b.length]!;
}

/** The candidate a typo most likely meant ("no-generic-claim" for "no-generic-claims"), if one is close. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 100) return undefined;
  const max = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase(), max);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
