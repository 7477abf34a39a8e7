/**
 * The cause of a syntax error, said where it is: the line the parser could not read (see
 * `parse/repair.ts`) gets one diagnostic, in the writer's terms (a tab, an indentation, a
 * missing colon, an unclosed quote), and not the parser's errors on the lines around it.
 */
import { aliasTarget } from '../../parse/anchors';
import type { Parsed } from '../../parse/parse';
import { keyOf, type Repair } from '../../parse/repair';
import { expectedColumn, stepOf } from '../../parse/repair-lines';
import type { Localized } from '../../types';
import { nodesOf } from '../nodes';
import type { Report } from '../rule';

const HEAD = { kk: 'YAML синтаксисінің қатесі', ru: 'Синтаксическая ошибка YAML', en: 'YAML syntax error' };

function head(m: Localized): Localized {
  return { kk: `${HEAD.kk}: ${m.kk}`, ru: `${HEAD.ru}: ${m.ru}`, en: `${HEAD.en}: ${m.en}` };
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];

/** Lines of a repair that follow one another (blank and comment lines between do not part them). */
export function groups(source: string, repairs: Repair[]): Repair[][] {
  const sorted = [...repairs].sort((a, b) => a.span[0] - b.span[0]);
  const out: Repair[][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1]?.at(-1);
    if (last && /^(\s*(#[^\n]*)?\n)*\s*$/.test(source.slice(last.span[1], r.span[0]))) out[out.length - 1].push(r);
    else out.push([r]);
  }
  return out;
}

/** A value that opens a quote or a bracket the line does not close. */
function unclosed(line: string): boolean {
  const v = /:\s+(["'[{])(.*)$/.exec(line);
  if (!v) return false;
  const close = { '"': '"', "'": "'", '[': ']', '{': '}' }[v[1]]!;
  return !v[2].replace(/\s+#.*$/, '').trimEnd().endsWith(close);
}

/** One report for a group of mended lines, on its first line. */
export function causeOf(source: string, group: Repair[], known: (code: string) => Localized | undefined): Report {
  const first = group[0];
  const nl = source.indexOf('\n', first.span[0]);
  const lineEnd = Math.min(first.span[1], nl === -1 ? source.length : nl);
  const line = source.slice(first.span[0], lineEnd).replace(/\r$/, '');
  const indent = indentOf(line);
  const content: [number, number] = [first.span[0] + indent.length, first.span[0] + line.length];
  const e = first.error;
  if (indent.includes('\t')) {
    const at = first.span[0] + indent.indexOf('\t');
    return { offset: [at, at + 1], message: head(known('TAB_AS_INDENT')!) };
  }
  const key = keyOf(line);
  if (first.dash) {
    return {
      offset: content,
      message: head({
        kk: 'тізім элементінің алдында `- ` жоқ: бұл жол төмендегі элементтер сияқты тізімнің бірінші элементін бастайды.',
        ru: 'нет `- ` перед элементом списка: эта строка начинает первый элемент списка, как элементы ниже.',
        en: 'a `- ` is missing: this line starts the first item of the list, like the items below it.',
      }),
    };
  }
  const want = expectedColumn(source, { start: first.span[0], end: content[1] }, stepOf(source));
  const was = want;
  const onLine = e.pos[0] >= first.span[0] && e.pos[0] <= content[1];
  if (key !== undefined && was !== undefined && was !== indent.length && !(onLine && e.code === 'MISSING_CHAR') && !unclosed(line)) {
    const n = indent.length;
    return {
      offset: content,
      message: head({
        kk: `\`${key}\` шегінісі дұрыс емес: ${n} бос орын, ал бұл деңгейдің кілттері ${was} бос орыннан басталады.`,
        ru: `неверный отступ у \`${key}\`: ${n} пробелов, а ключи этого уровня начинаются с ${was}.`,
        en: `wrong indentation of \`${key}\`: ${n} spaces, while the keys at this level start at ${was}.`,
      }),
    };
  }
  if (unclosed(line)) {
    const m = /:\s+["'[{]/.exec(line)!;
    const at = first.span[0] + m.index + m[0].length - 1;
    return { offset: [at, at + 1], message: head(known('MISSING_CHAR')!) };
  }
  if (key === undefined && !/^\s*-(\s|$)/.test(line) && !/:(\s|$)/.test(line)) {
    return {
      offset: content,
      message: head({
        kk: 'бұл жол `кілт: мән` де, тізім элементі де емес: кілттен кейін `:` жетіспейді, не мәтін жоғарыдағы мәннің жалғасы болса, оны тырнақшаға алыңыз.',
        ru: 'эта строка не `ключ: значение` и не элемент списка: после ключа не хватает `:`, или, если это продолжение значения выше, заключите его в кавычки.',
        en: 'this line is neither `key: value` nor a list item: a `:` is missing after the key, or, if the text continues the value above, quote that value.',
      }),
    };
  }
  const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const k = known(e.code);
  const message = head(k ? { ...k, en: `${k.en} (${detail})` } : { kk: detail, ru: detail, en: detail });
  if (onLine) {
    const end = Math.min(Math.max(e.pos[1], e.pos[0] + 1), first.span[1]);
    return { offset: [e.pos[0], Math.max(e.pos[0], end)], message };
  }
  return { offset: content, message };
}

/** Aliases (`*name`) that name no anchor, each as a report on the alias. */
export function danglingAliases(parsed: Parsed): Report[] {
  const { doc } = parsed;
  const out: Report[] = [];
  // An alias is written with a `*`: a text without one (or a patched Document) needs no walk.
  if (parsed.noAliases || !parsed.source.includes('*')) return out;
  for (const node of nodesOf(parsed).aliases) {
    if (!node.range || aliasTarget(doc, node) !== undefined) continue;
    const name = node.source;
    out.push({
      offset: [node.range[0], node.range[0] + name.length + 1],
      message: head({
        kk: `\`*${name}\` сілтемесі белгісіз: файлда \`&${name}\` якоры жоқ. Атауын тексеріңіз немесе мәнді толық жазыңыз.`,
        ru: `неизвестная ссылка \`*${name}\`: в файле нет якоря \`&${name}\`. Проверьте имя или напишите значение полностью.`,
        en: `unknown alias \`*${name}\`: no anchor \`&${name}\` in the file. Check the name, or write the value out.`,
      }),
    });
  }
  return out;
}
