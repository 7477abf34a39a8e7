/**
 * Edition `kz-2010`: the model standard of public service as amended in 2010.
 * The shape of the document (keys, types, enums) lives here; the model's wording per clause
 * lives in `texts.ts`. Everything else (diagnostics, completion, hover, schema, snippets,
 * preview) derives from this catalog.
 */
import type { Catalog, EnumValue, Field, ObjectType, ValueType } from '../types';
import { localized as l } from '../../types';
import { actKinds, approvalActs, channels, deliveries, principles, recipients, resultForms, resultKinds, serviceForms, weekdays } from './enums';
import { appendix, clauses, indicatorRows, sections, source, title } from './texts';
import { en } from './official/en';
import { kk } from './official/kk';
import { ru } from './official/ru';

const text: ValueType = { kind: 'text' };
const str: ValueType = { kind: 'string' };
const bool: ValueType = { kind: 'boolean' };
const duration: ValueType = { kind: 'duration' };
const money: ValueType = { kind: 'money' };
const timeRange: ValueType = { kind: 'time-range' };
const percent: ValueType = { kind: 'percent' };
const contact: ValueType = { kind: 'ref', name: 'contact' };
const textList: ValueType = { kind: 'list', item: text, minItems: 1 };

function enumOf(values: EnumValue[], allowText = false): ValueType {
  return { kind: 'enum', values, allowText };
}

function obj(fields: Field[], oneOf?: string[]): ObjectType {
  return oneOf ? { kind: 'object', fields, oneOf } : { kind: 'object', fields };
}

const availability = (what: ReturnType<typeof l>): Field[] => [
  {
    key: 'available',
    type: bool,
    title: l('Бар ма', 'Доступно ли', 'Available'),
    help: what,
    example: false,
  },
  {
    key: 'conditions',
    type: text,
    optional: true,
    title: l('Шарттары мен талаптары', 'Условия и требования', 'Conditions and requirements'),
    example: { kk: 'Алдын ала жазылу «Электрондық үкімет» порталы арқылы', ru: 'Предварительная запись через портал «электронного правительства»' },
  },
];

const contactSchedule: ObjectType = obj([
  {
    key: 'days',
    type: { kind: 'list', item: enumOf(weekdays), minItems: 1 },
    title: l('Жұмыс күндері', 'Рабочие дни', 'Working days'),
    example: ['mon', 'tue', 'wed', 'thu', 'fri'],
  },
  {
    key: 'hours',
    type: timeRange,
    title: l('Жұмыс уақыты', 'Часы работы', 'Working hours'),
    example: '09:00-18:30',
  },
  {
    key: 'breaks',
    type: { kind: 'list', item: timeRange, single: true },
    optional: true,
    title: l('Үзілістер', 'Перерывы', 'Breaks'),
    example: ['13:00-14:30'],
  },
]);

const contactType: ObjectType = obj([
  {
    key: 'name',
    type: text,
    title: l('Атауы', 'Наименование', 'Name'),
    help: l('Органның, мекеменің немесе лауазымды адамның атауы.', 'Наименование органа, учреждения или должностного лица.', 'Name of the body, institution or official.'),
    example: { kk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы', ru: 'Государственная корпорация «Правительство для граждан»' },
  },
  {
    key: 'address',
    type: text,
    optional: true,
    title: l('Мекенжайы', 'Адрес', 'Address'),
    example: { kk: 'Астана қ., Мәңгілік Ел даңғылы, 8', ru: 'г. Астана, проспект Мангилик Ел, 8' },
  },
  { key: 'room', type: str, optional: true, title: l('Кабинет нөмірі', 'Номер кабинета', 'Room'), example: '105' },
  { key: 'email', type: { kind: 'email' }, optional: true, title: l('Электрондық пошта', 'Электронная почта', 'Email'), example: 'info@example.gov.kz' },
  {
    key: 'phone',
    type: { kind: 'list', item: { kind: 'phone' }, single: true, minItems: 1 },
    optional: true,
    title: l('Телефон', 'Телефон', 'Phone'),
    help: l('Бір нөмір немесе нөмірлер тізімі.', 'Один номер или список номеров.', 'One number or a list of numbers.'),
    example: '+7 (7172) 74-00-00',
  },
  { key: 'website', type: { kind: 'url' }, optional: true, title: l('Интернет-ресурс', 'Интернет-ресурс', 'Website'), example: 'https://www.gov.kz' },
  {
    key: 'schedule',
    type: contactSchedule,
    optional: true,
    title: l('Жұмыс кестесі', 'График работы', 'Working schedule'),
    example: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: '09:00-18:30' },
  },
]);

const indicatorType: ObjectType = obj([
  { key: 'normative', type: percent, title: appendix.columns[1], example: 90 },
  { key: 'target', type: percent, title: appendix.columns[2], example: 92 },
  { key: 'current', type: percent, optional: true, title: appendix.columns[3], example: 95 },
]);

const indicator = (key: string, ref: keyof typeof indicatorRows, example: number): Field => ({
  key,
  ref,
  type: { kind: 'ref', name: 'indicator' },
  title: indicatorRows[ref],
  example: { normative: example, target: example },
});

const kk_ru = (kk: string, ru: string) => ({ kk, ru });

const root: ObjectType = obj([
  {
    key: 'edition',
    type: str,
    title: l('Үлгі стандарттың редакциясы', 'Редакция типового стандарта', 'Edition of the model standard'),
    help: l('Бірінші кілт: `kz-2010`.', 'Первый ключ: `kz-2010`.', 'The first key: `kz-2010`.'),
    example: 'kz-2010',
  },
  {
    key: 'languages',
    type: { kind: 'list', item: enumOf([
      { value: 'kk', title: l('қазақ тілі', 'казахский язык', 'Kazakh') },
      { value: 'ru', title: l('орыс тілі', 'русский язык', 'Russian') },
      { value: 'en', title: l('ағылшын тілі', 'английский язык', 'English') },
    ]), minItems: 1 },
    title: l('Стандарттың тілдері', 'Языки стандарта', 'Languages of the standard'),
    help: l(
      'Әр мәтін осы тілдердің кілттері бар кесте болады: `{kk: ..., ru: ...}`.',
      'Каждый текст — отображение с ключами этих языков: `{kk: ..., ru: ...}`.',
      'Every text is then a mapping with exactly these language keys: `{kk: ..., ru: ...}`.',
    ),
    example: ['kk', 'ru'],
  },
  {
    key: 'service',
    type: obj([
      {
        key: 'name',
        type: text,
        title: l('Мемлекеттік қызметтің атауы', 'Наименование государственной услуги', 'Name of the public service'),
        example: kk_ru('Тұрғылықты жері бойынша тіркелгені туралы анықтама беру', 'Выдача справки о регистрации по месту жительства'),
      },
      {
        key: 'code',
        type: str,
        optional: true,
        title: l('Тізілімдегі коды', 'Код в реестре', 'Registry code'),
        help: l('Мемлекеттік қызметтер тізіліміндегі код; жұмыс кеңістігінде бірегей.', 'Код в реестре государственных услуг; уникален в рабочей области.', 'Code in the register of public services; unique across a workspace.'),
        example: '00101001',
      },
      {
        key: 'developer',
        type: contact,
        optional: true,
        title: l('Стандартты әзірлеген орган', 'Орган, разработавший стандарт', 'Body that developed the standard'),
      },
      {
        key: 'approval',
        type: obj([
          { key: 'act', type: enumOf(approvalActs), title: l('Бекіткен актінің түрі', 'Вид утвердившего акта', 'Kind of approving act'), example: 'government-decree' },
          { key: 'number', type: str, title: l('Нөмірі', 'Номер', 'Number'), example: '1669' },
          { key: 'date', type: { kind: 'date' }, title: l('Күні', 'Дата', 'Date'), example: '2009-10-26' },
        ]),
        optional: true,
        title: l('Стандартты бекіткен акт', 'Акт, утвердивший стандарт', 'Act that approved the standard'),
        help: l(
          'Ресми мәтіннің бекіту белгісі осыдан құрылады.',
          'Из него строится гриф утверждения официального текста.',
          'The official text’s approval block is built from it.',
        ),
      },
    ]),
    title: l('Мемлекеттік қызмет', 'Государственная услуга', 'Public service'),
  },
  {
    key: 'general',
    section: 1,
    title: sections[0].title,
    type: obj([
      {
        key: 'provider',
        clause: 1,
        type: { kind: 'list', item: contact, minItems: 1 },
        title: clauses[0].title,
      },
      {
        key: 'form',
        clause: 2,
        type: enumOf(serviceForms),
        title: clauses[1].title,
        example: 'partially-automated',
      },
      {
        key: 'legal-basis',
        clause: 3,
        title: clauses[2].title,
        type: {
          kind: 'list',
          minItems: 1,
          item: obj([
            { key: 'kind', type: enumOf(actKinds), title: l('Актінің түрі', 'Вид акта', 'Kind of act'), example: 'law' },
            { key: 'title', type: text, title: l('Актінің атауы', 'Наименование акта', 'Title of the act'), example: kk_ru('«Әкімшілік рәсімдер туралы» Қазақстан Республикасының Заңы', 'Закон Республики Казахстан «Об административных процедурах»') },
            { key: 'number', type: str, optional: true, title: l('Нөмірі', 'Номер', 'Number'), example: '107' },
            { key: 'date', type: { kind: 'date' }, optional: true, title: l('Қабылданған күні', 'Дата принятия', 'Date'), example: '2000-11-27' },
            { key: 'article', type: str, title: l('Бабы (тармағы)', 'Статья (пункт)', 'Article (clause)'), example: '9-1' },
          ]),
        },
      },
      {
        key: 'information',
        clause: 4,
        title: clauses[3].title,
        type: {
          kind: 'list',
          minItems: 1,
          item: obj([
            { key: 'channel', type: enumOf(channels), title: l('Ақпарат көзі', 'Источник информации', 'Channel'), example: 'internet-resource' },
            {
              key: 'value',
              title: l('Мекенжайы немесе нөмірі', 'Адрес или номер', 'Address or number'),
              help: l(
                'Интернет-ресурс үшін сілтеме, call-орталық пен телефон қызметтері үшін нөмір, басқалары үшін мәтін.',
                'Ссылка для интернет-ресурса, номер для call-центра и телефонных служб, текст для остальных.',
                'A link for an internet resource, a number for the call centre and phone services, text for the rest.',
              ),
              type: {
                kind: 'switch',
                on: 'channel',
                cases: {
                  'internet-resource': { kind: 'url' },
                  'call-center': { kind: 'phone' },
                  hotline: { kind: 'phone' },
                  'free-phone-reference': { kind: 'phone' },
                },
                otherwise: text,
              },
              example: 'www.egov.kz',
            },
          ]),
        },
      },
      {
        key: 'result',
        clause: 5,
        title: clauses[4].title,
        type: obj([
          { key: 'document', type: text, title: l('Тұтынушы алатын нәтиже', 'Результат, получаемый потребителем', 'What the recipient gets'), example: kk_ru('Тіркелгені туралы анықтама', 'Справка о регистрации') },
          { key: 'kind', type: enumOf(resultKinds), title: l('Нәтиженің түрі', 'Вид результата', 'Kind of result'), example: 'reference' },
          { key: 'form', type: { kind: 'list', item: enumOf(resultForms), minItems: 1, single: true }, title: l('Ұсыну нысаны', 'Форма предоставления', 'Form of delivery'), example: ['paper', 'electronic'] },
        ]),
      },
      {
        key: 'recipients',
        clause: 6,
        title: clauses[5].title,
        type: { kind: 'list', item: enumOf(recipients), minItems: 1, single: true },
        example: ['individuals'],
      },
      {
        key: 'deadlines',
        clause: 7,
        title: clauses[6].title,
        type: obj([
          { key: 'from-documents', ref: '7.1 а)', type: duration, optional: true, title: l('Құжаттарды тапсырған сәттен бастап', 'С момента сдачи документов', 'From submitting the documents'), help: l('11-тармақтағы құжаттарды тапсырған сәттен бастап.', 'С момента сдачи документов, указанных в пункте 11.', 'Counted from handing in the documents of clause 11.'), example: '5 working-days' },
          { key: 'from-application', ref: '7.1 б)', type: duration, optional: true, title: l('Өтініш берген сәттен бастап', 'С момента обращения', 'From the application'), help: l('Өтініш жасаған (тіркелген, талон алған) сәттен бастап.', 'С момента обращения (регистрации, получения талона).', 'From applying (registration, taking a ticket).'), example: '5 working-days' },
          { key: 'from-electronic-request', ref: '7.1 в)', type: duration, optional: true, title: l('Электрондық сұрау берген сәттен бастап', 'С момента электронного запроса', 'From an electronic request'), example: '3 working-days' },
          { key: 'max-wait', ref: '7.2', type: duration, title: l('Күтудің ең көп уақыты', 'Максимальное время ожидания', 'Longest wait'), help: l('Өтініш берген күні сол жерде күтудің рұқсат берілген ең көп уақыты.', 'Максимально допустимое время ожидания в день обращения.', 'Longest allowed wait on the day of application.'), example: '30 minutes' },
          { key: 'max-service', ref: '7.3', type: duration, title: l('Қызмет көрсетудің ең көп уақыты', 'Максимальное время обслуживания', 'Longest service time'), help: l('Өтініш берген күні сол жерде қызмет көрсетудің рұқсат берілген ең көп уақыты.', 'Максимально допустимое время обслуживания в день обращения.', 'Longest allowed service time on the day of application.'), example: '20 minutes' },
          { key: 'other', ref: '7.4', type: text, optional: true, prose: true, title: l('Басқа мерзімдер', 'Иные сроки', 'Other deadlines') },
        ]),
      },
      {
        key: 'fee',
        clause: 8,
        title: clauses[7].title,
        type: obj([
          { key: 'paid', type: bool, title: l('Ақылы ма', 'Платная ли', 'Paid'), help: l('`true` — ақылы, `false` — тегін.', '`true` — платная, `false` — бесплатная.', '`true` if paid, `false` if free.'), example: false },
          { key: 'amount', type: money, optional: true, title: l('Құны', 'Стоимость', 'Cost'), help: l('Ақылы болса міндетті: `0.5 MCI` немесе `1500 KZT`.', 'Обязательна для платной услуги: `0.5 MCI` или `1500 KZT`.', 'Required when paid: `0.5 MCI` or `1500 KZT`.'), example: '0.5 MCI' },
          { key: 'expedited-amount', type: money, optional: true, title: l('Жедел қызмет құны', 'Стоимость ускоренного оказания', 'Cost of expedited service'), example: '1 MCI' },
          { key: 'payment', type: text, optional: true, title: l('Ақы төлеу нысаны', 'Форма оплаты', 'How to pay'), example: kk_ru('Екінші деңгейдегі банктер арқылы', 'Через банки второго уровня') },
          { key: 'receipt', type: text, optional: true, title: l('Түбіртек', 'Квитанция', 'Receipt'), example: kk_ru('Төлем туралы түбіртек', 'Квитанция об оплате') },
        ]),
      },
      {
        key: 'schedule',
        clause: 9,
        title: clauses[8].title,
        type: obj([
          ...contactSchedule.fields,
          {
            key: 'pre-registration',
            type: obj(availability(l('Алдын ала жазылуға бола ма.', 'Возможна ли предварительная запись.', 'Whether one can book in advance.'))),
            title: l('Алдын ала жазылу', 'Предварительная запись', 'Pre-registration'),
            example: { available: false },
          },
          {
            key: 'expedited',
            type: obj(availability(l('Жедел қызмет көрсетіле ме.', 'Предусмотрено ли ускоренное обслуживание.', 'Whether expedited service is offered.'))),
            title: l('Жедел қызмет көрсету', 'Ускоренное обслуживание', 'Expedited service'),
            example: { available: false },
          },
        ]),
      },
      { key: 'premises', clause: 10, title: clauses[9].title, type: text },
    ]),
  },
  {
    key: 'procedure',
    section: 2,
    title: sections[1].title,
    type: obj([
      { key: 'documents', clause: 11, title: clauses[10].title, type: textList },
      {
        key: 'beneficiary-documents',
        clause: 11,
        optional: true,
        title: l('Жеңілдіктері бар тұлғалар үшін құжаттар', 'Документы для лиц, имеющих льготы', 'Documents for people with privileges'),
        type: textList,
      },
      {
        key: 'forms',
        clause: 12,
        title: clauses[11].title,
        type: obj(
          [
            { key: 'url', type: { kind: 'url' }, optional: true, title: l('Интернет-ресурсқа сілтеме', 'Ссылка на интернет-ресурс', 'Link'), example: 'https://egov.kz' },
            { key: 'place', type: text, optional: true, title: l('Бланкілер берілетін орын', 'Место выдачи бланков', 'Where the blank forms are') },
          ],
          ['url', 'place'],
        ),
      },
      { key: 'submission', clause: 13, title: clauses[12].title, type: contact },
      { key: 'internal-order', clause: 14, title: clauses[13].title, type: textList },
      { key: 'receipt-document', clause: 15, title: clauses[14].title, type: text },
      {
        key: 'delivery',
        clause: 16,
        title: clauses[15].title,
        type: { kind: 'list', item: enumOf(deliveries), minItems: 1, single: true },
        example: ['in-person'],
      },
      {
        key: 'refusal-grounds',
        clause: 17,
        title: clauses[16].title,
        help: l('Бас тарту негіздері жоқ болса, `[]` деп жазыңыз.', 'Если оснований для отказа нет, напишите `[]`.', 'Write `[]` when there are none.'),
        type: { kind: 'list', item: text },
      },
    ]),
  },
  {
    key: 'principles',
    section: 3,
    clause: 18,
    title: clauses[17].title,
    type: { kind: 'list', item: enumOf(principles, true), minItems: 1 },
    example: ['politeness', 'complete-information', 'confidentiality', 'document-safekeeping'],
  },
  {
    key: 'results',
    section: 4,
    title: sections[3].title,
    type: obj([
      {
        key: 'indicators',
        clause: 19,
        title: clauses[18].title,
        type: obj([
          indicator('timeliness', '1.1', 100),
          indicator('process-quality', '2.1', 90),
          indicator('information-quality', '3.1', 90),
          indicator('electronic-access', '3.2', 80),
          indicator('appeal-satisfaction', '4.1', 90),
          indicator('politeness', '5.1', 95),
        ]),
      },
      { key: 'targets-approval', clause: 20, title: clauses[19].title, type: text },
    ]),
  },
  {
    key: 'appeals',
    section: 5,
    title: sections[4].title,
    type: obj([
      { key: 'explanation', clause: 21, title: clauses[20].title, type: contact },
      { key: 'higher-instance', clause: 22, title: clauses[21].title, type: contact },
      { key: 'improper-service', clause: 23, title: clauses[22].title, type: contact },
      { key: 'documents', clause: 24, title: clauses[23].title, type: textList },
      {
        key: 'acknowledgement',
        clause: 25,
        title: clauses[24].title,
        type: obj([
          { key: 'document', type: text, title: l('Шағымның қабылданғанын растайтын құжат', 'Документ, подтверждающий принятие жалобы', 'Document confirming the complaint was accepted'), example: kk_ru('Шағымды тіркеу туралы талон', 'Талон о регистрации жалобы') },
          { key: 'response-deadline', type: duration, title: l('Жауап беру мерзімі', 'Срок ответа', 'Response deadline'), example: '15 calendar-days' },
          { key: 'contacts', type: { kind: 'list', item: contact, minItems: 1 }, title: l('Шағымның қаралу барысы туралы білуге болатын байланыстар', 'Контакты для справок о ходе рассмотрения жалобы', 'Who tells the progress of the complaint') },
        ]),
      },
      { key: 'other-information', clause: 26, optional: true, title: clauses[25].title, type: text },
    ]),
  },
]);

export const kz2010: Catalog = {
  edition: 'kz-2010',
  title,
  source,
  languages: ['kk', 'ru', 'en'],
  sections,
  clauses,
  appendix: { ...appendix, path: 'results.indicators' },
  types: { contact: contactType, indicator: indicatorType },
  root,
  rules: {
    fee: { path: 'general.fee', flag: 'paid', requiredWhenPaid: ['amount', 'payment', 'receipt'], unexpectedWhenFree: ['amount', 'expedited-amount'] },
    deadlines: {
      path: 'general.deadlines',
      anyOf: ['from-documents', 'from-application', 'from-electronic-request'],
      fromDocuments: 'from-documents',
      documentsPath: 'procedure.documents',
      electronic: 'from-electronic-request',
      formPath: 'general.form',
      nonAutomated: 'non-automated',
      onTheSpot: ['max-wait', 'max-service'],
      onTheSpotMaxMinutes: 8 * 60,
    },
    automation: {
      formPath: 'general.form',
      fully: 'fully-automated',
      non: 'non-automated',
      resultFormPath: 'general.result.form',
      electronicResult: 'electronic',
      deliveryPath: 'procedure.delivery',
      electronicDelivery: ['internet-resource', 'email'],
    },
    schedule: { hours: 'hours', breaks: 'breaks', available: 'available', conditions: 'conditions' },
    indicators: { path: 'results.indicators', lowTarget: 'target', base: 'normative', current: 'current' },
    contacts: { type: 'contact', reachBy: ['email', 'phone', 'website', 'address'] },
    legalBasis: { path: 'general.legal-basis', dateKey: 'date', otherDates: ['service.approval.date'] },
    serviceCode: { path: 'service.code' },
  },
  official: { kk, ru, en },
};
