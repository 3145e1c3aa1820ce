// Irregular verbs: the forms the -ed/-ing folding of src/text/terms.ts cannot reach. One table for both
// uses: the stemmer folds each form to its base ("went" meets "go"), and failure-mode patterns
// written with "~verb" expand to every form ("~break" also matches "broke", "broken").

export interface IrregularVerb {
  base: string;
  forms: readonly string[];
  /**
   * false where a form has another common sense, so the stemmer must not fold it: "found" (to found a
   * company), the forms of "be" (read one by one by the rules). Patterns still expand to them.
   */
  fold?: false;
}

export const irregularVerbs: readonly IrregularVerb[] = [
  { base: 'be', forms: ['am', 'is', 'are', 'was', 'were', 'been', 'being'], fold: false },
  { base: 'find', forms: ['found'], fold: false },
  { base: 'go', forms: ['goes', 'going', 'went', 'gone'] },
  { base: 'do', forms: ['does', 'doing', 'did', 'done'] },
  { base: 'break', forms: ['broke', 'broken'] },
  { base: 'hang', forms: ['hung'] },
  { base: 'fall', forms: ['fell', 'fallen'] },
  { base: 'lose', forms: ['lost'] },
  { base: 'run', forms: ['ran'] },
  { base: 'send', forms: ['sent'] },
  { base: 'freeze', forms: ['froze', 'frozen'] },
  { base: 'die', forms: ['dying'] },
  { base: 'pay', forms: ['paid'] },
  { base: 'take', forms: ['took', 'taken'] },
  { base: 'undertake', forms: ['undertook', 'undertaken'] },
  { base: 'bring', forms: ['brought'] },
  { base: 'make', forms: ['made'] },
  { base: 'let', forms: ['lets', 'letting'] },
  { base: 'overwrite', forms: ['overwrote', 'overwritten'] },
  { base: 'write', forms: ['wrote', 'written'] },
  { base: 'rewrite', forms: ['rewrote', 'rewritten'] },
  { base: 'slip', forms: ['slipped'] },
  { base: 'build', forms: ['built'] },
  { base: 'rebuild', forms: ['rebuilt'] },
  { base: 'lead', forms: ['led'] },
  { base: 'shoot', forms: ['shot'] },
  { base: 'troubleshoot', forms: ['troubleshot'] },
  { base: 'catch', forms: ['caught'] },
  { base: 'keep', forms: ['kept'] },
  // Not folded: the stemmer's senses stay as they were; "~throw" and "~see" in failure patterns still expand to them.
  { base: 'throw', forms: ['threw', 'thrown'], fold: false },
  { base: 'see', forms: ['saw', 'seen'], fold: false },
  { base: 'spend', forms: ['spent'] },
  { base: 'think', forms: ['thought'] },
  { base: 'teach', forms: ['taught'] },
  { base: 'grow', forms: ['grew', 'grown'] },
  { base: 'give', forms: ['gave', 'given'] },
  { base: 'get', forms: ['got', 'gotten'] },
  { base: 'come', forms: ['came'] },
  { base: 'begin', forms: ['began', 'begun'] },
  { base: 'show', forms: ['shown'] },
  { base: 'choose', forms: ['chose', 'chosen'] },
  { base: 'hold', forms: ['held'] },
  { base: 'seek', forms: ['sought'] },
  { base: 'win', forms: ['won'] },
  { base: 'tell', forms: ['told'] },
  { base: 'sell', forms: ['sold'] },
  { base: 'oversee', forms: ['oversaw', 'overseen'] },
  { base: 'understand', forms: ['understood'] },
];
