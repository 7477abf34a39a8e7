/**
 * The published Kazakh text of a standard of edition `kz-2010`: the frame of every clause, in the
 * model's own wording (`shared/seed/model-standard-2010-kk.txt`) and that of the standards approved in
 * 2009–2013. Values stand after a colon or in a list, so the writer's words are never declined.
 */
import type { OfficialLanguage } from '../../types';

const contactLead = (lead: string) => [{ text: `${lead}: {.}.` }];

export const kk: OfficialLanguage = {
  words: {
    gap: '[толтырылмаған]',
    and: ' және ',
    andAlso: ', сондай-ақ ',
    letters: 'абвгдежзиклмнопрстуфхцчшщэюя',
    months: ['қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы', 'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы'],
    date: '{year} жылғы {day} {month}',
    timeRange: '{start}–{end}',
    dayRange: '{from} – {to}',
    units: {
      minutes: { other: 'минут' },
      hours: { other: 'сағат' },
      'working-days': { other: 'жұмыс күні' },
      'calendar-days': { other: 'күнтізбелік күн' },
    },
    money: { MCI: 'АЕК', KZT: 'теңге' },
    durationWords: { before: ['кемінде', 'ең көбі'], after: ['аспайды', 'дейін', 'ішінде', 'аспауы тиіс'] },
    scheduleWords: { everyDay: ['күн сайын', 'демалыссыз'], except: ['қоспағанда', 'басқа'], daysOff: ['демалыс'] },
    schedule: '{days}, сағат {hours}[, үзіліс {breaks}]',
    contact: ['{address}', '{room} кабинет', 'телефон: {phone}', 'электрондық пошта: {email}', 'интернет-ресурс: {website}', 'жұмыс кестесі: {schedule}'],
  },
  approval: {
    'government-decree': ['Қазақстан Республикасы', 'Үкіметінің', '{date}', '№ {number} қаулысымен', 'бекітілген'],
    'ministerial-order': ['Министрдің', '{date}', '№ {number} бұйрығымен', 'бекітілген'],
    'akimat-resolution': ['Әкімдіктің', '{date}', '№ {number} қаулысымен', 'бекітілген'],
  },
  title: ['«{^service.name}»', 'мемлекеттік қызмет стандарты'],
  appendix: ['«{^service.name}»', 'мемлекеттік қызмет стандартына', 'қосымша'],
  amend: {
    frame: '{act|of} {date} № {number} {act|by} бекітілген «{^service.name}» мемлекеттік қызмет стандартына мынадай өзгерістер енгізілсін:',
    frameUnapproved: '«{^service.name}» мемлекеттік қызмет стандартына мынадай өзгерістер енгізілсін:',
    words: '{clause}-тармақтағы {old} деген сөздер {new} деген сөздермен ауыстырылсын',
    wordsInItem: '{clause}-тармақтың {item} тармақшасындағы {old} деген сөздер {new} деген сөздермен ауыстырылсын',
    newWording: '{clause}-тармақ мынадай редакцияда жазылсын:',
    itemAdded: '{clause}-тармақ мынадай мазмұндағы {item} тармақшамен толықтырылсын:',
    itemRemoved: '{clause}-тармақтың {item} тармақшасы алып тасталсын',
    clauseAdded: 'мынадай мазмұндағы {clause}-тармақпен толықтырылсын:',
    clauseRemoved: '{clause}-тармақ алып тасталсын',
    row: 'стандартқа қосымшадағы {row}-жол мынадай редакцияда жазылсын:',
    subItem: '{item} тармақшасының {sub}',
    quotes: ['«', '»'],
  },
  clauses: {
    'general.provider': [{ text: 'Мемлекеттік қызметті {.} көрсетеді.' }],
    'general.form': [{ text: 'Көрсетілетін мемлекеттік қызметтің нысаны: {.|nom}.' }],
    'general.legal-basis': [
      { lead: 'Мемлекеттік қызмет мыналардың негізінде көрсетіледі:', list: '.', item: '{title}[ ({date}[ № {number}])], {article}-бап' },
    ],
    'general.information': [
      { lead: 'Мемлекеттік қызмет және оны көрсету тәртібі туралы ақпарат мына жерлерде орналастырылады:', list: '.', item: '{channel|where}: {value}' },
    ],
    'general.result': [
      { text: 'Тұтынушы алатын көрсетілетін мемлекеттік қызметтің нәтижесі: {document}.' },
      { text: 'Нәтижені ұсыну нысаны: {form|how}.' },
    ],
    'general.recipients': [{ text: 'Мемлекеттік қызмет мыналарға көрсетіледі: {.|dat}.' }],
    'general.deadlines': [
      {
        lead: 'Мемлекеттік қызмет көрсетудің мерзімдері:',
        parts: [
          {
            text: 'мемлекеттік қызмет көрсету мерзімдері:',
            parts: [
              {
                when: 'from-documents',
                text: 'тұтынушы осы стандарттың {#^procedure.documents}-тармағында анықталған қажетті құжаттарды тапсырған сәттен бастап – {from-documents}',
              },
              { when: 'from-application', text: 'мемлекеттік қызметті алу үшін өтініш жасаған (тіркелген, талон алған) сәттен бастап – {from-application}' },
              { when: 'from-electronic-request', text: 'мемлекеттік қызметті алу үшін электрондық сұрау берген сәттен бастап – {from-electronic-request}' },
            ],
          },
          { text: 'өтініш берген күні сол жерде көрсетілетін мемлекеттік қызметті алуға дейін күтудің рұқсат берілген ең көп уақыты – {max-wait}' },
          { text: 'өтініш берген күні сол жерде көрсетілетін мемлекеттік қызметті алушыға қызмет көрсетудің рұқсат берілген ең көп уақыты – {max-service}' },
          { when: 'other', text: '{other}' },
        ],
      },
    ],
    'general.fee': [
      { when: 'paid=false', text: 'Мемлекеттік қызмет тегін көрсетіледі.' },
      { when: 'paid=true', text: 'Мемлекеттік қызмет ақылы негізде көрсетіледі. Қызметтің құны – {amount}[, жедел қызмет көрсетудің құны – {expedited-amount}].' },
      { when: 'paid=true', text: 'Ақы төлеу тәртібі: {payment}. Төлемді растайтын құжат: {receipt}.' },
      { when: '!paid', text: 'Мемлекеттік қызмет көрсету: {paid}.' },
    ],
    'general.schedule': [
      { text: 'Жұмыс кестесі: {days}, сағат {hours}[, түскі үзіліс сағат {breaks}].' },
      { when: 'pre-registration.available=true', text: 'Алдын ала жазылу көзделген[: {pre-registration.conditions}].' },
      { when: 'pre-registration.available=false', text: 'Алдын ала жазылу көзделмеген.' },
      { when: '!pre-registration.available', text: 'Алдын ала жазылу: {pre-registration.available}.' },
      { when: 'expedited.available=true', text: 'Жедел қызмет көрсету көзделген[: {expedited.conditions}].' },
      { when: 'expedited.available=false', text: 'Жедел қызмет көрсету көзделмеген.' },
      { when: '!expedited.available', text: 'Жедел қызмет көрсету: {expedited.available}.' },
    ],
    'general.premises': [{ text: 'Мемлекеттік қызмет көрсетілетін орынның жағдайлары: {.}.' }],
    'procedure.documents': [
      { lead: 'Мемлекеттік қызметті алу үшін тұтынушы мынадай құжаттарды ұсынады:', list: '.' },
      { when: '^procedure.beneficiary-documents', lead: 'Жеңілдіктері бар тұлғалар қосымша ұсынады:', list: '^procedure.beneficiary-documents' },
    ],
    'procedure.forms': [
      { when: 'url&place', text: 'Бланкілер (өтініш нысандары) мына жерлерде орналастырылады: {url} интернет-ресурсы және {place}.' },
      { when: 'url&!place', text: 'Бланкілер (өтініш нысандары) мына интернет-ресурста орналастырылады: {url}.' },
      { when: '!url', text: 'Бланкілер (өтініш нысандары) мына жерде орналастырылады: {place}.' },
    ],
    'procedure.submission': contactLead('Толтырылған бланкілер, өтініштер және басқа да құжаттар мына жерге тапсырылады'),
    'procedure.internal-order': [{ lead: 'Мемлекеттік қызмет көрсетудің ішкі тәртібі:', list: '.' }],
    'procedure.receipt-document': [{ text: 'Тұтынушының барлық қажетті құжаттарды тапсырғанын растайтын құжат: {.}.' }],
    'procedure.delivery': [{ text: 'Мемлекеттік қызмет көрсету нәтижесін жеткізу тәсілі: {.|nom}.' }],
    'procedure.refusal-grounds': [
      {
        lead: 'Мемлекеттік қызмет көрсетуді тоқтата тұру немесе мемлекеттік қызметті ұсынудан бас тарту негіздері:',
        list: '.',
        empty: 'Мемлекеттік қызмет көрсетуді тоқтата тұру немесе мемлекеттік қызметті ұсынудан бас тарту үшін негіздер көзделмеген.',
      },
    ],
    principles: [
      { lead: 'Уәкілетті органның тұтынушыларға қатысты қызметі мынадай қағидаттарға негізделеді:', list: '.', item: '{.|nom}' },
    ],
    'results.indicators': [
      { text: 'Тұтынушыларға мемлекеттік қызмет көрсету нәтижелері осы стандартқа қосымшаға сәйкес сапа және тиімділік көрсеткіштерімен өлшенеді.' },
    ],
    'results.targets-approval': [{ text: 'Мемлекеттік қызметтің сапа және тиімділік көрсеткіштерінің нысаналы мәндері жыл сайын бекітіледі: {.}.' }],
    'appeals.explanation': contactLead(
      'Уәкілетті лауазымды адамдардың әрекетіне (әрекетсіздігіне) шағымдану тәртібін түсіндіру және шағым дайындауға жәрдем көрсету',
    ),
    'appeals.higher-instance': contactLead('Көрсетілген мемлекеттік қызмет нәтижелерімен келіспеген жағдайда шағым мына жерге беріледі'),
    'appeals.improper-service': contactLead('Мемлекеттік қызмет дұрыс көрсетілмеген жағдайда шағым мына жерге беріледі'),
    'appeals.documents': [{ lead: 'Шағым беру үшін мынадай құжаттар қажет:', list: '.' }],
    'appeals.acknowledgement': [
      { text: 'Шағымның қабылданғанын растайтын құжат: {document}.' },
      { text: 'Шағымға жауап беру мерзімі – {response-deadline}.' },
      { text: 'Шағымның қаралу барысы туралы мына жерден білуге болады: {contacts}.' },
    ],
    'appeals.other-information': [{ when: '.', text: '{.}.' }],
  },
};
