/** The enumerations of edition `kz-2010`, with the grammatical forms the official text's frames use. */
import type { EnumValue } from '../types';
import { localized as l } from '../../types';

const day = (kk: string, ru: string, ruFrom: string, ruTo: string, en: string) => ({
  nom: l(kk, ru, en),
  from: l(kk, ruFrom, en),
  to: l(kk, ruTo, en),
});

export const weekdays: EnumValue[] = [
  { value: 'mon', title: l('дүйсенбі', 'понедельник', 'Monday'), aliases: ['дс', 'пн'], forms: day('дүйсенбі', 'понедельник', 'понедельника', 'понедельник', 'Monday') },
  { value: 'tue', title: l('сейсенбі', 'вторник', 'Tuesday'), aliases: ['сс', 'вт'], forms: day('сейсенбі', 'вторник', 'вторника', 'вторник', 'Tuesday') },
  { value: 'wed', title: l('сәрсенбі', 'среда', 'Wednesday'), aliases: ['ср'], forms: day('сәрсенбі', 'среда', 'среды', 'среду', 'Wednesday') },
  { value: 'thu', title: l('бейсенбі', 'четверг', 'Thursday'), aliases: ['бс', 'чт'], forms: day('бейсенбі', 'четверг', 'четверга', 'четверг', 'Thursday') },
  { value: 'fri', title: l('жұма', 'пятница', 'Friday'), aliases: ['жм', 'пт'], forms: day('жұма', 'пятница', 'пятницы', 'пятницу', 'Friday') },
  { value: 'sat', title: l('сенбі', 'суббота', 'Saturday'), aliases: ['сб'], forms: day('сенбі', 'суббота', 'субботы', 'субботу', 'Saturday') },
  { value: 'sun', title: l('жексенбі', 'воскресенье', 'Sunday'), aliases: ['жс', 'вс'], forms: day('жексенбі', 'воскресенье', 'воскресенья', 'воскресенье', 'Sunday') },
];

export const actKinds: EnumValue[] = [
  { value: 'code', title: l('Кодекс', 'Кодекс', 'Code'), forms: { cue: l('кодекс', 'кодекс', 'code') } },
  { value: 'law', title: l('Заң', 'Закон', 'Law'), forms: { cue: l('заң', 'закон', 'law') } },
  { value: 'presidential-act', title: l('Қазақстан Республикасы Президентінің актісі', 'Акт Президента Республики Казахстан', 'Act of the President'), forms: { cue: l('жарлығы', 'указ', 'decree of the president') } },
  { value: 'government-act', title: l('Қазақстан Республикасы Үкіметінің актісі', 'Акт Правительства Республики Казахстан', 'Act of the Government'), forms: { cue: l('үкіметінің қаулысы', 'постановление правительства', 'decree of the government') } },
  { value: 'ministerial-order', title: l('Министрдің бұйрығы', 'Приказ министра', 'Ministerial order'), forms: { cue: l('бұйрығы', 'приказ', 'order') } },
];

export const approvalActs: EnumValue[] = [
  {
    value: 'government-decree',
    title: l('Үкімет қаулысы', 'Постановление Правительства', 'Government decree'),
    forms: { by: l('қаулысымен', 'постановлением Правительства Республики Казахстан', 'by Decree of the Government of the Republic of Kazakhstan'), of: l('Қазақстан Республикасы Үкіметінің', '', '') },
  },
  {
    value: 'ministerial-order',
    title: l('Министрдің бұйрығы', 'Приказ министра', 'Ministerial order'),
    forms: { by: l('бұйрығымен', 'приказом министра', 'by order of the Minister'), of: l('Министрдің', '', '') },
  },
  {
    value: 'akimat-resolution',
    title: l('Әкімдік қаулысы', 'Постановление акимата', 'Akimat resolution'),
    forms: { by: l('қаулысымен', 'постановлением акимата', 'by resolution of the akimat'), of: l('Әкімдіктің', '', '') },
  },
];

export const channels: EnumValue[] = [
  { value: 'internet-resource', title: l('Интернет-ресурс', 'Интернет-ресурс', 'Internet resource'), forms: { where: l('интернет-ресурста', 'на интернет-ресурсе', 'on the website') } },
  { value: 'call-center', title: l('Call-орталық', 'Call-центр', 'Call centre'), forms: { where: l('call-орталықта, телефон', 'в call-центре по телефону', 'at the call centre, phone') } },
  { value: 'hotline', title: l('Қызу желі қызметі', 'Служба «горячей линии»', 'Hotline'), forms: { where: l('«қызу желі» қызметінде, телефон', 'в службе «горячей линии» по телефону', 'on the hotline, phone') } },
  { value: 'free-phone-reference', title: l('Тегін телефон анықтамасы қызметі', 'Бесплатная телефонная справочная служба', 'Free telephone reference service'), forms: { where: l('тегін телефон анықтамасы қызметінде, телефон', 'в бесплатной телефонной справочной службе по телефону', 'at the free telephone reference service, phone') } },
  { value: 'stand', title: l('Ақпараттық стенд', 'Информационный стенд', 'Information stand'), forms: { where: l('ақпараттық стендтерде', 'на информационных стендах:', 'on information stands:') } },
  { value: 'other', title: l('Басқа', 'Другое', 'Other'), forms: { where: l('', '', '') } },
];

export const resultKinds: EnumValue[] = [
  { value: 'reference', title: l('Анықтама', 'Справка', 'Reference'), forms: { cue: l('анықтама', 'справк', 'reference') } },
  { value: 'permit', title: l('Рұқсат', 'Разрешение', 'Permit'), forms: { cue: l('рұқсат', 'разрешени', 'permit') } },
  { value: 'license', title: l('Лицензия', 'Лицензия', 'Licence'), aliases: ['licence'], forms: { cue: l('лицензия', 'лиценз', 'licen') } },
  { value: 'certificate', title: l('Сертификат', 'Сертификат', 'Certificate'), forms: { cue: l('сертификат', 'сертификат', 'certificate') } },
  { value: 'id-document', title: l('Куәлік', 'Удостоверение', 'Identity document'), forms: { cue: l('куәлік', 'удостоверени', 'identity') } },
  { value: 'medical-conclusion', title: l('Медициналық қорытынды', 'Медицинское заключение', 'Medical conclusion'), forms: { cue: l('медициналық қорытынды', 'медицинское заключение', 'medical conclusion') } },
  { value: 'other', title: l('Басқа', 'Другое', 'Other') },
];

export const resultForms: EnumValue[] = [
  { value: 'paper', title: l('Қағаз жеткізгіштегі құжат', 'Документ на бумажном носителе', 'Paper document'), forms: { how: l('қағаз жеткізгіште', 'на бумажном носителе', 'on paper') } },
  { value: 'electronic', title: l('Электрондық жеткізгіштегі құжат', 'Документ на электронном носителе', 'Electronic document'), forms: { how: l('электрондық нысанда', 'в электронной форме', 'in electronic form') } },
  { value: 'information-system', title: l('Мемлекеттік органның ақпарат жүйесіндегі мәліметтер', 'Сведения в информационной системе государственного органа', 'Record in the body’s information system'), forms: { how: l('мемлекеттік органның ақпараттық жүйесінде', 'в информационной системе государственного органа', 'in the body’s information system') } },
];

export const serviceForms: EnumValue[] = [
  { value: 'fully-automated', title: l('Толық автоматтандырылған', 'Полностью автоматизированная', 'Fully automated'), forms: { nom: l('толық автоматтандырылған', 'полностью автоматизированная', 'fully automated') } },
  { value: 'partially-automated', title: l('Ішінара автоматтандырылған', 'Частично автоматизированная', 'Partially automated'), forms: { nom: l('ішінара автоматтандырылған', 'частично автоматизированная', 'partially automated') } },
  { value: 'non-automated', title: l('Автоматтандырылмаған', 'Неавтоматизированная', 'Not automated'), forms: { nom: l('автоматтандырылмаған', 'неавтоматизированная', 'not automated') } },
];

export const recipients: EnumValue[] = [
  { value: 'individuals', title: l('Жеке тұлғалар', 'Физические лица', 'Individuals'), forms: { dat: l('жеке тұлғаларға', 'физическим лицам', 'individuals') } },
  { value: 'legal-entities', title: l('Заңды тұлғалар', 'Юридические лица', 'Legal entities'), forms: { dat: l('заңды тұлғаларға', 'юридическим лицам', 'legal entities') } },
];

export const deliveries: EnumValue[] = [
  { value: 'in-person', title: l('Жеке келу', 'Личное посещение', 'In person'), forms: { nom: l('жеке келу', 'лично', 'in person') } },
  { value: 'email', title: l('Электрондық пошта', 'Электронная почта', 'Email'), forms: { nom: l('электрондық пошта', 'по электронной почте', 'by email') } },
  { value: 'internet-resource', title: l('Интернет-ресурс арқылы', 'Через интернет-ресурс', 'Via an internet resource'), forms: { nom: l('интернет-ресурс арқылы', 'через интернет-ресурс', 'via the website') } },
  { value: 'courier', title: l('Курьер', 'Курьер', 'Courier'), forms: { nom: l('курьер арқылы', 'курьером', 'by courier') } },
  { value: 'post', title: l('Пошта', 'Почта', 'Post'), forms: { nom: l('пошта арқылы', 'почтой', 'by post') } },
];

export const principles: EnumValue[] = [
  { value: 'politeness', title: l('Сыпайылық', 'Вежливость', 'Politeness'), forms: { nom: l('сыпайылық', 'вежливость', 'politeness') } },
  {
    value: 'complete-information',
    title: l('Көрсетілетін мемлекеттік қызмет туралы толық ақпарат', 'Исчерпывающая информация об оказываемой государственной услуге', 'Complete information about the service'),
    forms: { nom: l('көрсетілетін мемлекеттік қызмет туралы толық ақпарат', 'исчерпывающая информация об оказываемой государственной услуге', 'complete information about the service') },
  },
  {
    value: 'confidentiality',
    title: l(
      'Тұтынушы құжаттарының мазмұны туралы ақпараттың сақталуы, қорғалуы және құпиялылығы',
      'Сохранность, защита и конфиденциальность информации о содержании документов потребителя',
      'Safekeeping, protection and confidentiality of information in the recipient’s documents',
    ),
    forms: { nom: l('тұтынушы құжаттарының мазмұны туралы ақпараттың сақталуы, қорғалуы және құпиялылығы', 'сохранность, защита и конфиденциальность информации о содержании документов потребителя', 'safekeeping, protection and confidentiality of information in the recipient’s documents') },
  },
  {
    value: 'document-safekeeping',
    title: l(
      'Тұтынушы белгіленген мерзімде алмаған құжаттардың сақталуы',
      'Сохранность документов, которые потребитель не получил в установленные сроки',
      'Safekeeping of documents the recipient did not collect in time',
    ),
    forms: { nom: l('тұтынушы белгіленген мерзімде алмаған құжаттардың сақталуы', 'сохранность документов, которые потребитель не получил в установленные сроки', 'safekeeping of documents the recipient did not collect in time') },
  },
];
