/**
 * The fixed text of every bulletin, in English and Russian: the series, "About the project",
 * the glossary, the disclaimers and the publisher block. Written for this project from the facts
 * of the published bulletin 6 and the regional appeal (seeds 000–003); definitions follow the IOM
 * Glossary on Migration as the published bulletin does.
 */
import type { Localized } from '../schema/template.js';

const L = (en: string, ru: string): Localized => ({ en, ru });

export const SERIES = L(
  'Mitigating Socio-Economic Effects of the COVID-19 Pandemic on Migrants and Communities in Central Asia and the Russian Federation',
  'Смягчение социально-экономических последствий пандемии COVID-19 для мигрантов и местных сообществ в Центральной Азии и Российской Федерации',
);

export const ORGANISATION = L('International Organization for Migration (IOM)', 'Международная организация по миграции (МОМ)');

export const FUNDING_LINE = L(
  'Funded by the Swiss Agency for Development and Cooperation (SDC)',
  'При финансовой поддержке Швейцарского управления по развитию и сотрудничеству (SDC)',
);

export const ABOUT: Localized[] = [
  L(
    'This bulletin is part of a series on the activities implemented by the International Organization for Migration (IOM) in Central Asia and the Russian Federation under the project “Mitigating Socio-Economic Effects of the COVID-19 Pandemic on Migrants and Communities in Central Asia and the Russian Federation”, funded by the Swiss Agency for Development and Cooperation (SDC). The project contributes to the overall objective of the IOM COVID-19 Global Strategic Preparedness and Response Plan: to halt further transmission of COVID-19 and to mitigate the impact of the outbreak, including its social and economic aspects. While the efforts are initially focused on preparedness and response, IOM keeps the need for recovery in mind, following the approach of “Leaving No One Behind”.',
    'Настоящий бюллетень входит в серию публикаций о деятельности Международной организации по миграции (МОМ) в Центральной Азии и Российской Федерации в рамках проекта «Смягчение социально-экономических последствий пандемии COVID-19 для мигрантов и местных сообществ в Центральной Азии и Российской Федерации», который финансируется Швейцарским управлением по развитию и сотрудничеству (SDC). Проект вносит вклад в достижение общей цели Глобального стратегического плана МОМ по обеспечению готовности и реагированию на COVID-19: остановить дальнейшее распространение COVID-19 и смягчить последствия вспышки, в том числе социальные и экономические. Хотя на начальном этапе усилия сосредоточены на готовности и реагировании, МОМ учитывает и задачи восстановления, руководствуясь принципом «Никто не должен быть забыт».',
  ),
  L(
    'The project contributes to three goals of the IOM regional appeal: to improve the understanding of migration dynamics through evidence and data collected with the IOM Displacement Tracking Matrix (DTM); to improve the protection of vulnerable migrants and their access to basic services; and to increase financial inclusion and digital remittance transfers by Central Asian migrants.',
    'Проект способствует достижению трёх целей регионального призыва МОМ: углубить понимание миграционной динамики на основе фактических данных, собранных с помощью Матрицы отслеживания перемещения (DTM) МОМ; усилить защиту уязвимых мигрантов и обеспечить их доступ к базовым услугам; расширить финансовую доступность и использование цифровых денежных переводов мигрантами из Центральной Азии.',
  ),
  L(
    'The key partners of IOM in implementing the project are the governments of the participating countries in Central Asia and the Russian Federation, local authorities, national banks, the private sector and civil society organizations (CSOs).',
    'Ключевыми партнёрами МОМ в реализации проекта являются правительства стран-участниц в Центральной Азии и Российской Федерации, местные органы власти, национальные банки, частный сектор и организации гражданского общества (ОГО).',
  ),
];

/** Opening sentence of "Purpose of the bulletin"; `{area}` is the template's thematic area. */
export const PURPOSE_LEAD = L(
  'This bulletin provides an overview of the data included in the thematic area “{area}”.',
  'В настоящем бюллетене представлен обзор данных по тематическому направлению «{area}».',
);

export interface GlossaryEntry {
  term: Localized;
  definition: Localized;
}

export const GLOSSARY: GlossaryEntry[] = [
  {
    term: L('Migrant', 'Мигрант'),
    definition: L(
      'at the international level, no universally accepted definition of migrant exists. The term migrant is usually understood to cover all cases where the decision to migrate is taken freely by the individual concerned for reasons of “personal convenience” and without intervention of an external compelling factor. This term, therefore, applies to persons, and family members, moving to another country or region to improve material or social conditions and improve their own or their family prospects.',
      'на международном уровне общепринятого определения термина «мигрант» не существует. Обычно этот термин охватывает все случаи, когда решение о миграции принимается человеком свободно, по соображениям «личного удобства» и без вмешательства внешнего принуждающего фактора. Поэтому он применяется к лицам и членам их семей, которые переезжают в другую страну или регион, чтобы улучшить свои материальные или социальные условия и перспективы для себя или своей семьи.',
    ),
  },
  {
    // one entry for the three countries of return (the same definition three times says nothing more)
    term: L('Returnees (in Kyrgyzstan, Tajikistan and Uzbekistan)', 'Вернувшиеся мигранты (в Кыргызстане, Таджикистане и Узбекистане)'),
    definition: L(
      'nationals or natives of the country of return (Kyrgyzstan, Tajikistan or Uzbekistan) who returned there after living for at least three consecutive months abroad, during or after March 2020.',
      'граждане или уроженцы страны возвращения (Кыргызстана, Таджикистана или Узбекистана), которые вернулись в неё после проживания за рубежом в течение не менее трёх месяцев подряд, в марте 2020 г. или позднее.',
    ),
  },
  {
    term: L('Stranded migrant (in Kazakhstan)', 'Мигрант, оказавшийся в затруднительном положении (в Казахстане)'),
    definition: L(
      'a person who 1) was identified as a migrant, 2) is currently located in any of the 12 regions of Kazakhstan and within the borders of Kazakhstan, 3) has been in Kazakhstan for over one month at the time of assessment, 4) has the intention to return to his/her country of origin, but is unable to do so.',
      'лицо, которое 1) было идентифицировано как мигрант; 2) в настоящее время находится в одном из 12 регионов Казахстана, в пределах его границ; 3) на момент оценки находится в Казахстане более одного месяца; 4) намерено вернуться в страну происхождения, но не может этого сделать.',
    ),
  },
  {
    term: L('Stranded migrant (in the Russian Federation)', 'Мигрант, оказавшийся в затруднительном положении (в Российской Федерации)'),
    definition: L(
      'a person who 1) was identified as a migrant, 2) is currently located in any of the three cities covered by this assessment and within the borders of the Russian Federation, 3) has been in the Russian Federation for over one month at the time of assessment, 4) has the intention to return to his/her country of origin, but is unable to do so.',
      'лицо, которое 1) было идентифицировано как мигрант; 2) в настоящее время находится в одном из трёх городов, охваченных оценкой, в пределах границ Российской Федерации; 3) на момент оценки находится в Российской Федерации более одного месяца; 4) намерено вернуться в страну происхождения, но не может этого сделать.',
    ),
  },
  {
    term: L('The Displacement Tracking Matrix (DTM)', 'Матрица отслеживания перемещения (DTM)'),
    definition: L(
      'a system to track and monitor displacement and population mobility. It is designed to regularly and systematically capture, process and disseminate information to provide a better understanding of the movements and evolving needs of displaced populations, whether on-site or en route.',
      'система отслеживания и мониторинга перемещения и мобильности населения. Она предназначена для регулярного и систематического сбора, обработки и распространения информации, чтобы лучше понимать передвижения и меняющиеся потребности перемещённого населения — как в местах пребывания, так и в пути.',
    ),
  },
  {
    term: L('DRS (Tajikistan)', 'РРП (Таджикистан)'),
    definition: L(
      'Districts of Republican Subordination, the districts around Dushanbe that are governed directly by the central government and belong to no region.',
      'районы республиканского подчинения — районы вокруг Душанбе, которые подчиняются непосредственно центральному правительству и не входят ни в одну область.',
    ),
  },
  {
    term: L('GBAO (Tajikistan)', 'ГБАО (Таджикистан)'),
    definition: L('Gorno-Badakhshan Autonomous Region, in the east of Tajikistan.', 'Горно-Бадахшанская автономная область на востоке Таджикистана.'),
  },
];

export const GLOSSARY_NOTE = L(
  '*The definitions are used in conformity with the IOM Glossary on Migration; the key terms above are used for operational purposes for this specific exercise.',
  '*Определения используются в соответствии с Глоссарием МОМ по миграции; приведённые выше ключевые термины используются в рабочих целях в рамках данного исследования.',
);

export const GLOSSARY_SOURCE = L(
  'Source: Glossary on Migration. International Migration Law No. 34, IOM, Geneva; publications.iom.int/books/international-migration-law-ndeg34-glossary-migration',
  'Источник: Glossary on Migration. International Migration Law No. 34, МОМ, Женева (Глоссарий по миграции); publications.iom.int/books/international-migration-law-ndeg34-glossary-migration',
);

export const DISCLAIMER: Localized[] = [
  L(
    'The opinions expressed in the report are those of the authors and do not necessarily reflect the views of the International Organization for Migration (IOM). The designations employed and the presentation of material throughout the report do not imply expression of any opinion whatsoever on the part of IOM concerning the legal status of any country, territory, city or area, or of its authorities, or concerning its frontiers or boundaries.',
    'Мнения, выраженные в настоящем докладе, принадлежат авторам и не обязательно отражают точку зрения Международной организации по миграции (МОМ). Используемые обозначения и изложение материала в докладе не означают выражения какого-либо мнения со стороны МОМ относительно правового статуса какой-либо страны, территории, города или района, их властей, а также относительно их границ.',
  ),
  L(
    'IOM is committed to the principle that humane and orderly migration benefits migrants and society. As an intergovernmental organization, IOM acts with its partners in the international community to: assist in meeting the operational challenges of migration; advance understanding of migration issues; encourage social and economic development through migration; and uphold the human dignity and well-being of migrants.',
    'МОМ руководствуется принципом, согласно которому гуманная и упорядоченная миграция приносит пользу мигрантам и обществу. Как межправительственная организация МОМ действует совместно со своими партнёрами в международном сообществе, чтобы помогать в решении практических задач в области миграции, углублять понимание миграционных проблем, содействовать социально-экономическому развитию посредством миграции и защищать человеческое достоинство и благополучие мигрантов.',
  ),
  L(
    'This publication was made possible through support provided by the Swiss Agency for Development and Cooperation (SDC) under the terms of the initiative “Mitigating Socio-Economic Effects of the COVID-19 Pandemic on Migrants and Communities in Central Asia and the Russian Federation”. The opinions expressed herein are those of the authors and do not necessarily reflect the views of IOM or SDC.',
    'Настоящая публикация подготовлена при поддержке Швейцарского управления по развитию и сотрудничеству (SDC) в рамках инициативы «Смягчение социально-экономических последствий пандемии COVID-19 для мигрантов и местных сообществ в Центральной Азии и Российской Федерации». Мнения, выраженные в публикации, принадлежат авторам и не обязательно отражают точку зрения МОМ или SDC.',
  ),
];

/** Under every map (docs/bulletins.md); one text, kept with the map attribution in i18n/map-attribution.ts. */
export { MAP_DISCLAIMER } from './map-attribution.js';

export const PUBLISHER_TITLE = L('Publisher:', 'Издатель:');

export const PUBLISHER: Localized[][] = [
  [
    L('International Organization for Migration (IOM) / UN Migration Agency', 'Международная организация по миграции (МОМ) / Агентство ООН по миграции'),
    L(
      'Subregional Coordination Office for Central Asia in the Republic of Kazakhstan:',
      'Субрегиональный координационный офис для Центральной Азии в Республике Казахстан:',
    ),
  ],
  [
    L('IOM {KZ-AST}', 'МОМ {KZ-AST}'),
    L('14, Mambetov Street, UN building', 'ул. Мамбетова, 14, здание ООН'),
    L('010000, {KZ-AST}', '010000, {KZ-AST}'),
    L('Tel.: +7 7172 696553', 'Тел.: +7 7172 696553'),
    L('Email: iomastana@iom.int', 'Эл. почта: iomastana@iom.int'),
  ],
  [
    L('IOM Almaty', 'МОМ Алматы'),
    L('303, Baizakov Street, UN building', 'ул. Байзакова, 303, здание ООН'),
    L('050040, Almaty', '050040, Алматы'),
    L('Tel.: +7 727 2582643', 'Тел.: +7 727 2582643'),
    L('Email: iomalmaty@iom.int', 'Эл. почта: iomalmaty@iom.int'),
    L('Website: kazakhstan.iom.int', 'Веб-сайт: kazakhstan.iom.int'),
  ],
];

export const RIGHTS = L(
  'All rights reserved. No part of this publication may be reproduced, stored in a retrieval system, or transmitted in any form or by any means, electronic, mechanical, photocopying, recording, or otherwise without the prior written permission of the publisher.',
  'Все права защищены. Никакая часть настоящей публикации не может быть воспроизведена, сохранена в поисковой системе или передана в любой форме и любыми средствами — электронными, механическими, путём фотокопирования, записи или иными — без предварительного письменного разрешения издателя.',
);

/** `{year}` is the year of the data's last date. */
export const COPYRIGHT = L('© {year} International Organization for Migration (IOM)', '© {year} Международная организация по миграции (МОМ)');
