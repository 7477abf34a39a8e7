/** The parts of a generated standard: texts, documents, contacts, legal bases, built from the word pools. */
import { prng } from './random-source';
import { AREA_CODES, DOMAINS, KK_BODIES, KK_DOCS, KK_GROUNDS, KK_OBJECTS, KK_PLACES, KK_QUALIFIERS, KK_STREETS, KK_SUBJECTS, KK_TAILS, KK_VERBS, RU_BODIES, RU_DOCS, RU_GROUNDS, RU_OBJECTS, RU_PLACES, RU_QUALIFIERS, RU_STREETS, RU_SUBJECTS, RU_TAILS, RU_VERBS } from './generate-words';

export interface GenerateOptions {
  /** Target number of lines (the result has this many lines or a few more). */
  lines: number;
  seed?: number;
  /**
   * Quote ISO dates (`date: "2010-06-26"`). Both spellings are valid in the dialect; quoted dates
   * let YAML 1.1 readers (js-yaml 3 inside ajv-cli) see strings rather than timestamps.
   */
  quoteDates?: boolean;
  /** `service.code`; default derived from the seed so that standards of different seeds never share one. */
  code?: string;
}

export class Gen {
  readonly r: () => number;
  constructor(
    seed: number,
    readonly o: GenerateOptions,
  ) {
    this.r = prng(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  /** One step of a procedure: same meaning in both languages (same pool indices). */
  step(): [string, string] {
    const s = this.int(0, KK_SUBJECTS.length - 1);
    const o = this.int(0, KK_OBJECTS.length - 1);
    const v = this.int(0, KK_VERBS.length - 1);
    const t = this.int(0, KK_TAILS.length - 1);
    if (this.r() < 0.5) return [`${KK_SUBJECTS[s]} ${KK_OBJECTS[o]} ${KK_VERBS[v]}`, `${RU_SUBJECTS[s]} ${RU_VERBS[v]} ${RU_OBJECTS[o]}`];
    return [`${KK_SUBJECTS[s]} ${KK_TAILS[t]} ${KK_OBJECTS[o]} ${KK_VERBS[v]}`, `${RU_SUBJECTS[s]} ${RU_VERBS[v]} ${RU_OBJECTS[o]} ${RU_TAILS[t]}`];
  }
  document(): [string, string] {
    const d = this.int(0, KK_DOCS.length - 1);
    if (this.r() < 0.5) return [KK_DOCS[d], RU_DOCS[d]];
    const q = this.int(0, KK_QUALIFIERS.length - 1);
    return [`${KK_DOCS[d]} (${KK_QUALIFIERS[q]})`, `${RU_DOCS[d]} (${RU_QUALIFIERS[q]})`];
  }
  ground(): [string, string] {
    const g = this.int(0, KK_GROUNDS.length - 1);
    if (this.r() < 0.8) return [KK_GROUNDS[g], RU_GROUNDS[g]];
    const [k, r] = this.step();
    return [`${KK_GROUNDS[g]}, сондай-ақ ${lower(k)} кезде анықталған жағдайлар`, `${RU_GROUNDS[g]}, а также обстоятельства, выявленные, когда ${lower(r)}`];
  }
  /** A long paragraph of several sentences. */
  paragraph(sentences: number): [string, string] {
    const kk: string[] = [];
    const ru: string[] = [];
    for (let i = 0; i < sentences; i++) {
      const [k, r] = this.step();
      kk.push(`${k}.`);
      ru.push(`${r}.`);
    }
    return [kk.join(' '), ru.join(' ')];
  }
  phone(): string {
    const area = this.pick(AREA_CODES);
    const n = String(this.int(200000, 799999));
    return `+7 (${area}) ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`;
  }
  date(): string {
    const y = this.int(1995, 2012);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return this.o.quoteDates ? `"${iso}"` : iso;
  }
  /** A contact block, indented by `ind` spaces; `dash` makes it a list item. */
  contact(ind: number, dash: boolean, n: number): string[] {
    const p = this.int(0, KK_PLACES.length - 1);
    const b = this.int(0, KK_BODIES.length - 1);
    const st = this.int(0, KK_STREETS.length - 1);
    const house = this.int(1, 180);
    const dom = this.pick(DOMAINS);
    const pad = ' '.repeat(ind);
    const first = dash ? `${' '.repeat(ind - 2)}- ` : pad;
    const lines = [
      `${first}name:`,
      `${pad}  kk: ${KK_PLACES[p]} ${KK_BODIES[b]}, ${n}-бөлімше`,
      `${pad}  ru: ${RU_BODIES[b]} ${RU_PLACES[p]}, отделение № ${n}`,
      `${pad}address:`,
      `${pad}  kk: ${KK_PLACES[p]} қ., ${KK_STREETS[st]}, ${house}`,
      `${pad}  ru: г. ${RU_PLACES[p]}, ${RU_STREETS[st]}, ${house}`,
    ];
    if (this.r() < 0.5) lines.push(`${pad}room: "${this.int(100, 520)}"`);
    if (this.r() < 0.3) lines.push(`${pad}phone: ["${this.phone()}", "1414"]`);
    else lines.push(`${pad}phone: "${this.phone()}"`);
    lines.push(`${pad}email: info${n}@${dom}.gov.kz`);
    if (this.r() < 0.6) lines.push(`${pad}website: www.${dom}.gov.kz`);
    if (this.r() < 0.7) {
      const sat = this.r() < 0.3;
      lines.push(`${pad}schedule:`, `${pad}  days: [mon, tue, wed, thu, fri${sat ? ', sat' : ''}]`, `${pad}  hours: 09:00-${sat ? '20:00' : '18:30'}`);
      if (!sat) lines.push(`${pad}  breaks: [13:00-14:30]`);
    }
    return lines;
  }
  legalBasis(): string[] {
    const [kind, kk, ru] = this.pick([
      ['law', '«Әкімшілік рәсімдер туралы» Қазақстан Республикасының Заңы', 'Закон Республики Казахстан «Об административных процедурах»'],
      ['code', 'Қазақстан Республикасының Бюджет кодексі', 'Бюджетный кодекс Республики Казахстан'],
      ['government-act', '«Мемлекеттік қызметтердің тізілімін бекіту туралы» Қазақстан Республикасы Үкіметінің қаулысы', 'Постановление Правительства Республики Казахстан «Об утверждении реестра государственных услуг»'],
      ['ministerial-order', '«Құжаттарды қабылдау қағидаларын бекіту туралы» Министрдің бұйрығы', 'Приказ Министра «Об утверждении правил приёма документов»'],
      ['presidential-act', 'Қазақстан Республикасы Президентінің Жарлығы', 'Указ Президента Республики Казахстан'],
    ] as const);
    return [
      `    - kind: ${kind}`,
      `      title:`,
      `        kk: ${kk}`,
      `        ru: ${ru}`,
      `      number: "${this.int(10, 800)}-${this.pick(['II', 'III', 'IV'])}"`,
      `      date: ${this.date()}`,
      `      article: "${this.int(1, 60)}${this.r() < 0.3 ? `-${this.int(1, 3)}` : ''}"`,
    ];
  }
  information(): string[] {
    const c = this.int(0, 3);
    if (c === 0) return [`    - channel: internet-resource`, `      value: www.${this.pick(DOMAINS)}.gov.kz`];
    if (c === 1) return [`    - channel: call-center`, `      value: "1414"`];
    if (c === 2) return [`    - channel: hotline`, `      value: "${this.phone()}"`];
    const [kk, ru] = this.pick([
      ['Күту залындағы ақпараттық стендтер', 'Информационные стенды в зале ожидания'],
      ['Аудандық әкімдіктің ғимаратындағы хабарландыру тақтасы', 'Доска объявлений в здании районного акимата'],
    ] as const);
    return [`    - channel: stand`, `      value:`, `        kk: ${kk}`, `        ru: ${ru}`];
  }
}

export function lower(s: string): string {
  return s.charAt(0).toLocaleLowerCase('kk') + s.slice(1);
}

/** `- kk: …\n  ru: …` at the given indentation. */
export function textItem(ind: number, [kk, ru]: [string, string]): string[] {
  const pad = ' '.repeat(ind);
  return [`${pad}- kk: ${kk}`, `${pad}  ru: ${ru}`];
}

/** A text written as folded block scalars, wrapped at ~72 columns: long kk/ru texts over many lines. */
export function blockText(ind: number, key: string, [kk, ru]: [string, string]): string[] {
  const pad = ' '.repeat(ind);
  const out = [`${pad}${key}:`];
  for (const [lang, s] of [['kk', kk], ['ru', ru]] as const) {
    out.push(`${pad}  ${lang}: >-`);
    for (const line of wrap(s, 72)) out.push(`${pad}    ${line}`);
  }
  return out;
}

export function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of s.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

export function inline(ind: number, key: string, [kk, ru]: [string, string]): string[] {
  const pad = ' '.repeat(ind);
  return [`${pad}${key}:`, `${pad}  kk: ${kk}`, `${pad}  ru: ${ru}`];
}
