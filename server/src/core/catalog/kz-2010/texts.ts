/**
 * Texts of the model standard, edition `kz-2010`: the title and approving act, the five
 * sections, the wording of each of the 26 clauses and the appendix table of quality and
 * efficiency indicators.
 *
 * `kk` is the official Kazakh wording taken verbatim from
 * `shared/seed/model-standard-2010-kk.txt`, except for OCR slips, which are corrected;
 * every correction is listed in a `// OCR: 'found' -> 'corrected'` comment right above
 * the entry it applies to (`\n` in a comment stands for a line break in the seed).
 * `ru` follows the official Russian text of the model standard, `en` is a plain translation.
 */
import type { Appendix, Clause, Section } from '../types';
import type { Localized } from '../../types';

export const title: Localized = {
  kk: 'Мемлекеттік қызметтің үлгі стандарты',
  ru: 'Типовой стандарт государственной услуги',
  en: 'Model standard of a public service',
};

export const source: Localized = {
  kk:
    'Қазақстан Республикасы Үкіметінің 2007 жылғы 30 маусымдағы № 558 қаулысымен бекітілген ' +
    '(Қазақстан Республикасы Үкіметінің 2010 жылғы 26 маусымдағы № 632 қаулысының редакциясында)',
  ru:
    'Утвержден постановлением Правительства Республики Казахстан от 30 июня 2007 года № 558 ' +
    '(в редакции постановления Правительства Республики Казахстан от 26 июня 2010 года № 632)',
  en:
    'Approved by Decree of the Government of the Republic of Kazakhstan No. 558 of 30 June 2007 ' +
    '(as amended by Decree of the Government of the Republic of Kazakhstan No. 632 of 26 June 2010)',
};

export const sections: Section[] = [
  {
    number: 1,
    key: 'general',
    title: { kk: 'Жалпы ережелер', ru: 'Общие положения', en: 'General provisions' },
  },
  {
    number: 2,
    key: 'procedure',
    title: {
      kk: 'Мемлекеттік қызмет көрсету тәртібі',
      ru: 'Порядок оказания государственной услуги',
      en: 'Procedure for providing the public service',
    },
  },
  {
    number: 3,
    key: 'principles',
    title: { kk: 'Жұмыс қағидаттары', ru: 'Принципы работы', en: 'Principles of work' },
  },
  {
    number: 4,
    key: 'results',
    title: { kk: 'Жұмыс нәтижелері', ru: 'Результаты работы', en: 'Results of work' },
  },
  {
    number: 5,
    key: 'appeals',
    title: { kk: 'Шағымдану тәртібі', ru: 'Порядок обжалования', en: 'Appeal procedure' },
  },
];

export const clauses: Clause[] = [
  // ---------------------------------------------------------------- 1. Жалпы ережелер
  {
    number: 1,
    section: 1,
    title: { kk: 'Қызметті көрсететін орган', ru: 'Орган, оказывающий услугу', en: 'Service provider' },
    text: {
      kk:
        'Осы мемлекеттік қызметті тікелей көрсететін мемлекеттік органның, мемлекеттік мекеменің немесе өзге де ' +
        'ұйымдардың атауын (мекенжайын, жұмыс кестесін) көрсету.',
      ru:
        'Указать наименование государственного органа, государственного учреждения или иных организаций, ' +
        'непосредственно оказывающих данную государственную услугу (адрес, график работы).',
      en:
        'State the name (address, working hours) of the state body, state institution or other organizations ' +
        'that provide this public service directly.',
    },
  },
  // OCR: 'ішінәра' -> 'ішінара'
  {
    number: 2,
    section: 1,
    title: { kk: 'Қызмет нысаны', ru: 'Форма услуги', en: 'Form of service' },
    text: {
      kk:
        'Көрсетілетін мемлекеттік қызметтің нысаны:\n' +
        'толық автоматтандырылған, ішінара автоматтандырылған, (автоматтандырылмаған).',
      ru:
        'Форма оказываемой государственной услуги:\n' +
        'полностью автоматизированная, частично автоматизированная, (неавтоматизированная).',
      en: 'Form of the public service provided:\nfully automated, partially automated, (non-automated).',
    },
  },
  {
    number: 3,
    section: 1,
    title: { kk: 'Құқықтық негіз', ru: 'Правовое основание', en: 'Legal basis' },
    text: {
      kk:
        'Мемлекеттік қызмет көрсетуге негіз болатын нормативтік құқықтық актінің (заңнамалық акт, Қазақстан ' +
        'Республикасы Президентінің актісі, Қазақстан Республикасы Үкіметінің актісі) атауы мен бабы (тармағы).',
      ru:
        'Наименование и статья (пункт) нормативного правового акта (законодательный акт, акт Президента ' +
        'Республики Казахстан, акт Правительства Республики Казахстан), являющегося основанием для оказания ' +
        'государственной услуги.',
      en:
        'Title and article (paragraph) of the regulatory legal act (legislative act, act of the President of the ' +
        'Republic of Kazakhstan, act of the Government of the Republic of Kazakhstan) on which the provision of ' +
        'the public service is based.',
    },
  },
  // OCR: 'қызу жөлі' -> 'қызу желісі'
  {
    number: 4,
    section: 1,
    title: { kk: 'Ақпарат көздері', ru: 'Источники информации', en: 'Information sources' },
    text: {
      kk:
        'Мемлекеттік қызмет туралы, мемлекеттік қызмет көрсету стандартын міндетті түрде орналастыру орны ' +
        'туралы ақпарат көздері мен оған қол жеткізу орындарын (интернет-ресурс, call-орталық, қызу желісі ' +
        'қызметі, тегін телефон анықтамасы қызметі және тағы басқа) көрсету.',
      ru:
        'Указать источники информации о государственной услуге, о месте обязательного размещения стандарта ' +
        'оказания государственной услуги и места доступа к ней (интернет-ресурс, call-центр, служба «горячей ' +
        'линии», служба бесплатной телефонной справки и т.д.).',
      en:
        'State the sources of information about the public service and about where this service standard must ' +
        'be published, and the places where it can be accessed (internet resource, call centre, hotline service, ' +
        'free telephone information service, etc.).',
    },
  },
  {
    number: 5,
    section: 1,
    title: { kk: 'Қызмет нәтижесі', ru: 'Результат услуги', en: 'Service result' },
    text: {
      kk:
        'Тұтынушы алатын көрсетілетін мемлекеттік қызмет нәтижесі (анықтама, рұқсат, лицензия, сертификат, ' +
        'куәлік, медициналық қорытынды және тағы басқа) және оны ұсыну нысаны (қағаз жеткізгіштегі, электрондық ' +
        'жеткізгіштегі құжат, мемлекеттік органның ақпарат жүйесіндегі мәліметтер және тағы басқа).',
      ru:
        'Результат оказываемой государственной услуги, который получит потребитель (справка, разрешение, ' +
        'лицензия, сертификат, удостоверение, медицинское заключение и т.д.), и форма его предоставления ' +
        '(документ на бумажном носителе, на электронном носителе, сведения в информационной системе ' +
        'государственного органа и т.д.).',
      en:
        'The result of the public service that the recipient obtains (reference, permit, licence, certificate, ' +
        'identity document, medical conclusion, etc.) and the form in which it is provided (document on paper, ' +
        'document on an electronic medium, data in an information system of the state body, etc.).',
    },
  },
  {
    number: 6,
    section: 1,
    title: { kk: 'Қызмет алушылар санаты', ru: 'Категория получателей', en: 'Recipients' },
    text: {
      kk: 'Мемлекеттік қызмет көрсетілетін жеке және заңды тұлғалардың санаты.',
      ru: 'Категория физических и юридических лиц, которым оказывается государственная услуга.',
      en: 'The category of individuals and legal entities to whom the public service is provided.',
    },
  },
  // OCR: 'м ы н а :' -> 'мына:'
  // OCR: 'тапсыраЊан' -> 'тапсырған'
  // OCR: 'талон алған\n\nсәттен' -> 'талон алған сәттен'
  // OCR: 'тіркеген' -> 'тіркелген'
  // OCR: 'мәрзімдер' -> 'мерзімдер'
  {
    number: 7,
    section: 1,
    title: { kk: 'Қызмет көрсету мерзімдері', ru: 'Сроки оказания услуги', en: 'Deadlines' },
    text: {
      kk:
        'Мемлекеттік қызмет көрсетудің мерзімдері:\n' +
        '1) мына:\n' +
        'а) тұтынушы осы Стандарттың 11-тармағында анықталған қажетті құжаттарды тапсырған;\n' +
        'б) мемлекеттік қызметті алу үшін өтініш жасаған (тіркелген, талон алған сәттен бастап және тағы басқа);\n' +
        'в) мемлекеттік қызметті алу үшін электрондық сұрау берген сәттен бастап мемлекеттік қызметтерді ' +
        'көрсету мерзімдері;\n' +
        '2) өтініш беруші өтініш берген күні сол жерде көрсетілетін мемлекеттік қызметті алуға дейін күтудің ' +
        'рұқсат берілген ең көп уақыты (тіркелген, талон алған кезде, өтініш және электрондық сұраныс берген ' +
        'сәттен бастап және тағы басқа);\n' +
        '3) өтініш беруші өтініш берген күні сол жерде көрсетілетін мемлекеттік қызметті алушыға қызмет ' +
        'көрсетудің рұқсат берілген ең көп уақыты;\n' +
        '4) басқа мерзімдер.',
      ru:
        'Сроки оказания государственной услуги:\n' +
        '1) с момента:\n' +
        'а) сдачи потребителем необходимых документов, определенных в пункте 11 настоящего Стандарта;\n' +
        'б) обращения для получения государственной услуги (регистрации, получения талона и т.д.);\n' +
        'в) подачи электронного запроса для получения государственной услуги;\n' +
        '2) максимально допустимое время ожидания до получения государственной услуги, оказываемой на месте ' +
        'в день обращения заявителя (при регистрации, получении талона, с момента подачи заявления и ' +
        'электронного запроса и т.д.);\n' +
        '3) максимально допустимое время обслуживания получателя государственной услуги, оказываемой на месте ' +
        'в день обращения заявителя;\n' +
        '4) иные сроки.',
      en:
        'Deadlines for providing the public service:\n' +
        '1) counted from the moment:\n' +
        'a) the recipient submits the required documents defined in clause 11 of this Standard;\n' +
        'b) of applying for the public service (registration, receiving a queue ticket, etc.);\n' +
        'c) of submitting an electronic request for the public service;\n' +
        '2) the longest allowed wait before receiving a public service provided on the spot on the day the ' +
        'applicant applies (on registration, on receiving a ticket, from submitting the application or the ' +
        'electronic request, etc.);\n' +
        '3) the longest allowed time for serving the recipient of a public service provided on the spot on the ' +
        'day the applicant applies;\n' +
        '4) other deadlines.',
    },
  },
  {
    number: 8,
    section: 1,
    title: { kk: 'Қызметтің ақысы', ru: 'Платность услуги', en: 'Fee' },
    text: {
      kk:
        'Мемлекеттік қызмет көрсетудің ақылы немесе тегін екендігін көрсету. Ақылы болған, сондай-ақ жедел ' +
        'қызмет көрсетілген жағдайда құнын, ақы төлеу нысанын, мемлекеттік қызметтің құнын (алымды, төлемді) ' +
        'төлеу кезінде толтыру талап етілетін құжаттың қажетті нысандарын (түбіртегін) көрсету.',
      ru:
        'Указать платность или бесплатность оказания государственной услуги. В случае платности, а также при ' +
        'оказании ускоренной услуги указать стоимость, форму оплаты, необходимые формы документа (квитанции), ' +
        'требуемого к заполнению при оплате стоимости государственной услуги (сбора, платежа).',
      en:
        'State whether the public service is paid or free of charge. If it is paid, and also when an expedited ' +
        'service is provided, state its cost, the form of payment and the required forms of the document ' +
        '(receipt) to be filled in when paying the cost of the public service (duty, fee).',
    },
  },
  {
    number: 9,
    section: 1,
    title: { kk: 'Жұмыс кестесі', ru: 'График работы', en: 'Schedule' },
    text: {
      kk:
        'Жұмыс кестесін (күндер, сағаттар, үзілістер) көрсету, қызметті алу үшін алдын ала жазылуға бола ма ' +
        '(шарттары мен талаптарын көрсету), жедел қызмет көрсетіле ме (шарттары мен талаптарын көрсету).',
      ru:
        'Указать график работы (дни, часы, перерывы), осуществляется ли предварительная запись для получения ' +
        'услуги (указать условия и требования), предоставляется ли ускоренное обслуживание (указать условия и ' +
        'требования).',
      en:
        'State the working schedule (days, hours, breaks), whether advance booking for the service is possible ' +
        '(state the conditions and requirements) and whether expedited service is provided (state the ' +
        'conditions and requirements).',
    },
  },
  {
    number: 10,
    section: 1,
    title: { kk: 'Қызмет көрсету орны', ru: 'Условия места оказания', en: 'Premises' },
    text: {
      kk:
        'Қызмет көрсетілетін орынның жағдайларын көрсету (үй-жай режимі, қауіпсіздікті қамтамасыз ету, жеке ' +
        'мүмкіндіктері шектеулі адамдар үшін жасалған жағдайлар, күтудің және қажетті құжаттарды дайындаудың ' +
        'қолайлы жағдайлары (күту залы, үлгілер қойылған тағандар) және тағы сол сияқты).',
      ru:
        'Указать условия места предоставления услуги (режим помещения, обеспечение безопасности, условия для ' +
        'людей с ограниченными физическими возможностями, благоприятные условия для ожидания и подготовки ' +
        'необходимых документов (зал ожидания, стойки с образцами) и т.п.).',
      en:
        'State the conditions at the place where the service is provided (opening regime of the premises, ' +
        'security, facilities for people with disabilities, comfortable conditions for waiting and for preparing ' +
        'the required documents (waiting room, stands with samples), and the like).',
    },
  },

  // ---------------------------------------------------------------- 2. Мемлекеттік қызмет көрсету тәртібі
  // OCR: 'женілдіктері' -> 'жеңілдіктері'
  // OCR: 'тұлғалар\nҰшін' -> 'тұлғалар үшін'
  {
    number: 11,
    section: 2,
    title: { kk: 'Қажетті құжаттар', ru: 'Необходимые документы', en: 'Required documents' },
    text: {
      kk:
        'Қажетті құжаттар мен оларға қойылатын талаптардың түпкілікті тізбесін көрсету, соның ішінде ' +
        'мемлекеттік қызметті алу үшін жеңілдіктері бар тұлғалар үшін.',
      ru:
        'Указать исчерпывающий перечень необходимых документов и требований к ним, в том числе для лиц, ' +
        'имеющих льготы для получения государственной услуги.',
      en:
        'State the exhaustive list of required documents and the requirements for them, including for persons ' +
        'entitled to privileges in obtaining the public service.',
    },
  },
  {
    number: 12,
    section: 2,
    title: { kk: 'Өтініш бланкілері', ru: 'Бланки заявлений', en: 'Application forms' },
    text: {
      kk:
        'Интернет-ресурсқа сілтемені не мемлекеттік қызметті алу үшін толтырылуы қажет бланкілер берілетін ' +
        'орынды (өтініш нысандары және тағы сол сияқты) көрсету.',
      ru:
        'Указать ссылку на интернет-ресурс либо место выдачи бланков (форм заявлений и т.п.), которые ' +
        'необходимо заполнить для получения государственной услуги.',
      en:
        'Give a link to the internet resource, or the place where the blank forms (application forms and the ' +
        'like) that must be filled in to obtain the public service are issued.',
    },
  },
  {
    number: 13,
    section: 2,
    title: { kk: 'Құжаттарды тапсыру орны', ru: 'Место сдачи документов', en: 'Submission of documents' },
    text: {
      kk:
        'Толтырылған бланкілері, нысандары, өтініштері және мемлекеттік қызметті алу үшін қажетті басқа да ' +
        'құжаттар тапсырылатын жауапты адамның интернет-ресурсына сілтемені не мекенжайын және кабинетінің ' +
        'нөмірін көрсету.',
      ru:
        'Указать ссылку на интернет-ресурс либо адрес и номер кабинета ответственного лица, которому сдаются ' +
        'заполненные бланки, формы, заявления и другие документы, необходимые для получения государственной ' +
        'услуги.',
      en:
        'Give a link to the internet resource, or the address and office number, of the responsible person to ' +
        'whom the completed blank forms, forms, applications and other documents required to obtain the public ' +
        'service are submitted.',
    },
  },
  {
    number: 14,
    section: 2,
    title: { kk: 'Ішкі тәртіп', ru: 'Внутренний порядок', en: 'Internal procedure' },
    text: {
      kk:
        'Мемлекеттік органның, мемлекеттік мекеменің немесе өзге де ұйымдардың мемлекеттік қызмет көрсету ' +
        'жөніндегі қызметінің ішкі тәртібін көрсету.',
      ru:
        'Указать внутренний порядок деятельности государственного органа, государственного учреждения или ' +
        'иных организаций по оказанию государственной услуги.',
      en:
        'Describe the internal procedure by which the state body, state institution or other organizations ' +
        'provide the public service.',
    },
  },
  // OCR: 'нысандын' -> 'нысанын'
  {
    number: 15,
    section: 2,
    title: {
      kk: 'Құжаттарды тапсырғанын растау',
      ru: 'Подтверждение сдачи документов',
      en: 'Receipt for documents',
    },
    text: {
      kk:
        'Тұтынушы мемлекеттік қызметті алу үшін тұтынушының мемлекеттік қызметті алған күні бар барлық ' +
        'қажетті құжаттарды тапсырғанын растайтын құжаттың атауын және нысанын көрсету.',
      ru:
        'Указать наименование и форму документа, подтверждающего сдачу потребителем всех необходимых ' +
        'документов для получения государственной услуги, в котором содержится дата получения потребителем ' +
        'государственной услуги.',
      en:
        'State the name and form of the document confirming that the recipient has submitted all the documents ' +
        'required to obtain the public service, which shows the date on which the recipient will receive the ' +
        'public service.',
    },
  },
  // OCR: 'Қызмет көрсетеу' -> 'Қызмет көрсету'
  // OCR: 'тәсілін көрсетеу' -> 'тәсілін көрсету'
  {
    number: 16,
    section: 2,
    title: { kk: 'Нәтижені жеткізу тәсілі', ru: 'Способ доставки результата', en: 'Delivery of the result' },
    text: {
      kk:
        'Қызмет көрсету нәтижесін жеткізу тәсілін көрсету - электрондық пошта, интернет-ресурс арқылы, жеке ' +
        'келу, курьер және тағы басқа.',
      ru:
        'Указать способ доставки результата оказания услуги - электронная почта, через интернет-ресурс, ' +
        'личное посещение, курьер и т.д.',
      en:
        'State how the result of the service is delivered: by e-mail, through an internet resource, in person, ' +
        'by courier, etc.',
    },
  },
  // OCR: 'тоқтата туру' -> 'тоқтата тұру'
  // OCR: 'көрсетеу' -> 'көрсету'
  {
    number: 17,
    section: 2,
    title: {
      kk: 'Тоқтата тұру және бас тарту негіздері',
      ru: 'Основания приостановления и отказа',
      en: 'Grounds for suspension or refusal',
    },
    text: {
      kk:
        'Мемлекеттік қызмет көрсетуді тоқтата тұру немесе мемлекеттік қызметті ұсынудан бас тарту ' +
        'негіздерінің толық тізбесін көрсету.',
      ru:
        'Указать исчерпывающий перечень оснований для приостановления оказания государственной услуги или ' +
        'отказа в предоставлении государственной услуги.',
      en:
        'State the complete list of grounds for suspending the provision of the public service or for refusing ' +
        'to provide it.',
    },
  },

  // ---------------------------------------------------------------- 3. Жұмыс қағидаттары
  // OCR: 'құпиялыштың' -> 'құпиялылығын'
  {
    number: 18,
    section: 3,
    title: { kk: 'Жұмыс қағидаттары', ru: 'Принципы работы', en: 'Working principles' },
    text: {
      kk:
        'Қызметтерді тұтынушыға қатысты мемлекеттік орган басшылыққа алатын жұмыс қағидаттарын санамалау ' +
        '(сыпайылық, көрсетілетін мемлекеттік қызмет туралы толық ақпарат, тұтынушы құжаттарының мазмұны ' +
        'туралы ақпараттың сақталуын, қорғалуын және құпиялылығын қамтамасыз ету, тұтынушы белгіленген ' +
        'мерзімде алмаған құжаттардың сақталуын қамтамасыз ету).',
      ru:
        'Перечислить принципы работы, которыми руководствуется государственный орган по отношению к ' +
        'потребителю услуг (вежливость, исчерпывающая информация об оказываемой государственной услуге, ' +
        'обеспечение сохранности, защиты и конфиденциальности информации о содержании документов ' +
        'потребителя, обеспечение сохранности документов, которые потребитель не получил в установленные ' +
        'сроки).',
      en:
        'List the working principles that guide the state body in its dealings with the recipients of services ' +
        '(politeness, complete information about the public service provided, safekeeping, protection and ' +
        'confidentiality of information on the content of the recipient’s documents, safekeeping of documents ' +
        'that the recipient has not collected within the set time).',
    },
  },

  // ---------------------------------------------------------------- 4. Жұмыс нәтижелері
  // OCR: 'көрсетеу' -> 'көрсету'
  {
    number: 19,
    section: 4,
    title: {
      kk: 'Сапа және тиімділік көрсеткіштері',
      ru: 'Показатели качества и эффективности',
      en: 'Quality and efficiency indicators',
    },
    text: {
      kk:
        'Тұтынушыларға мемлекеттік қызмет көрсету нәтижелері осы Үлгі стандартқа қосымшаға сәйкес сапа және ' +
        'тиімділік көрсеткіштерімен өлшенеді.',
      ru:
        'Результаты оказания государственной услуги потребителям измеряются показателями качества и ' +
        'эффективности в соответствии с приложением к настоящему Типовому стандарту.',
      en:
        'The results of providing the public service to recipients are measured by the quality and efficiency ' +
        'indicators in accordance with the appendix to this Model Standard.',
    },
  },
  // OCR: 'өзірлеуге' -> 'әзірлеуге'
  // OCR: 'бүйрығымен' -> 'бұйрығымен'
  {
    number: 20,
    section: 4,
    title: {
      kk: 'Көрсеткіштердің нысаналы мәндері',
      ru: 'Целевые значения показателей',
      en: 'Target values',
    },
    text: {
      kk:
        'Мемлекеттік қызмет көрсететін мемлекеттік органның, мекеменің немесе өзге де субъектілердің жұмысы ' +
        'бағаланатын мемлекеттік қызметтердің сапа және тиімділік көрсеткіштерінің нысаналы мәні жыл сайын осы ' +
        'мемлекеттік қызметті әзірлеуге жауапты мемлекеттік органның тиісті бұйрығымен бекітіледі.',
      ru:
        'Целевые значения показателей качества и эффективности государственных услуг, по которым оценивается ' +
        'работа государственного органа, учреждения или иных субъектов, оказывающих государственные услуги, ' +
        'ежегодно утверждаются соответствующим приказом государственного органа, ответственного за разработку ' +
        'данной государственной услуги.',
      en:
        'The target values of the quality and efficiency indicators of public services, against which the work ' +
        'of the state body, institution or other entities providing public services is assessed, are approved ' +
        'every year by the relevant order of the state body responsible for developing this public service.',
    },
  },

  // ---------------------------------------------------------------- 5. Шағымдану тәртібі
  // OCR: 'шакыруларды өндеу' -> 'шақыруларды өңдеу'
  // OCR: 'көрсетеу' -> 'көрсету'
  {
    number: 21,
    section: 5,
    title: {
      kk: 'Шағымдану тәртібін түсіндіру',
      ru: 'Разъяснение порядка обжалования',
      en: 'Appeal guidance',
    },
    text: {
      kk:
        'Уәкілетті лауазымды адамдардың әрекетіне (әрекетсіздігіне) шағымдану тәртібін түсіндіретін және ' +
        'шағым дайындауға жәрдем көрсететін мемлекеттік органның атауын, электрондық поштасының мекенжайын, ' +
        'шақыруларды өңдеу орталықтарының (call-орталықтар) телефон нөмірлерін не лауазымды адам кабинетінің ' +
        'нөмірін көрсету.',
      ru:
        'Указать наименование государственного органа, адрес электронной почты, номера телефонов центров ' +
        'обработки вызовов (call-центров) либо номер кабинета должностного лица, которые разъясняют порядок ' +
        'обжалования действия (бездействия) уполномоченных должностных лиц и оказывают содействие в ' +
        'подготовке жалобы.',
      en:
        'State the name of the state body, its e-mail address, the telephone numbers of call-processing centres ' +
        '(call centres) or the office number of the official that explains the procedure for appealing against ' +
        'actions (inaction) of authorized officials and helps to prepare a complaint.',
    },
  },
  // OCR: 'аппеляцияның' -> 'апелляцияның'
  // OCR: 'үйімдастыруға' -> 'ұйымдастыруға'
  // OCR: 'үйімдардың' -> 'ұйымдардың'
  // OCR: 'көрсетеу' -> 'көрсету'
  {
    number: 22,
    section: 5,
    title: { kk: 'Жоғары тұрған инстанция', ru: 'Вышестоящая инстанция', en: 'Higher instance' },
    text: {
      kk:
        'Көрсетілген қызмет нәтижелерімен келіспеген жағдайда апелляцияның жоғары тұрған инстанциясының, ' +
        'яғни осы мемлекеттік қызметті көрсетуді ұйымдастыруға жауапты мемлекеттік органның, мемлекеттік ' +
        'мекеменің немесе өзге де ұйымдардың атауын және мекенжайын, шағым жасалатын лауазымды адамның ' +
        'электрондық поштасының мекенжайын, жұмыс кестесін, байланыс жасайтын деректерін көрсету.',
      ru:
        'В случае несогласия с результатами оказанной услуги указать наименование и адрес вышестоящей ' +
        'инстанции апелляции, то есть государственного органа, государственного учреждения или иных ' +
        'организаций, ответственных за организацию оказания данной государственной услуги, адрес электронной ' +
        'почты, график работы, контактные данные должностного лица, которому подается жалоба.',
      en:
        'For the case of disagreement with the results of the service provided, state the name and address of ' +
        'the higher instance of appeal, that is, of the state body, state institution or other organizations ' +
        'responsible for organizing the provision of this public service, and the e-mail address, working hours ' +
        'and contact details of the official to whom the complaint is made.',
    },
  },
  // OCR: 'үйімдардың' -> 'ұйымдардың'
  // OCR: 'көрсетеу' -> 'көрсету'
  {
    number: 23,
    section: 5,
    title: {
      kk: 'Дұрыс көрсетілмеген қызметке шағым',
      ru: 'Жалоба на некорректное обслуживание',
      en: 'Complaints of improper service',
    },
    text: {
      kk:
        'Дұрыс қызмет көрсетілмеген жағдайда шағым берілетін мемлекеттік қызметті тікелей көрсететін ' +
        'мемлекеттік органның, мемлекеттік мекеменің немесе өзге ұйымдардың атауын, электрондық поштасының ' +
        'мекенжайын, шағым жасалатын лауазымды адам кабинетінің нөмірін, жұмыс кестесін көрсету.',
      ru:
        'В случае некорректного обслуживания указать наименование государственного органа, государственного ' +
        'учреждения или иных организаций, непосредственно оказывающих государственную услугу, в которые ' +
        'подается жалоба, адрес электронной почты, номер кабинета должностного лица, которому подается ' +
        'жалоба, график работы.',
      en:
        'For the case of improper service, state the name of the state body, state institution or other ' +
        'organizations that provide the public service directly and to which the complaint is made, their ' +
        'e-mail address, the office number of the official to whom the complaint is made, and the working hours.',
    },
  },
  // OCR: 'көрсетеу (\n\nмысалы' -> 'көрсету (мысалы'
  // OCR: 'аппеляция' -> 'апелляция'
  {
    number: 24,
    section: 5,
    title: { kk: 'Шағымға қажетті құжаттар', ru: 'Документы для жалобы', en: 'Complaint documents' },
    text: {
      kk:
        'Шағым берген кезде қажет болатын ресми құжаттардың тізбесін көрсету (мысалы, ресми апелляция немесе ' +
        'шағым үшін құжаттардың нысандары және басқалар).',
      ru:
        'Указать перечень официальных документов, необходимых при подаче жалобы (например, формы документов ' +
        'для официальной апелляции или жалобы и другое).',
      en:
        'List the official documents needed when lodging a complaint (for example, forms of documents for an ' +
        'official appeal or complaint, and others).',
    },
  },
  {
    number: 25,
    section: 5,
    title: {
      kk: 'Шағымның қабылданғанын растау',
      ru: 'Подтверждение принятия жалобы',
      en: 'Acknowledgement of complaint',
    },
    text: {
      kk:
        'Шағымның қабылданғанын растайтын және берілген шағымға жауап алатын мерзім мен орынды көздейтін ' +
        'құжаттың атауын, шағымның қаралу барысы туралы білуге болатын лауазымды адамдардың байланыс ' +
        'деректерін көрсету.',
      ru:
        'Указать наименование документа, подтверждающего принятие жалобы и предусматривающего срок и место ' +
        'получения ответа на поданную жалобу, контактные данные должностных лиц, у которых можно узнать о ходе ' +
        'рассмотрения жалобы.',
      en:
        'State the name of the document that confirms acceptance of the complaint and sets the time and place ' +
        'for receiving the answer to it, and the contact details of the officials from whom the progress of the ' +
        'complaint can be learned.',
    },
  },
  // OCR: 'шақыруларды өндөу' -> 'шақыруларды өңдеу'
  {
    number: 26,
    section: 5,
    title: { kk: 'Басқа да пайдалы ақпарат', ru: 'Другая полезная информация', en: 'Other useful information' },
    text: {
      kk:
        'Тұтынушы үшін басқа да пайдалы ақпарат (шақыруларды өңдеу орталықтарының телефондары, қосымша ' +
        'қызметтер туралы ақпарат және тағы басқа).',
      ru:
        'Другая полезная информация для потребителя (телефоны центров обработки вызовов, информация о ' +
        'дополнительных услугах и т.д.).',
      en:
        'Other information useful to the recipient (telephone numbers of call-processing centres, information ' +
        'about additional services, etc.).',
    },
  },
];

// The appendix to the model standard ("Мемлекеттік қызметтің Үлгі стандартына қосымша").
export const appendix: Omit<Appendix, 'path'> = {
  title: {
    kk: 'Кесте. Сапа және тиімділік көрсеткіштерінің мәні',
    ru: 'Таблица. Значения показателей качества и эффективности',
    en: 'Table. Values of quality and efficiency indicators',
  },
  columns: [
    {
      kk: 'Сапа және тиімділік көрсеткіштері',
      ru: 'Показатели качества и эффективности',
      en: 'Quality and efficiency indicators',
    },
    {
      kk: 'Көрсеткіштің нормативтік мәні',
      ru: 'Нормативное значение показателя',
      en: 'Normative value of the indicator',
    },
    {
      kk: 'Көрсеткіштің келесі жылдағы нысаналы мәні',
      ru: 'Целевое значение показателя в последующем году',
      en: 'Target value of the indicator for the next year',
    },
    {
      kk: 'Көрсеткіштің есепті жылдағы ағымдағы мәні',
      ru: 'Текущее значение показателя в отчетном году',
      en: 'Current value of the indicator in the reporting year',
    },
  ],
  groups: [
    { ref: '1', title: { kk: 'Уақтылылығы', ru: 'Своевременность', en: 'Timeliness' } },
    { ref: '2', title: { kk: 'Сапасы', ru: 'Качество', en: 'Quality' } },
    { ref: '3', title: { kk: 'Қол жетімділік', ru: 'Доступность', en: 'Accessibility' } },
    { ref: '4', title: { kk: 'Шағымдану үдерісі', ru: 'Процесс обжалования', en: 'Appeal process' } },
    // OCR: 'Сыпайлылық' -> 'Сыпайылық'
    { ref: '5', title: { kk: 'Сыпайылық', ru: 'Вежливость', en: 'Politeness' } },
  ],
};

export const indicatorRows: Record<'1.1' | '2.1' | '3.1' | '3.2' | '4.1' | '5.1', Localized> = {
  // OCR: 'оқигаларының' -> 'оқиғаларының'
  '1.1': {
    kk: 'Құжаттарды тапсырған сәттен бастап белгіленген мерзімде қызметті ұсыну оқиғаларының %-ы (үлесі)',
    ru: '% (доля) случаев предоставления услуги в установленный срок с момента сдачи документов',
    en: '% (share) of cases in which the service was provided within the set time from submission of the documents',
  },
  '2.1': {
    kk: 'Қызметті ұсыну үдерісінің сапасына қанағаттанған тұтынушылардың %-ы (үлесі)',
    ru: '% (доля) потребителей, удовлетворенных качеством процесса предоставления услуги',
    en: '% (share) of recipients satisfied with the quality of the service delivery process',
  },
  '3.1': {
    kk: 'Қызметті ұсынудың сапасына және оны ұсыну тәртібі туралы ақпаратқа қанағаттанған тұтынушылардың %-ы (үлесі)',
    ru: '% (доля) потребителей, удовлетворенных качеством и информацией о порядке предоставления услуги',
    en: '% (share) of recipients satisfied with the quality of the service and with information on how it is provided',
  },
  '3.2': {
    kk: 'Ақпаратқа электронды форматта қол жеткізуге болатын қызметтер %-ы (үлесі)',
    ru: '% (доля) услуг, информация о которых доступна в электронном формате',
    en: '% (share) of services whose information is available in electronic format',
  },
  '4.1': {
    kk: 'Шағымданудың қолданыстағы тәртібіне қанағаттанған тұтынушылардың %-ы (үлесі)',
    ru: '% (доля) потребителей, удовлетворенных существующим порядком обжалования',
    en: '% (share) of recipients satisfied with the existing appeal procedure',
  },
  // OCR: 'сыпайлығына' -> 'сыпайылығына'
  '5.1': {
    kk: 'Персоналдың сыпайылығына қанағаттанған тұтынушылардың %-ы (үлесі)',
    ru: '% (доля) потребителей, удовлетворенных вежливостью персонала',
    en: '% (share) of recipients satisfied with the politeness of the staff',
  },
};
