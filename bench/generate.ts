/**
 * A deterministic generator of realistic, lint-clean kz-2010 standards of a chosen size.
 *
 * The shape follows `examples/*.standard.yaml` (all 26 clauses, both languages); the size comes from
 * what grows in real standards: long `procedure.documents`, `internal-order` and `refusal-grounds`,
 * many contacts (providers, complaint contacts), long legal bases and long kk/ru texts (block scalars).
 * Texts are built from Kazakh and Russian word pools written in correct Cyrillic only.
 *
 *   npx tsx bench/generate.ts --lines 3000 --seed 7 > /tmp/big.standard.yaml
 */

import { mulberry32 } from '../test/support/random';

/** A seeded random source for reproducible test data (seed 0 is taken as 0x9e3779b9). */
export function prng(seed: number): () => number {
  return mulberry32(seed >>> 0 || 0x9e3779b9);
}

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

// ---------------------------------------------------------------------------------------------
// Word pools (kk, ru). Correct Kazakh/Russian Cyrillic only: no Latin look-alikes, no legacy letters.

const KK_SUBJECTS = [
  'Қызметті көрсетушінің жауапты маманы',
  'Халыққа қызмет көрсету орталығының инспекторы',
  'Басқарманың бас маманы',
  'Бөлім басшысы',
  'Аудандық әкімдіктің қызметкері',
  'Кеңсе қызметкері',
  'Мемлекеттік корпорацияның операторы',
  'Комиссия мүшелері',
  'Жауапты орындаушы',
  'Ведомствоның уәкілетті тұлғасы',
];
const KK_OBJECTS = [
  'тұтынушының өтінішін',
  'ұсынылған құжаттардың толықтығын',
  'жеке басын куәландыратын құжаттың көшірмесін',
  'мемлекеттік дерекқордағы мәліметтерді',
  'төлем туралы түбіртекті',
  'нотариат куәландырған сенімхатты',
  'анықтаманың жобасын',
  'мекенжай туралы мәліметтерді',
  'электрондық сұраудың деректерін',
  'бас тарту туралы дәлелді жауапты',
  'тіркеу кітабындағы жазбаны',
  'біліктілік талаптарына сәйкестігін',
];
const KK_VERBS = [
  'қабылдайды',
  'тексереді',
  'тіркейді',
  'салыстырады',
  'ресімдейді',
  'келіседі',
  'қол қояды және мөрмен куәландырады',
  'ақпараттық жүйеге енгізеді',
  'басшыға қарауға жолдайды',
  'тұтынушыға қолхат беріп қайтарады',
];
const KK_TAILS = [
  'бір жұмыс күні ішінде',
  'белгіленген тәртіппен',
  'заңнамаға сәйкес',
  '«электрондық үкімет» порталы арқылы',
  'екі жұмыс күнінен кешіктірмей',
  'тұтынушы келген күні',
  'қағаз және электрондық нысанда',
  'қабылданған құжаттар тізбесіне сәйкес',
  'мемлекеттік дерекқорлармен салыстыра отырып',
  'ішкі бақылау журналына белгі қоя отырып',
];
const KK_DOCS = [
  'Белгіленген нысандағы өтініш',
  'Тұтынушының жеке басын куәландыратын құжат (салыстыру үшін түпнұсқасы)',
  'Заңды тұлғаны мемлекеттік тіркеу туралы анықтаманың көшірмесі',
  'Тұрғылықты жері бойынша тіркелгені туралы анықтама',
  'Некеге тұру туралы куәліктің көшірмесі',
  'Баланың туу туралы куәлігінің көшірмесі',
  'Мемлекеттік баж төленгенін растайтын түбіртек',
  'Жылжымайтын мүлікке құқық белгілейтін құжаттың көшірмесі',
  'Медициналық мекеменің қорытындысы',
  'Әскери билеттің немесе тіркеу куәлігінің көшірмесі',
  'Соңғы алты айдағы табысы туралы анықтама',
  'Мүгедектігі туралы анықтама',
];
const KK_QUALIFIERS = [
  'түпнұсқасы салыстыру үшін ұсынылады',
  'нотариат куәландырған көшірмесі',
  'өтініш берген күнге дейін бір айдан бұрын берілмеген',
  'шет тіліндегі құжат қазақ немесе орыс тіліне аударылып ұсынылады',
  'электрондық құжат нысанында ЭЦҚ-мен куәландырылған',
  'бар болған жағдайда',
];
const KK_GROUNDS = [
  'Құжаттардың толық топтамасының ұсынылмауы',
  'Ұсынылған құжаттарда анық емес мәліметтердің болуы',
  'Тұтынушының жеке басын куәландыратын құжаттың жарамсыздығы',
  'Мемлекеттік дерекқорда тұтынушы туралы мәліметтердің болмауы',
  'Мемлекеттік бажның төленбеуі',
  'Тұтынушыға сот шешімімен тыйым салынуы',
  'Біліктілік талаптарына сәйкес келмеу',
  'Өтініштің белгіленген нысанға сәйкес келмеуі',
];
const KK_PLACES = ['Астана', 'Алматы', 'Шымкент', 'Қарағанды', 'Ақтөбе', 'Өскемен', 'Павлодар', 'Қостанай', 'Атырау', 'Тараз', 'Қызылорда', 'Көкшетау'];
const KK_STREETS = ['Тәуелсіздік даңғылы', 'Республика даңғылы', 'Абай көшесі', 'Бейбітшілік көшесі', 'Қабанбай батыр даңғылы', 'Сарыарқа даңғылы', 'Жібек жолы көшесі', 'Сәтпаев көшесі'];
const KK_BODIES = [
  'қаласының Халыққа қызмет көрсету орталығы',
  'қаласының Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы',
  'қаласының Денсаулық сақтау басқармасы',
  'қаласының Білім басқармасы',
  'қаласы әкімдігінің Жер қатынастары бөлімі',
  'қаласының Сәулет және қала құрылысы басқармасы',
  'қаласының Ішкі істер департаменті',
  'қаласының Ауыл шаруашылығы басқармасы',
];

const RU_SUBJECTS = [
  'Ответственный специалист услугодателя',
  'Инспектор центра обслуживания населения',
  'Главный специалист управления',
  'Руководитель отдела',
  'Сотрудник районного акимата',
  'Работник канцелярии',
  'Оператор государственной корпорации',
  'Члены комиссии',
  'Ответственный исполнитель',
  'Уполномоченное лицо ведомства',
];
const RU_OBJECTS = [
  'заявление потребителя',
  'полноту представленных документов',
  'копию документа, удостоверяющего личность',
  'сведения из государственной базы данных',
  'квитанцию об оплате',
  'нотариально удостоверенную доверенность',
  'проект справки',
  'сведения об адресе',
  'данные электронного запроса',
  'мотивированный ответ об отказе',
  'запись в журнале регистрации',
  'соответствие квалификационным требованиям',
];
const RU_VERBS = [
  'принимает',
  'проверяет',
  'регистрирует',
  'сверяет',
  'оформляет',
  'согласовывает',
  'подписывает и заверяет печатью',
  'вносит в информационную систему',
  'направляет на рассмотрение руководителю',
  'возвращает потребителю с распиской',
];
const RU_TAILS = [
  'в течение одного рабочего дня',
  'в установленном порядке',
  'в соответствии с законодательством',
  'через портал «электронного правительства»',
  'не позднее двух рабочих дней',
  'в день обращения потребителя',
  'в бумажной и электронной форме',
  'согласно перечню принятых документов',
  'со сверкой по государственным базам данных',
  'с отметкой в журнале внутреннего контроля',
];
const RU_DOCS = [
  'Заявление установленного образца',
  'Документ, удостоверяющий личность потребителя (оригинал для сверки)',
  'Копия справки о государственной регистрации юридического лица',
  'Справка о регистрации по месту жительства',
  'Копия свидетельства о заключении брака',
  'Копия свидетельства о рождении ребёнка',
  'Квитанция об уплате государственной пошлины',
  'Копия правоустанавливающего документа на недвижимость',
  'Заключение медицинского учреждения',
  'Копия военного билета или удостоверения приписника',
  'Справка о доходах за последние шесть месяцев',
  'Справка об инвалидности',
];
const RU_QUALIFIERS = [
  'оригинал представляется для сверки',
  'нотариально удостоверенная копия',
  'выданная не ранее чем за месяц до обращения',
  'документ на иностранном языке представляется с переводом на казахский или русский язык',
  'в форме электронного документа, удостоверенного ЭЦП',
  'при наличии',
];
const RU_GROUNDS = [
  'Представление неполного пакета документов',
  'Наличие недостоверных сведений в представленных документах',
  'Недействительность документа, удостоверяющего личность потребителя',
  'Отсутствие сведений о потребителе в государственной базе данных',
  'Неуплата государственной пошлины',
  'Запрет, наложенный на потребителя решением суда',
  'Несоответствие квалификационным требованиям',
  'Несоответствие заявления установленной форме',
];
const RU_PLACES = ['Астана', 'Алматы', 'Шымкент', 'Караганда', 'Актобе', 'Усть-Каменогорск', 'Павлодар', 'Костанай', 'Атырау', 'Тараз', 'Кызылорда', 'Кокшетау'];
const RU_STREETS = ['проспект Тәуелсіздік', 'проспект Республики', 'улица Абая', 'улица Бейбитшилик', 'проспект Кабанбай батыра', 'проспект Сарыарка', 'улица Жибек жолы', 'улица Сатпаева'];
const RU_BODIES = [
  'Центр обслуживания населения города',
  'Управление координации занятости и социальных программ города',
  'Управление здравоохранения города',
  'Управление образования города',
  'Отдел земельных отношений акимата города',
  'Управление архитектуры и градостроительства города',
  'Департамент внутренних дел города',
  'Управление сельского хозяйства города',
];
const DOMAINS = ['con', 'enbek', 'zdrav', 'edu', 'zher', 'arch', 'dvd', 'agro', 'akimat', 'adilet', 'kgd', 'mvd'];
const AREA_CODES = ['7172', '7212', '7132', '7232', '7182', '7142', '7122', '7262', '7242', '7162'];

// ---------------------------------------------------------------------------------------------

class Gen {
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

function lower(s: string): string {
  return s.charAt(0).toLocaleLowerCase('kk') + s.slice(1);
}

/** `- kk: …\n  ru: …` at the given indentation. */
function textItem(ind: number, [kk, ru]: [string, string]): string[] {
  const pad = ' '.repeat(ind);
  return [`${pad}- kk: ${kk}`, `${pad}  ru: ${ru}`];
}

/** A text written as folded block scalars, wrapped at ~72 columns: long kk/ru texts over many lines. */
function blockText(ind: number, key: string, [kk, ru]: [string, string]): string[] {
  const pad = ' '.repeat(ind);
  const out = [`${pad}${key}:`];
  for (const [lang, s] of [['kk', kk], ['ru', ru]] as const) {
    out.push(`${pad}  ${lang}: >-`);
    for (const line of wrap(s, 72)) out.push(`${pad}    ${line}`);
  }
  return out;
}

function wrap(s: string, width: number): string[] {
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

function inline(ind: number, key: string, [kk, ru]: [string, string]): string[] {
  const pad = ' '.repeat(ind);
  return [`${pad}${key}:`, `${pad}  kk: ${kk}`, `${pad}  ru: ${ru}`];
}

/** Lists that grow with the target size, with their share of the growth. */
type Growing = 'provider' | 'legal-basis' | 'information' | 'documents' | 'beneficiary-documents' | 'internal-order' | 'refusal-grounds' | 'appeal-documents' | 'ack-contacts';
const SHARES: [Growing, number][] = [
  ['provider', 0.25],
  ['legal-basis', 0.08],
  ['information', 0.04],
  ['documents', 0.16],
  ['beneficiary-documents', 0.04],
  ['internal-order', 0.16],
  ['refusal-grounds', 0.08],
  ['appeal-documents', 0.04],
  ['ack-contacts', 0.15],
];

export function generateStandard(options: GenerateOptions): string {
  const seed = options.seed ?? 1;
  const g = new Gen(seed, options);
  const code = options.code ?? String(10000000 + (seed % 89999999)).padStart(8, '0');
  const lists: Record<Growing, string[][]> = {
    provider: [g.contact(6, true, 1)],
    'legal-basis': [g.legalBasis(), g.legalBasis()],
    information: [[`    - channel: internet-resource`, `      value: www.egov.kz`], [`    - channel: call-center`, `      value: "1414"`]],
    documents: [textItem(4, g.document()), textItem(4, g.document())],
    'beneficiary-documents': [textItem(4, g.document())],
    'internal-order': [textItem(4, g.step()), textItem(4, g.step())],
    'refusal-grounds': [textItem(4, g.ground())],
    'appeal-documents': [textItem(4, g.document())],
    'ack-contacts': [g.contact(8, true, 2)],
  };
  // Long texts grow with the size too (a few percent of the lines).
  const paraSentences = Math.max(2, Math.round(options.lines / 400));
  const premises = g.paragraph(paraSentences);
  const otherInfo = g.paragraph(Math.max(1, Math.round(paraSentences / 2)));
  const contactN = { n: 3 };
  const fixed = {
    developer: g.contact(4, false, 0),
    submission: g.contact(4, false, 90),
    explanation: g.contact(4, false, 91),
    higher: g.contact(4, false, 92),
    improper: g.contact(4, false, 93),
  };

  const build = (): string[] => {
    const L: string[] = [];
    L.push(
      '# Мемлекеттік қызмет стандарты / Стандарт государственной услуги',
      `# Генерацияланған / Сгенерировано: seed ${seed}`,
      'edition: kz-2010',
      'languages: [kk, ru]',
      '',
      'service:',
      '  name:',
      '    kk: Тұрғылықты жері бойынша тіркелгені туралы анықтама беру',
      '    ru: Выдача справки о регистрации по месту жительства',
      `  code: "${code}"`,
      '  developer:',
      ...fixed.developer,
      '',
      '# 1. Жалпы ережелер / Общие положения',
      'general:',
      '  provider:',
      ...lists.provider.flat(),
      '  form: partially-automated',
      '  legal-basis:',
      ...lists['legal-basis'].flat(),
      '  information:',
      ...lists.information.flat(),
      '  result:',
      '    document:',
      '      kk: Тұтынушының тұрақты тіркелген жері туралы анықтама',
      '      ru: Справка о месте постоянной регистрации потребителя',
      '    kind: reference',
      '    form: [paper, electronic]',
      '  recipients: [individuals, legal-entities]',
      '  deadlines:',
      '    from-documents: 5 working-days',
      '    from-electronic-request: 1 working-day',
      '    max-wait: 30 minutes',
      '    max-service: 20 minutes',
      ...inline(4, 'other', ['Қосымша тексеру қажет болғанда анықтама үш жұмыс күні ішінде беріледі', 'При необходимости дополнительной проверки справка выдаётся в течение трёх рабочих дней']),
      '  fee:',
      '    paid: true',
      '    amount: 0.5 MCI',
      '    expedited-amount: 1 MCI',
      ...inline(4, 'payment', ['Екінші деңгейдегі банктер немесе «электрондық үкіметтің» төлем шлюзі арқылы', 'Через банки второго уровня или платёжный шлюз «электронного правительства»']),
      ...inline(4, 'receipt', ['Мемлекеттік баж төленгені туралы түбіртек', 'Квитанция об уплате государственной пошлины']),
      '  schedule:',
      '    days: [mon, tue, wed, thu, fri, sat]',
      '    hours: 09:00-20:00',
      '    breaks: [13:00-14:00]',
      '    pre-registration:',
      '      available: true',
      ...inline(6, 'conditions', ['Алдын ала жазылу «электрондық үкімет» порталындағы электрондық кезек арқылы', 'Предварительная запись через электронную очередь на портале «электронного правительства»']),
      '    expedited:',
      '      available: false',
      ...blockText(2, 'premises', premises),
      '',
      '# 2. Мемлекеттік қызмет көрсету тәртібі / Порядок оказания государственной услуги',
      'procedure:',
      '  documents:',
      ...lists.documents.flat(),
      '  beneficiary-documents:',
      ...lists['beneficiary-documents'].flat(),
      '  forms:',
      '    url: https://www.egov.kz',
      ...inline(4, 'place', ['Өтініш бланкілері күту залындағы үстелдерде беріледі', 'Бланки заявлений выдаются на столах в зале ожидания']),
      '  submission:',
      ...fixed.submission,
      '  internal-order:',
      ...lists['internal-order'].flat(),
      ...inline(2, 'receipt-document', ['Қабылданған құжаттардың тізбесі мен нәтижені беру күні көрсетілген қолхат', 'Расписка с перечнем принятых документов и датой выдачи результата']),
      '  delivery: [in-person, internet-resource, post]',
      '  refusal-grounds:',
      ...lists['refusal-grounds'].flat(),
      '',
      '# 3. Жұмыс қағидаттары / Принципы работы',
      'principles: [politeness, complete-information, confidentiality, document-safekeeping]',
      '',
      '# 4. Жұмыс нәтижелері / Результаты работы',
      'results:',
      '  indicators:',
      '    timeliness:          {normative: 100, target: 100, current: 100}',
      '    process-quality:     {normative: 90, target: 93, current: 92}',
      '    information-quality: {normative: 90, target: 92, current: 91}',
      '    electronic-access:   {normative: 80, target: 90, current: 86}',
      '    appeal-satisfaction: {normative: 90, target: 92, current: 90}',
      '    politeness:          {normative: 95, target: 97, current: 96}',
      ...inline(2, 'targets-approval', ['Нысаналы мәндер жыл сайын министрдің бұйрығымен бекітіледі', 'Целевые значения ежегодно утверждаются приказом министра']),
      '',
      '# 5. Шағымдану тәртібі / Порядок обжалования',
      'appeals:',
      '  explanation:',
      ...fixed.explanation,
      '  higher-instance:',
      ...fixed.higher,
      '  improper-service:',
      ...fixed.improper,
      '  documents:',
      ...lists['appeal-documents'].flat(),
      '  acknowledgement:',
      ...inline(4, 'document', ['Шағымның тіркелгенін растайтын талон', 'Талон о регистрации жалобы']),
      '    response-deadline: 15 calendar-days',
      '    contacts:',
      ...lists['ack-contacts'].flat(),
      ...blockText(2, 'other-information', otherInfo),
    );
    return L;
  };

  // Grow the lists until the target line count is reached (`build` draws nothing from the PRNG).
  let lines = build().length;
  const sizeOf = (k: Growing) => lists[k].reduce((n, x) => n + x.length, 0);
  while (lines < options.lines) {
    // The list furthest below its share gets the next item.
    let best: Growing = SHARES[0][0];
    let bestGap = -Infinity;
    for (const [k, share] of SHARES) {
      const gap = share * lines - sizeOf(k);
      if (gap > bestGap) {
        bestGap = gap;
        best = k;
      }
    }
    const item =
      best === 'provider'
        ? g.contact(6, true, contactN.n++)
        : best === 'ack-contacts'
          ? g.contact(8, true, contactN.n++)
          : best === 'legal-basis'
            ? g.legalBasis()
            : best === 'information'
              ? g.information()
              : best === 'internal-order'
                ? textItem(4, g.step())
                : best === 'refusal-grounds'
                  ? textItem(4, g.ground())
                  : textItem(4, g.document());
    lists[best].push(item);
    lines += item.length;
  }
  return `${build().join('\n')}\n`;
}

if (require.main === module) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  process.stdout.write(generateStandard({ lines: Number(arg('--lines') ?? 300), seed: Number(arg('--seed') ?? 1), quoteDates: process.argv.includes('--quote-dates') }));
}
