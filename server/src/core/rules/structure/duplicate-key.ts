/** `duplicate-key`: a key written twice in one mapping; the later one is ignored. */
import { isCollection, isMap, isPair, isScalar, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { scalarText } from '../../model/build';
import type { LoneMarker } from '../../parse/conflicts';
import type { Report, Rule, RuleContext } from '../rule';

export const rule: Rule = {
  code: 'duplicate-key',
  defaultSeverity: 'error',
  title: { kk: 'Қайталанған кілт', ru: 'Повторяющийся ключ', en: 'Duplicate key' },
  summary: { kk: 'Бір кестеде екі рет жазылған кілт', ru: 'Ключ, записанный дважды в одном отображении', en: 'a key written twice in one mapping' },
  group: 'structure',
  clauses: [],
  check(ctx) {
    const lone = ctx.parsed.loneMarkers ?? [];
    // Conflict markers change what counts as a repeat: then every mapping is looked at anew.
    const remember = !ctx.oneShot && lone.length === 0;
    const root = ctx.parsed.doc.contents;
    if (isCollection(root)) look(ctx, root, lone, remember);
  },
};

/**
 * The collections found with no key repeated anywhere inside them. An edit is parsed block by block
 * and keeps the Document's other nodes: a collection off the path to the changed block (not in
 * `touched`) holds the same keys as before, and is not looked into again (a 30,000-line standard
 * has some 20,000 mappings).
 */
const clean = new WeakSet<YAMLMap | YAMLSeq>();

/** Reports the repeated keys of `node`'s mappings, the root first, a pair's key before its value; whether there are none. */
function look(ctx: RuleContext, node: YAMLMap | YAMLSeq, lone: LoneMarker[], remember: boolean): boolean {
  if (remember && clean.has(node) && !ctx.parsed.touched?.has(node)) return true;
  let none = !(isMap(node) && checkMap(ctx, node, lone));
  for (const item of node.items) {
    if (isPair(item)) {
      if (isCollection(item.key)) none = look(ctx, item.key, lone, remember) && none;
      if (isCollection(item.value)) none = look(ctx, item.value, lone, remember) && none;
    } else if (isCollection(item)) none = look(ctx, item, lone, remember) && none;
  }
  // A collection edited in place (on the path) may have gained a repeat since it was found clean.
  if (remember && none) clean.add(node);
  else clean.delete(node);
  return none;
}

/** A small mapping's keys are compared in place; a larger one's go through a Map. */
const SMALL = 8;

/** Keys repeated one after another (a block written twice, a list item that lost its `- `): one run, one report. */
interface Run {
  at: [number, number];
  first: [number, number];
  names: string[];
}

/** The key of a pair, when it is a scalar with a range: the only keys compared. */
function keyOf(pair: { key: unknown }): Scalar | undefined {
  const key = pair.key as Node | null;
  return isScalar(key) && key.range ? key : undefined;
}

/** Both pairs have scalar keys of one name. */
function sameName(a: { key: unknown }, b: { key: unknown }): boolean {
  const x = keyOf(a);
  const y = x && keyOf(b);
  return !!y && scalarText(x) === scalarText(y);
}

/** The first key before item `i` named `name`, looked for in place (a small mapping). */
function firstBefore(items: YAMLMap['items'], i: number, name: string): Scalar | undefined {
  for (let j = 0; j < i; j++) {
    const key = keyOf(items[j]);
    if (key && scalarText(key) === name) return key;
  }
  return undefined;
}

/** Reports the mapping's repeated keys; whether it has any. */
function checkMap(ctx: RuleContext, map: YAMLMap, lone: LoneMarker[]): boolean {
  const items = map.items;
  if (items.length < 2) return false;
  // Most mappings are texts, `{kk, ru}`: two keys told apart at once.
  if (items.length === 2 && !sameName(items[0], items[1])) return false;
  // Each name's first key: compared in place in a small mapping, through a Map in a larger one.
  const seen = items.length > SMALL ? new Map<string, Scalar>() : undefined;
  let run: Run | undefined;
  let repeated = false;
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i]);
    if (!key) {
      run = flush(ctx, run);
      continue;
    }
    const name = scalarText(key);
    const firstKey = seen ? seen.get(name) : firstBefore(items, i, name);
    if (!firstKey) {
      seen?.set(name, key);
      run = flush(ctx, run);
      continue;
    }
    repeated = true;
    const first: [number, number] = [firstKey.range![0], firstKey.range![1]];
    const at: [number, number] = [key.range![0], key.range![1]];
    // Both sides of a conflict resolved by half: the marker between them is the one problem.
    if (lone.some((m) => m.offset[0] > first[1] && m.offset[1] < at[0])) continue;
    if (run) run.names.push(name);
    else run = { at, first, names: [name] };
  }
  flush(ctx, run);
  return repeated;
}

/** Reports a run of repeated keys, if there is one; no run is left open. */
function flush(ctx: RuleContext, run: Run | undefined): undefined {
  if (run) ctx.report(report(run.names, run.at, run.first));
  return undefined;
}

function report(names: string[], at: [number, number], first: [number, number]): Report {
  const [name, ...more] = names;
  const rest = more.map((n) => `\`${n}\``).join(', ');
  return {
    offset: at,
    message: more.length
      ? {
          kk: `\`${name}\` кілті және одан кейінгі ${rest} осы кестеде екінші рет жазылған; тек біріншілері ескеріледі. Тізім элементінің алдында \`- \` түсіп қалмады ма?`,
          ru: `Ключ \`${name}\` и следующие за ним ${rest} повторяются в этом отображении; учитываются только первые. Не пропущен ли \`- \` перед элементом списка?`,
          en: `Key \`${name}\` and the keys after it, ${rest}, appear twice in this mapping; only the first ones count. Is a \`- \` missing before a list item?`,
        }
      : {
          kk: `\`${name}\` кілті осы кестеде екінші рет жазылған; тек біріншісі ескеріледі.`,
          ru: `Ключ \`${name}\` повторяется в этом отображении; учитывается только первый.`,
          en: `Key \`${name}\` appears twice in this mapping; only the first one counts.`,
        },
    related: [{ offset: first, message: { kk: 'Бірінші рет осында', ru: 'Впервые здесь', en: 'First written here' } }],
  };
}
