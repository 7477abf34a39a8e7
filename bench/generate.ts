/**
 * A deterministic generator of realistic, lint-clean kz-2010 standards of a chosen size.
 *
 * The shape follows `examples/*.standard.yaml` (all 26 clauses, both languages); the size comes from
 * what grows in real standards: long `procedure.documents`, `internal-order` and `refusal-grounds`,
 * many contacts (providers, complaint contacts), long legal bases and long kk/ru texts (block scalars).
 * Texts are built from Kazakh and Russian word pools in correct Cyrillic, words the dictionaries know.
 *
 *   npx tsx bench/generate.ts --lines 3000 --seed 7 > /tmp/big.standard.yaml
 */

import { Gen, blockText, inline, textItem, type GenerateOptions } from './generate-parts';
import { prng } from './random-source';

export { prng };
export type { GenerateOptions };

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
