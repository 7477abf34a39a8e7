/**
 * Random edits of a standard for the incremental tests: drawn as recipes (a kind, a place as a
 * fraction of the text, a pick), made concrete on the text of the moment.
 */
import fc from 'fast-check';

export type Kind = 'value' | 'insert-line' | 'delete-lines' | 'indent' | 'outdent' | 'comment' | 'anchor' | 'conflict' | 'break' | 'splice' | 'join';

export interface Recipe {
  kind: Kind;
  at: number;
  pick: number;
  size: number;
}

export const recipeArb: fc.Arbitrary<Recipe> = fc.record({
  kind: fc.constantFrom<Kind>('value', 'value', 'value', 'value', 'insert-line', 'insert-line', 'insert-line', 'delete-lines', 'delete-lines', 'indent', 'outdent', 'comment', 'comment', 'anchor', 'conflict', 'break', 'splice', 'join'),
  at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
  pick: fc.nat(1000),
  size: fc.integer({ min: 1, max: 40 }),
});

const WORDS = ['құжаттарды', 'заявление', '5 working-days', '30 minuts', 'info@@gov.kz', 'TODO', 'Məcimov', '2031-01-01', '"quoted"', "'single'", 'x', '', ' ', ':', '- ', 'a: b', '[1, 2]', '{k: v}', '|', '>-', '~', 'null', '0x1F', 'webiste'];
const LINES = ['', '# a comment', '  # indented comment', '    # deeper comment', 'extra: 1', '  extra: 1', '    extra: 1', '  - item', '    - item', '      - item', '  website: www.gov.kz', '    kk: Мәтін', '    ru: Текст', '  list:\n    - a\n    - b', '  text: |\n    line one\n    line two', '  flow: [a,\n    b]', '\t- tab', 'languages: [kk]', 'edition: kz-2010', '---', '...', '%YAML 1.2', '\uFEFF'];
const BREAKERS = ['"', "'", '[', '{', ']', ': :', '&', '*', '!!', '`', '@', '|2', '>+', '? ', '\t', '\r'];

interface Line {
  start: number;
  end: number;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl === -1 ? text.length : nl };
}

const pickOf = <T>(xs: T[], n: number): T => xs[n % xs.length];

/** The recipe made concrete: the new text. */
export function applyRecipe(text: string, r: Recipe): string {
  const at = Math.floor(r.at * (text.length + 1));
  const line = lineAt(text, at);
  const edit = (s: number, e: number, t: string) => text.slice(0, s) + t + text.slice(e);
  switch (r.kind) {
    case 'value': {
      const colon = text.indexOf(': ', line.start);
      const s = colon !== -1 && colon < line.end ? Math.min(line.end, colon + 2 + (r.pick % 8)) : at;
      return edit(s, Math.min(line.end, s + (r.size % 6)), pickOf(WORDS, r.pick));
    }
    case 'insert-line':
      return edit(line.start, line.start, `${pickOf(LINES, r.pick)}\n`);
    case 'delete-lines': {
      let e = line.end;
      for (let i = 1; i < r.size % 5; i++) e = lineAt(text, e + 1).end;
      return edit(line.start, Math.min(text.length, e + 1), '');
    }
    case 'indent':
      return edit(line.start, line.start, ' '.repeat(1 + (r.pick % 4)));
    case 'outdent': {
      const spaces = /^ */.exec(text.slice(line.start, line.end))![0].length;
      return edit(line.start, line.start + Math.min(spaces, 1 + (r.pick % 4)), '');
    }
    case 'comment':
      return r.pick % 2 ? edit(line.end, line.end, ' # note') : edit(line.start, line.start, `${' '.repeat(r.pick % 7)}# c\n`);
    case 'anchor': {
      const colon = text.indexOf(': ', line.start);
      if (colon === -1 || colon > line.end) return edit(at, at, '*a');
      return edit(colon + 2, colon + 2, r.pick % 2 ? '&a ' : '*a ');
    }
    case 'conflict':
      return edit(line.start, line.start, pickOf(['<<<<<<< HEAD\n', '=======\n', '>>>>>>> other\n', '<<<<<<< HEAD\n  x: 1\n=======\n  x: 2\n>>>>>>> b\n'], r.pick));
    case 'break':
      return edit(at, at, pickOf(BREAKERS, r.pick));
    case 'splice':
      return edit(at, Math.min(text.length, at + r.size * 3), pickOf([...WORDS, ...LINES.map((l) => `\n${l}\n`)], r.pick));
    case 'join':
      return line.end < text.length ? edit(line.end, line.end + 1, r.pick % 2 ? ' ' : '') : text;
  }
}
