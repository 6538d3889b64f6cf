/**
 * Word lists for `npm run gaps`, in every supported language (en, ru, de, es,
 * fr, it, pt, uk, zh, ja): the words that make a passage a spaceflight one,
 * the function words that tell a page's language and start sentences, and the
 * capitalised words that are never names (months, weekdays, titles, site
 * boilerplate).
 */

/** A list written as one string, `|` between the entries. */
const list = (entries: string): readonly string[] => entries.split('|');

export const LANGUAGES = ['en', 'ru', 'de', 'es', 'fr', 'it', 'pt', 'uk', 'zh', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Beginnings of spaceflight words, matched at the start of a word and in any
 * case ("rocket" finds "rockets", "ракет" finds "ракета", "ракеты"). Chinese
 * and Japanese words are matched anywhere.
 */
export const SPACE_WORDS: Record<Language, readonly string[]> = {
  en: list(
    'rocket|launch|orbit|spacecraft|spaceflight|space station|space agency|spaceport|astronaut|cosmonaut|satellite|nasa|booster|capsule|lunar|moon|mars|payload|cosmodrome|space shuttle|space probe|lander|rover|spacewalk|docking|liftoff|launchpad',
  ),
  ru: list(
    'космос|космич|ракет|орбит|запуск|космонавт|астронавт|спутник|мкс|космодром|стыков|ракетоносител|луна|лунн|марс|корабл|экипаж',
  ),
  uk: list(
    'космос|космічн|ракет|орбіт|запуск|космонавт|астронавт|супутник|мкс|космодром|стикув|місяц|марс|корабл|екіпаж',
  ),
  de: list(
    'raumfahrt|rakete|orbit|umlaufbahn|astronaut|kosmonaut|satellit|raumstation|weltraum|raumschiff|raumkapsel|raumsonde|mond|mars|trägerrakete|startrampe|weltraumbahnhof|nasa',
  ),
  es: list(
    'cohete|lanzamiento|órbita|orbital|astronauta|cosmonauta|satélite|estación espacial|espacial|nave|luna|lunar|marte|cápsula|nasa',
  ),
  fr: list(
    'fusée|lancement|orbite|orbital|astronaute|cosmonaute|satellite|spatial|lune|lunaire|mars|capsule|lanceur|nasa',
  ),
  it: list(
    'razzo|lancio|orbita|orbitale|astronauta|cosmonauta|satellite|spaziale|luna|lunare|marte|capsula|lanciatore|nasa',
  ),
  pt: list(
    'foguete|foguetão|lançamento|órbita|orbital|astronauta|cosmonauta|satélite|espacial|lua|lunar|marte|cápsula|nasa',
  ),
  zh: list('火箭|发射|轨道|航天|太空|空间站|宇航员|航天员|卫星|飞船|探测器|月球|火星'),
  ja: list('ロケット|打ち上げ|軌道|宇宙|衛星|探査機|月面|火星|ステーション'),
};

/**
 * Function words, lower case: they tell a page's language, and a capitalised
 * one starts a sentence, not a name ("The", "Der", "Эта").
 */
export const FUNCTION_WORDS: Partial<Record<Language, readonly string[]>> = {
  en: list(
    'the|a|an|and|or|but|in|on|at|to|of|for|with|from|by|as|is|are|was|were|be|been|this|that|these|those|it|its|he|she|they|we|you|i|his|her|their|our|your|my|if|when|while|after|before|since|until|how|what|why|who|where|which|there|here|not|no|yes|all|some|more|most|one|two|three|first|last|new|now|then|also|so|just|about|over|under|into|can|could|will|would|should|may|might|must|has|have|had|do|does|did|despite|although|though|because|during|according|once|still|even|only|many',
  ),
  de: list(
    'der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|aber|in|im|am|an|auf|aus|bei|beim|mit|nach|von|vom|zu|zum|zur|für|ist|sind|war|wird|werden|hat|haben|nicht|auch|wie|wenn|als|dass|es|er|sie|wir|ich|sich|so|noch|nur|schon|seit|über|unter|vor|diese|dieser|dieses',
  ),
  ru: list(
    'и|в|во|не|на|с|со|что|как|по|к|ко|из|за|от|о|об|для|это|этот|эта|эти|он|она|они|мы|вы|я|но|а|или|так|же|уже|его|ее|её|их|при|после|до|если|когда|также|там|тут|все|всё|был|была|были|будет',
  ),
  uk: list(
    'і|й|та|в|у|не|на|з|із|зі|що|як|по|до|від|за|про|для|це|цей|ця|ці|він|вона|вони|ми|ви|я|але|а|або|вже|його|її|їх|після|якщо|коли|також|був|була|були|буде',
  ),
  es: list(
    'el|la|los|las|un|una|unos|unas|y|o|pero|en|de|del|al|a|con|por|para|que|es|son|fue|se|su|sus|este|esta|estos|estas|como|cuando|si|no|lo|le|les|más|ya|también|desde|hasta|sobre|entre|tras',
  ),
  fr: list(
    'le|la|les|un|une|des|du|de|et|ou|mais|en|dans|sur|avec|pour|par|au|aux|est|sont|a|ont|ce|cet|cette|ces|il|elle|ils|elles|nous|vous|je|qui|que|quand|si|ne|pas|plus|son|sa|ses|leur|leurs|après|avant',
  ),
  it: list(
    'il|lo|la|i|gli|le|un|uno|una|e|o|ma|in|di|del|della|dei|delle|da|dal|con|per|su|sul|che|è|sono|era|questo|questa|questi|come|quando|se|non|più|anche|suo|sua|dopo|prima',
  ),
  pt: list(
    'o|a|os|as|um|uma|uns|umas|e|ou|mas|em|no|na|nos|nas|de|do|da|dos|das|com|por|para|que|é|são|foi|se|seu|sua|este|esta|isso|como|quando|não|mais|também|depois|antes|pelo|pela',
  ),
};

/** Months and weekdays in the supported languages, lower case: capitalised, they still are not names. */
export const CALENDAR_WORDS: readonly string[] = list(
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|' +
    'aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|' +
    'fri|sat|sun|' +
    'januar|februar|märz|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|' +
    'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes|' +
    'martes|miércoles|jueves|viernes|sábado|domingo|' +
    'janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|' +
    'vendredi|samedi|dimanche|' +
    'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|lunedì|martedì|mercoledì|giovedì|' +
    'venerdì|sabato|domenica|' +
    'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|segunda|terça|quarta|quinta|sexta|' +
    'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|января|февраля|марта|апреля|' +
    'мая|июня|июля|августа|сентября|октября|ноября|декабря|понедельник|вторник|среда|четверг|пятница|суббота|' +
    'воскресенье|' +
    'січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень|січня|лютого|' +
    'березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|понеділок|вівторок|середа|четвер|' +
    'пʼятниця|субота|неділя',
);

/** Titles before a name: dropped from its front ("Administrator Jared Isaacman" is Jared Isaacman). */
export const TITLES: readonly string[] = list(
  'mr|mrs|ms|dr|prof|president|vice|administrator|director|chief|ceo|minister|secretary|senator|rep|representative|' +
    'governor|general|commander|captain|colonel|major|lieutenant|sir|lord|herr|frau|präsident|direktor|chef|' +
    'kommandant|президент|глава|директор|министр|командир|генеральный|presidente|directora|ministro|ministra|' +
    'comandante|président|directeur|ministre',
);

/** Capitalised words and phrases that pages print around stories and that are never a name of spaceflight. */
export const BOILERPLATE: readonly string[] = list(
  'advertisement|sponsored|share|tweet|email|print|comments|comment|subscribe|newsletter|related|read more|photo|' +
    'image|video|credit|getty images|reuters|afp|ap|associated press|updated|published|copyright|privacy policy|' +
    'terms|cookies|login|log in|sign up|sign in|menu|search|home|news|opinion|world|sports|business|technology|' +
    'science|terms of service|terms of use|all rights reserved|click here|follow us|most read|most popular|' +
    'breaking news|continue reading|load more|show more|see more|view more|more stories|more news|top stories|' +
    "latest news|editor's picks|you may also like|recommended for you|watch live|live updates",
);

/**
 * Bodies of the solar system and words news capitalises that are not names
 * of spaceflight: the Moon, Mars and the Internet have no card to give.
 */
export const GENERIC_NAMES: readonly string[] = list(
  'sun|moon|earth|mercury|venus|mars|jupiter|saturn|uranus|neptune|pluto|phobos|deimos|europa|titan|enceladus|' +
    'ganymede|callisto|io|ceres|red planet|solar system|milky way|martian|lunar|space|internet|web|' +
    'солнце|луна|луны|луне|марс|марса|юпитер|сатурн|венера|місяць|сонце|' +
    'sonne|mond|erde|luna|sol|tierra|lune|soleil|terre|lua|月球|火星|太阳|月|火星|太陽',
);

/**
 * Countries, continents and capitals: names, and all over space news, but
 * never one of its entities (a launch site or an agency is named for itself).
 * Lower case; in the supported languages' most frequent forms.
 */
export const PLACES: readonly string[] = list(
  'us|u.s.|usa|u.s.a.|united states|america|american|russia|russian|china|chinese|japan|japanese|india|indian|europe|european|' +
    'germany|german|france|french|italy|italian|spain|spanish|britain|british|uk|u.k.|united kingdom|england|canada|' +
    'canadian|ukraine|ukrainian|kazakhstan|israel|iran|north korea|south korea|korea|brazil|mexico|australia|africa|asia|' +
    'moscow|washington|beijing|tokyo|london|paris|berlin|kyiv|kiev|earth|' +
    'россия|россии|россию|российский|российская|российской|сша|америка|америки|китай|китая|япония|японии|индия|индии|европа|' +
    'европы|германия|германии|франция|франции|украина|украины|казахстан|казахстана|москва|москвы|москве|земля|земли|' +
    'україна|україни|росія|росії|сполучені штати|китаю|європа|європи|москви|земля|' +
    'deutschland|russland|china|japan|indien|europa|frankreich|usa|vereinigte staaten|amerika|moskau|erde|' +
    'estados unidos|rusia|china|japón|india|europa|alemania|francia|españa|méxico|tierra|' +
    'états-unis|russie|chine|japon|inde|europe|allemagne|terre|' +
    'stati uniti|russia|cina|giappone|germania|francia|terra|' +
    'estados unidos|rússia|china|japão|índia|europa|alemanha|brasil|terra|' +
    '中国|美国|俄罗斯|日本|欧洲|印度|地球|アメリカ|ロシア|中国|日本|ヨーロッパ|インド|地球',
);
