/**
 * First-level divisions of Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, Turkmenistan and the
 * Russian Federation: ISO 3166-2 code, English and Russian name as DTM publications write them,
 * and the other spellings found in survey exports (old/Soviet names, local transliterations,
 * ISO names, main cities of a region).
 *
 * Started from iso3166-2-db@2.3.11 (MIT, see licenses/geo/), with its faults fixed:
 * - Kazakhstan as of 2020–2021: Shymkent is a city of republican status (KZ-SHY); KZ-YUZ keeps
 *   its code but the region was renamed Turkistan (2018); `Алма-Ата` is `Алматы`; Baikonur
 *   (KZ-BAY, withdrawn by ISO in 2002) is left out. The 2022 numeric codes (KZ-75 …) and the three
 *   regions created in 2022 (Abai, Jetisu, Ulytau) are accepted as aliases of the 2020–2021
 *   division they were part of, because the boundaries shipped are the pre-2022 ones.
 * - Russian Federation: the 83 subjects recognised by ISO 3166-2 and the United Nations.
 *
 * `kind` says whether a division is a city of republican/federal status, so that "Tashkent city"
 * and "Tashkent region" can be told apart.
 */

export type PlaceKind = 'city' | 'region';

export interface PlaceEntry {
  readonly code: string;
  readonly country: string;
  readonly kind: PlaceKind;
  readonly en: string;
  readonly ru: string;
  readonly aliases: readonly string[];
}

const c = (code: string, country: string, kind: PlaceKind, en: string, ru: string, aliases: readonly string[] = []): PlaceEntry => ({
  code,
  country,
  kind,
  en,
  ru,
  aliases,
});

const KGZ: readonly PlaceEntry[] = [
  c('KG-GB', 'KGZ', 'city', 'Bishkek', 'Бишкек', ['Bishkek city', 'город Бишкек', 'Frunze', 'Фрунзе', 'Bishkek shaary', 'Бишкек шаары']),
  // "Osh" alone may be the city or the region: it is deliberately not a name of either.
  c('KG-GO', 'KGZ', 'city', 'Osh city', 'город Ош', ['г. Ош', 'Osh shaary', 'Ош шаары']),
  c('KG-B', 'KGZ', 'region', 'Batken Region', 'Баткенская область', ['Batken', 'Баткен', 'Kyzyl-Kiya', 'Кызыл-Кия', 'Sulukta']),
  c('KG-J', 'KGZ', 'region', 'Jalal-Abad Region', 'Джалал-Абадская область', [
    'Jalal-Abad', 'Djalal-Abad', 'Dzhalal-Abad', 'Jalalabad', 'Jalal Abad', 'Джалал-Абад', 'Жалал-Абад', 'Жалал-Абад облусу', 'Kara-Kul', 'Tash-Kumyr',
  ]),
  c('KG-N', 'KGZ', 'region', 'Naryn Region', 'Нарынская область', ['Naryn', 'Нарын', 'Нарын облусу']),
  c('KG-O', 'KGZ', 'region', 'Osh Region', 'Ошская область', ['Osh oblast', 'Ош облусу', 'Uzgen', 'Özgön', 'Узген', 'Kara-Suu', 'Кара-Суу']),
  c('KG-T', 'KGZ', 'region', 'Talas Region', 'Таласская область', ['Talas', 'Талас', 'Талас облусу']),
  c('KG-C', 'KGZ', 'region', 'Chui Region', 'Чуйская область', [
    'Chui', 'Chuy', 'Chü', 'Chüy', 'Chuy Province', 'Чуй', 'Чүй облусу', 'Tokmok', 'Tokmak', 'Токмок', 'Kara-Balta', 'Кара-Балта', 'Kant', 'Кант',
  ]),
  c('KG-Y', 'KGZ', 'region', 'Issyk-Kul Region', 'Иссык-Кульская область', [
    'Issyk-Kul', 'Issyk Kul', 'Issykkul', 'Ysyk-Köl', 'Yssyk-Kul', 'Ysyk Kol', 'Иссык-Куль', 'Ысык-Көл', 'Ысык-Көл облусу', 'Karakol', 'Каракол', 'Cholpon-Ata', 'Чолпон-Ата', 'Balykchy', 'Балыкчы',
  ]),
];

const TJK: readonly PlaceEntry[] = [
  c('TJ-DU', 'TJK', 'city', 'Dushanbe', 'Душанбе', ['Dushanbe city', 'Stalinabad', 'Сталинабад']),
  c('TJ-SU', 'TJK', 'region', 'Sughd Region', 'Согдийская область', [
    'Sughd', 'Sugd', 'Sogd', 'Soghd', 'Sughd Province', 'Leninabad', 'Ленинабадская область', 'Ленинабад', 'Согд', 'Сугд', 'вилояти Суғд', 'Khujand', 'Khudzhand', 'Худжанд', 'Istaravshan', 'Isfara', 'Panjakent',
  ]),
  c('TJ-KT', 'TJK', 'region', 'Khatlon Region', 'Хатлонская область', [
    'Khatlon', 'Khatlan', 'Hatlon', 'Хатлон', 'Kulob', 'Kulyab', 'Куляб', 'Кулоб', 'Bokhtar', 'Bokhtar city', 'Бохтар', 'Kurgan-Tyube', 'Kurgan-Tube', 'Qurghonteppa', 'Курган-Тюбе',
  ]),
  c('TJ-GB', 'TJK', 'region', 'Gorno-Badakhshan Autonomous Region', 'Горно-Бадахшанская автономная область', [
    'Gorno-Badakhshan', 'Gorno Badakhshan', 'GBAO', 'ГБАО', 'Gorno-Badakhshan Autonomous Province', 'Gorno-Badakhshan Autonomous Oblast', 'Горно-Бадахшанская', 'Горный Бадахшан', 'Badakhshan', 'Бадахшан', 'Kuhistoni Badakhshon', 'VMKB', 'Khorog', 'Хорог',
  ]),
  c('TJ-RA', 'TJK', 'region', 'Districts of Republican Subordination', 'Районы республиканского подчинения', [
    'DRS', 'RRS', 'RRP', 'РРП', 'Districts under Republican Subordination', 'Districts of Republican Subordination (DRS)', 'Regions of Republican Subordination', 'Republican Subordination', 'Rayons of Republican Subordination', 'Районы республиканского подчинения Таджикистана', 'Районы Республиканского Подчинения (РРП)', 'Tadzhikistan Territories', 'Tajikistan Territories', 'Nohiyahoi tobei jumhuri', 'Hisor', 'Gissar', 'Гиссар', 'Vahdat', 'Вахдат', 'Rasht', 'Tursunzoda', 'Турсунзаде',
  ]),
];

const KAZ: readonly PlaceEntry[] = [
  c('KZ-AST', 'KAZ', 'city', 'Astana', 'Астана', ['Nur-Sultan', 'Nursultan', 'Нур-Султан', 'Astana city', 'Akmola city', 'Aqmola city', 'Tselinograd', 'Целиноград', 'KZ-71']),
  c('KZ-ALA', 'KAZ', 'city', 'Almaty', 'Алматы', ['Almaty city', 'Алма-Ата', 'Alma-Ata', 'Almaty qalasy', 'Алматы қаласы', 'KZ-75']),
  c('KZ-SHY', 'KAZ', 'city', 'Shymkent', 'Шымкент', ['Shymkent city', 'Chimkent', 'Şımkent', 'Чимкент', 'KZ-79']),
  c('KZ-AKM', 'KAZ', 'region', 'Akmola Region', 'Акмолинская область', ['Akmola', 'Aqmola', 'Aqmola oblysy', 'Ақмола облысы', 'Kokshetau', 'Kökshetau', 'Кокшетау', 'KZ-11']),
  c('KZ-AKT', 'KAZ', 'region', 'Aktobe Region', 'Актюбинская область', ['Aktobe', 'Aqtöbe', 'Aktyubinsk', 'Актобе', 'Актюбинск', 'Ақтөбе облысы', 'KZ-15']),
  c('KZ-ALM', 'KAZ', 'region', 'Almaty Region', 'Алматинская область', [
    'Almaty oblysy', 'Almaty oblast', 'Almaty Province', 'Алматы облысы', 'Taldykorgan', 'Taldyqorghan', 'Талдыкорган', 'Jetisu', 'Zhetisu', 'Жетысуская область', 'Kapchagay', 'Qonaev', 'Konaev', 'Қонаев', 'Капчагай', 'KZ-19', 'KZ-33',
  ]),
  c('KZ-ATY', 'KAZ', 'region', 'Atyrau Region', 'Атырауская область', ['Atyrau', 'Atyraū', 'Атырау', 'Guryev', 'Гурьев', 'KZ-23']),
  c('KZ-VOS', 'KAZ', 'region', 'East Kazakhstan Region', 'Восточно-Казахстанская область', [
    'East Kazakhstan', 'Shyghys Qazaqstan', 'Shygys Kazakhstan', 'ВКО', 'EKR', 'Ust-Kamenogorsk', 'Oskemen', 'Öskemen', 'Усть-Каменогорск', 'Өскемен', 'Semey', 'Semipalatinsk', 'Семей', 'Семипалатинск', 'Abai Region', 'Abay', 'Абайская область', 'KZ-63', 'KZ-10',
  ]),
  c('KZ-ZHA', 'KAZ', 'region', 'Zhambyl Region', 'Жамбылская область', ['Zhambyl', 'Jambyl', 'Zhambyl oblysy', 'Dzhambul', 'Жамбыл', 'Джамбульская область', 'Taraz', 'Тараз', 'KZ-31']),
  c('KZ-ZAP', 'KAZ', 'region', 'West Kazakhstan Region', 'Западно-Казахстанская область', [
    'West Kazakhstan', 'Batys Qazaqstan', 'Batys Kazakhstan', 'ЗКО', 'WKR', 'Uralsk', 'Oral', 'Уральск', 'Орал', 'KZ-27',
  ]),
  c('KZ-KAR', 'KAZ', 'region', 'Karaganda Region', 'Карагандинская область', [
    'Karaganda', 'Karagandy', 'Qaraghandy', 'Qaragandy', 'Караганда', 'Қарағанды облысы', 'Temirtau', 'Темиртау', 'Balkhash', 'Балхаш', 'Zhezkazgan', 'Жезказган', 'Ulytau', 'Ulytau Region', 'Улытауская область', 'KZ-35', 'KZ-62',
  ]),
  c('KZ-KUS', 'KAZ', 'region', 'Kostanay Region', 'Костанайская область', ['Kostanay', 'Qostanay', 'Kustanai', 'Костанай', 'Кустанай', 'Rudny', 'Рудный', 'KZ-39']),
  c('KZ-KZY', 'KAZ', 'region', 'Kyzylorda Region', 'Кызылординская область', ['Kyzylorda', 'Qyzylorda', 'Kzyl-Orda', 'Кызылорда', 'Қызылорда', 'KZ-43']),
  c('KZ-MAN', 'KAZ', 'region', 'Mangystau Region', 'Мангистауская область', ['Mangystau', 'Mangghystau', 'Mangghystaū', 'Mangistau', 'Mangyshlak', 'Мангистау', 'Мангыстау', 'Aktau', 'Aqtau', 'Актау', 'Zhanaozen', 'Жанаозен', 'KZ-47']),
  c('KZ-PAV', 'KAZ', 'region', 'Pavlodar Region', 'Павлодарская область', ['Pavlodar', 'Павлодар', 'Ekibastuz', 'Экибастуз', 'KZ-55']),
  c('KZ-SEV', 'KAZ', 'region', 'North Kazakhstan Region', 'Северо-Казахстанская область', [
    'North Kazakhstan', 'Soltüstik Qazaqstan', 'Soltustik Kazakhstan', 'СКО', 'NKR', 'Petropavlovsk', 'Petropavl', 'Петропавловск', 'Петропавл', 'KZ-59',
  ]),
  c('KZ-YUZ', 'KAZ', 'region', 'Turkistan Region', 'Туркестанская область', [
    'Turkistan', 'Turkestan', 'Türkistan', 'Туркестан', 'Түркістан облысы', 'South Kazakhstan', 'Ongtüstik Qazaqstan', 'Ongtustik Kazakhstan', 'Южно-Казахстанская область', 'ЮКО', 'Kentau', 'Кентау', 'KZ-61',
  ]),
];

const UZB: readonly PlaceEntry[] = [
  c('UZ-TK', 'UZB', 'city', 'Tashkent', 'Ташкент', ['Tashkent city', 'Toshkent', 'Toshkent shahri', 'город Ташкент', 'Тошкент шаҳри']),
  c('UZ-QR', 'UZB', 'region', 'Republic of Karakalpakstan', 'Республика Каракалпакстан', ['Karakalpakstan', 'Qoraqalpogʻiston', 'Qoraqalpog‘iston Respublikasi', 'Каракалпакия', 'Nukus', 'Нукус']),
  c('UZ-AN', 'UZB', 'region', 'Andijan Region', 'Андижанская область', ['Andijan', 'Andijon', 'Andizhan', 'Андижан']),
  c('UZ-BU', 'UZB', 'region', 'Bukhara Region', 'Бухарская область', ['Bukhara', 'Buxoro', 'Bukhoro', 'Бухара']),
  c('UZ-FA', 'UZB', 'region', 'Fergana Region', 'Ферганская область', ['Fergana', 'Ferghana', 'Fargʻona', 'Фергана', 'Kokand', 'Qoʻqon', 'Коканд', 'Margilan', 'Маргилан']),
  c('UZ-JI', 'UZB', 'region', 'Jizzakh Region', 'Джизакская область', ['Jizzakh', 'Jizzax', 'Jizak', 'Dzhizak', 'Джизак']),
  c('UZ-QA', 'UZB', 'region', 'Kashkadarya Region', 'Кашкадарьинская область', ['Kashkadarya', 'Qashqadaryo', 'Кашкадарья', 'Karshi', 'Qarshi', 'Карши']),
  c('UZ-XO', 'UZB', 'region', 'Khorezm Region', 'Хорезмская область', ['Khorezm', 'Xorazm', 'Khorazm', 'Хорезм', 'Urgench', 'Urganch', 'Ургенч', 'Khiva', 'Хива']),
  c('UZ-NG', 'UZB', 'region', 'Namangan Region', 'Наманганская область', ['Namangan', 'Наманган']),
  c('UZ-NW', 'UZB', 'region', 'Navoi Region', 'Навоийская область', ['Navoi', 'Navoiy', 'Navoiy Province', 'Навои']),
  c('UZ-SA', 'UZB', 'region', 'Samarkand Region', 'Самаркандская область', ['Samarkand', 'Samarqand', 'Самарканд']),
  c('UZ-SU', 'UZB', 'region', 'Surkhandarya Region', 'Сурхандарьинская область', ['Surkhandarya', 'Surxondaryo', 'Сурхандарья', 'Termez', 'Termiz', 'Термез']),
  c('UZ-SI', 'UZB', 'region', 'Syrdarya Region', 'Сырдарьинская область', ['Syrdarya', 'Sirdaryo', 'Сырдарья', 'Gulistan', 'Guliston', 'Гулистан']),
  c('UZ-TO', 'UZB', 'region', 'Tashkent Region', 'Ташкентская область', ['Toshkent viloyati', 'Tashkent oblast', 'Tashkent Province', 'Ташкент вилояти', 'Chirchiq', 'Chirchik', 'Чирчик', 'Angren', 'Ангрен', 'Almalyk', 'Олмалиқ', 'Алмалык']),
];

const TKM: readonly PlaceEntry[] = [
  c('TM-S', 'TKM', 'city', 'Ashgabat', 'Ашхабад', ['Ashgabat city', 'Aşgabat', 'Ashkhabad', 'Ashgabad', 'Ашгабат']),
  c('TM-A', 'TKM', 'region', 'Ahal Region', 'Ахалский велаят', ['Ahal', 'Akhal', 'Ahal welaýaty', 'Ахал', 'Ахалская область', 'Anau', 'Arkadag', 'Tejen', 'Теджен']),
  c('TM-B', 'TKM', 'region', 'Balkan Region', 'Балканский велаят', ['Balkan', 'Balkan welaýaty', 'Балкан', 'Балканская область', 'Balkanabat', 'Nebitdag', 'Turkmenbashi', 'Türkmenbaşy', 'Krasnovodsk', 'Туркменбаши', 'Балканабат']),
  c('TM-D', 'TKM', 'region', 'Dashoguz Region', 'Дашогузский велаят', ['Dashoguz', 'Daşoguz', 'Dashhowuz', 'Dashkhovuz', 'Tashauz', 'Дашогуз', 'Дашховуз', 'Ташауз', 'Ташаузская область', 'Дашогузская область']),
  c('TM-L', 'TKM', 'region', 'Lebap Region', 'Лебапский велаят', ['Lebap', 'Лебап', 'Лебапская область', 'Chardzhou', 'Chardzhev', 'Chärjew', 'Чарджоу', 'Чарджуйская область', 'Turkmenabat', 'Türkmenabat', 'Туркменабад']),
  c('TM-M', 'TKM', 'region', 'Mary Region', 'Марыйский велаят', ['Mary', 'Мары', 'Марыйская область', 'Mary welaýaty']),
];

/** [code, English, Russian, aliases…] for the 83 subjects of the Russian Federation. */
const RUS_ROWS: ReadonlyArray<readonly [string, string, string, ...string[]]> = [
  ['MOW', 'Moscow', 'Москва', 'Moscow city', 'Moskva', 'город Москва', 'Мск'],
  ['SPE', 'Saint Petersburg', 'Санкт-Петербург', 'St. Petersburg', 'St Petersburg', 'Sankt-Peterburg', 'City of St. Petersburg', 'Петербург', 'СПб', 'Piter'],
  ['AD', 'Republic of Adygea', 'Республика Адыгея', 'Adygea', 'Adygeya', 'Adygey', 'Адыгея', 'Maykop', 'Майкоп'],
  ['AL', 'Altai Republic', 'Республика Алтай', 'Gorno-Altay', 'Gorno-Altai', 'Gorno-Altaysk', 'Горно-Алтайск'],
  ['BA', 'Republic of Bashkortostan', 'Республика Башкортостан', 'Bashkortostan', 'Bashkiria', 'Башкирия', 'Башкортостан', 'Ufa', 'Уфа', 'Sterlitamak', 'Стерлитамак'],
  ['BU', 'Republic of Buryatia', 'Республика Бурятия', 'Buryatia', 'Buryat', 'Бурятия', 'Ulan-Ude', 'Улан-Удэ'],
  ['CE', 'Chechen Republic', 'Чеченская Республика', 'Chechnya', 'Чечня', 'Grozny', 'Грозный'],
  ['CU', 'Chuvash Republic', 'Чувашская Республика', 'Chuvashia', 'Chuvash', 'Чувашия', 'Cheboksary', 'Чебоксары'],
  ['DA', 'Republic of Dagestan', 'Республика Дагестан', 'Dagestan', 'Daghestan', 'Дагестан', 'Makhachkala', 'Махачкала', 'Derbent', 'Дербент'],
  ['IN', 'Republic of Ingushetia', 'Республика Ингушетия', 'Ingushetia', 'Ingush', 'Ингушетия', 'Magas', 'Nazran', 'Назрань'],
  ['KB', 'Kabardino-Balkarian Republic', 'Кабардино-Балкарская Республика', 'Kabardino-Balkaria', 'Kabardin-Balkar', 'Кабардино-Балкария', 'Nalchik', 'Нальчик'],
  ['KL', 'Republic of Kalmykia', 'Республика Калмыкия', 'Kalmykia', 'Kalmyk', 'Калмыкия', 'Elista', 'Элиста'],
  ['KC', 'Karachay-Cherkess Republic', 'Карачаево-Черкесская Республика', 'Karachay-Cherkessia', 'Karachay-Cherkess', 'Карачаево-Черкесия', 'Cherkessk', 'Черкесск'],
  ['KR', 'Republic of Karelia', 'Республика Карелия', 'Karelia', 'Kareliya', 'Карелия', 'Petrozavodsk', 'Петрозаводск'],
  ['KK', 'Republic of Khakassia', 'Республика Хакасия', 'Khakassia', 'Khakass', 'Хакасия', 'Abakan', 'Абакан'],
  ['KO', 'Komi Republic', 'Республика Коми', 'Komi', 'Коми', 'Syktyvkar', 'Сыктывкар', 'Ukhta', 'Ухта', 'Vorkuta', 'Воркута'],
  ['ME', 'Mari El Republic', 'Республика Марий Эл', 'Mari El', 'Mariy-El', 'Марий Эл', 'Yoshkar-Ola', 'Йошкар-Ола'],
  ['MO', 'Republic of Mordovia', 'Республика Мордовия', 'Mordovia', 'Мордовия', 'Saransk', 'Саранск'],
  ['SA', 'Sakha (Yakutia) Republic', 'Республика Саха (Якутия)', 'Sakha', 'Yakutia', 'Sakha (Yakutia)', 'Якутия', 'Саха', 'Yakutsk', 'Якутск'],
  ['SE', 'Republic of North Ossetia–Alania', 'Республика Северная Осетия — Алания', 'North Ossetia', 'North Ossetia-Alania', 'Severnaya Osetiya-Alaniya', 'Северная Осетия', 'Vladikavkaz', 'Владикавказ'],
  ['TA', 'Republic of Tatarstan', 'Республика Татарстан', 'Tatarstan', 'Татарстан', 'Татария', 'Kazan', 'Казань', 'Naberezhnye Chelny', 'Набережные Челны', 'Nizhnekamsk', 'Нижнекамск', 'Almetyevsk', 'Альметьевск'],
  ['TY', 'Tuva Republic', 'Республика Тыва', 'Tuva', 'Tyva', 'Тыва', 'Тува', 'Kyzyl', 'Кызыл'],
  ['UD', 'Udmurt Republic', 'Удмуртская Республика', 'Udmurtia', 'Udmurt', 'Удмуртия', 'Izhevsk', 'Ижевск'],
  ['ALT', 'Altai Krai', 'Алтайский край', 'Altay Krai', 'Barnaul', 'Барнаул', 'Biysk', 'Бийск'],
  ['KAM', 'Kamchatka Krai', 'Камчатский край', 'Kamchatka', 'Камчатка', 'Petropavlovsk-Kamchatsky', 'Петропавловск-Камчатский'],
  ['KHA', 'Khabarovsk Krai', 'Хабаровский край', 'Khabarovsk', 'Хабаровск', 'Komsomolsk-on-Amur', 'Комсомольск-на-Амуре'],
  ['KDA', 'Krasnodar Krai', 'Краснодарский край', 'Krasnodar', 'Краснодар', 'Kuban', 'Кубань', 'Sochi', 'Сочи', 'Novorossiysk', 'Новороссийск', 'Armavir', 'Армавир'],
  ['KYA', 'Krasnoyarsk Krai', 'Красноярский край', 'Krasnoyarsk', 'Красноярск', 'Norilsk', 'Норильск'],
  ['PER', 'Perm Krai', 'Пермский край', "Perm'", 'Perm', 'Пермь'],
  ['PRI', 'Primorsky Krai', 'Приморский край', "Primor'ye", 'Primorye', 'Приморье', 'Vladivostok', 'Владивосток', 'Nakhodka', 'Находка'],
  ['STA', 'Stavropol Krai', 'Ставропольский край', "Stavropol'", 'Stavropol', 'Ставрополь', 'Pyatigorsk', 'Пятигорск'],
  ['ZAB', 'Zabaykalsky Krai', 'Забайкальский край', 'Zabaykalsky', 'Zabaikalsky', 'Transbaikal', 'Забайкалье', 'Chita', 'Чита', 'Chita Oblast', 'Читинская область'],
  ['AMU', 'Amur Oblast', 'Амурская область', 'Amur', 'Blagoveshchensk', 'Благовещенск'],
  ['ARK', 'Arkhangelsk Oblast', 'Архангельская область', "Arkhangel'sk", 'Archangelsk', 'Архангельск', 'Severodvinsk', 'Северодвинск'],
  ['AST', 'Astrakhan Oblast', 'Астраханская область', "Astrakhan'", 'Астрахань'],
  ['BEL', 'Belgorod Oblast', 'Белгородская область', 'Белгород', 'Stary Oskol', 'Старый Оскол'],
  ['BRY', 'Bryansk Oblast', 'Брянская область', 'Брянск'],
  ['CHE', 'Chelyabinsk Oblast', 'Челябинская область', 'Челябинск', 'Magnitogorsk', 'Магнитогорск', 'Zlatoust', 'Златоуст'],
  ['IRK', 'Irkutsk Oblast', 'Иркутская область', 'Иркутск', 'Bratsk', 'Братск', 'Angarsk', 'Ангарск'],
  ['IVA', 'Ivanovo Oblast', 'Ивановская область', 'Иваново'],
  ['KGD', 'Kaliningrad Oblast', 'Калининградская область', 'Калининград'],
  ['KLU', 'Kaluga Oblast', 'Калужская область', 'Калуга', 'Obninsk', 'Обнинск'],
  ['KEM', 'Kemerovo Oblast', 'Кемеровская область', 'Kemerovo Oblast – Kuzbass', 'Kuzbass', 'Кузбасс', 'Кемерово', 'Novokuznetsk', 'Новокузнецк'],
  ['KIR', 'Kirov Oblast', 'Кировская область', 'Киров'],
  ['KOS', 'Kostroma Oblast', 'Костромская область', 'Кострома'],
  ['KGN', 'Kurgan Oblast', 'Курганская область', 'Курган'],
  ['KRS', 'Kursk Oblast', 'Курская область', 'Курск'],
  ['LEN', 'Leningrad Oblast', 'Ленинградская область', 'Ленобласть', 'Gatchina', 'Гатчина', 'Vyborg', 'Выборг'],
  ['LIP', 'Lipetsk Oblast', 'Липецкая область', 'Липецк'],
  ['MAG', 'Magadan Oblast', 'Магаданская область', 'Магадан', 'Maga Buryatdan'],
  ['MOS', 'Moscow Oblast', 'Московская область', 'Moscow Region', 'Moskovskaya', 'Moskovsskaya', 'Подмосковье', 'Podolsk', 'Подольск', 'Khimki', 'Химки', 'Balashikha', 'Балашиха', 'Mytishchi', 'Мытищи', 'Lyubertsy', 'Люберцы', 'Korolyov', 'Королёв', 'Krasnogorsk', 'Красногорск', 'Odintsovo', 'Одинцово', 'Domodedovo', 'Домодедово'],
  ['MUR', 'Murmansk Oblast', 'Мурманская область', 'Мурманск'],
  ['NIZ', 'Nizhny Novgorod Oblast', 'Нижегородская область', 'Nizhegorod', 'Nizhegorodskaya', 'Нижний Новгород', 'Dzerzhinsk', 'Дзержинск'],
  ['NGR', 'Novgorod Oblast', 'Новгородская область', 'Veliky Novgorod', 'Великий Новгород'],
  ['NVS', 'Novosibirsk Oblast', 'Новосибирская область', 'Новосибирск'],
  ['OMS', 'Omsk Oblast', 'Омская область', 'Омск'],
  ['ORE', 'Orenburg Oblast', 'Оренбургская область', 'Оренбург', 'Orsk', 'Орск'],
  ['ORL', 'Oryol Oblast', 'Орловская область', 'Orel', 'Oryol', 'Орёл'],
  ['PNZ', 'Penza Oblast', 'Пензенская область', 'Пенза'],
  ['PSK', 'Pskov Oblast', 'Псковская область', 'Псков'],
  ['ROS', 'Rostov Oblast', 'Ростовская область', 'Rostov-on-Don', 'Rostov-na-Donu', 'Ростов-на-Дону', 'Taganrog', 'Таганрог', 'Shakhty', 'Шахты'],
  ['RYA', 'Ryazan Oblast', 'Рязанская область', "Ryazan'", 'Рязань'],
  ['SAK', 'Sakhalin Oblast', 'Сахалинская область', 'Sakhalin', 'Сахалин', 'Yuzhno-Sakhalinsk', 'Южно-Сахалинск'],
  ['SAM', 'Samara Oblast', 'Самарская область', 'Самара', 'Tolyatti', 'Togliatti', 'Тольятти', 'Syzran', 'Сызрань'],
  ['SAR', 'Saratov Oblast', 'Саратовская область', 'Саратов', 'Engels', 'Энгельс', 'Balakovo', 'Балаково'],
  ['SMO', 'Smolensk Oblast', 'Смоленская область', 'Смоленск'],
  ['SVE', 'Sverdlovsk Oblast', 'Свердловская область', 'Sverdlovsk', 'Yekaterinburg', 'Ekaterinburg', 'Jekaterinburg', 'Екатеринбург', 'Свердловск', 'Nizhny Tagil', 'Нижний Тагил', 'Kamensk-Uralsky', 'Каменск-Уральский'],
  ['TAM', 'Tambov Oblast', 'Тамбовская область', 'Тамбов'],
  ['TOM', 'Tomsk Oblast', 'Томская область', 'Томск', 'Seversk', 'Северск'],
  ['TUL', 'Tula Oblast', 'Тульская область', 'Тула', 'Novomoskovsk', 'Новомосковск'],
  ['TVE', 'Tver Oblast', 'Тверская область', "Tver'", 'Тверь'],
  ['TYU', 'Tyumen Oblast', 'Тюменская область', "Tyumen'", 'Тюмень', 'Tobolsk', 'Тобольск'],
  ['ULY', 'Ulyanovsk Oblast', 'Ульяновская область', "Ul'yanovsk", 'Ульяновск', 'Dimitrovgrad', 'Димитровград'],
  ['VLA', 'Vladimir Oblast', 'Владимирская область', 'Владимир', 'Kovrov', 'Ковров', 'Murom', 'Муром'],
  ['VGG', 'Volgograd Oblast', 'Волгоградская область', 'Волгоград', 'Volzhsky', 'Волжский'],
  ['VLG', 'Vologda Oblast', 'Вологодская область', 'Вологда', 'Cherepovets', 'Череповец'],
  ['VOR', 'Voronezh Oblast', 'Воронежская область', 'Воронеж'],
  ['YAR', 'Yaroslavl Oblast', 'Ярославская область', "Yaroslavl'", 'Ярославль', 'Rybinsk', 'Рыбинск'],
  ['YEV', 'Jewish Autonomous Oblast', 'Еврейская автономная область', 'Jewish Autonomous Region', 'Yevrey', 'Yevreyskaya', 'ЕАО', 'Birobidzhan', 'Биробиджан'],
  ['CHU', 'Chukotka Autonomous Okrug', 'Чукотский автономный округ', 'Chukotka', 'Chukchi Autonomous Okrug', 'Чукотка', 'Anadyr', 'Анадырь'],
  ['KHM', 'Khanty-Mansi Autonomous Okrug – Yugra', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug', 'Khanty-Mansiy', 'Khanty-Mansi', 'KhMAO', 'ХМАО', 'Yugra', 'Югра', 'Ханты-Мансийский автономный округ', 'Khanty-Mansiysk', 'Ханты-Мансийск', 'Surgut', 'Сургут', 'Nizhnevartovsk', 'Нижневартовск', 'Nefteyugansk', 'Нефтеюганск'],
  ['NEN', 'Nenets Autonomous Okrug', 'Ненецкий автономный округ', 'Nenets', 'НАО', 'Naryan-Mar', 'Нарьян-Мар'],
  ['YAN', 'Yamalo-Nenets Autonomous Okrug', 'Ямало-Ненецкий автономный округ', 'Yamal-Nenets', 'Yamalo-Nenets', 'YaNAO', 'ЯНАО', 'Yamal', 'Ямал', 'Salekhard', 'Салехард', 'Novy Urengoy', 'Новый Уренгой', 'Noyabrsk', 'Ноябрьск'],
];

const RUS: readonly PlaceEntry[] = RUS_ROWS.map(([code, en, ru, ...aliases]) =>
  c(`RU-${code}`, 'RUS', code === 'MOW' || code === 'SPE' ? 'city' : 'region', en, ru, aliases),
);

/** Every division, countries in section order (Kyrgyzstan, Tajikistan, Kazakhstan, Russia, then others). */
export const PLACE_ENTRIES: readonly PlaceEntry[] = [...KGZ, ...TJK, ...KAZ, ...RUS, ...UZB, ...TKM];
