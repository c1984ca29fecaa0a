/**
 * Word lists behind speaker attribution: reporting verbs, the words that may stand between a
 * subject and its verb, and the titles stripped from a person's mention.
 */

/** Verbs that report speech or writing ("said", "warned", "told"), in every tense news uses. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'say says said saying tell tells told telling add adds added adding warn warns warned warning ' +
    'state states stated stating write writes wrote writing caution cautions cautioned cautioning ' +
    'insist insists insisted insisting note notes noted noting explain explains explained ' +
    'explaining argue argues argued arguing claim claims claimed claiming announce announces ' +
    'announced announcing acknowledge acknowledges acknowledged acknowledging confirm confirms ' +
    'confirmed confirming declare declares declared declaring mention mentions mentioned ' +
    'mentioning remark remarks remarked remarking reply replies replied replying respond responds ' +
    'responded responding ask asks asked asking urge urges urged urging describe describes ' +
    'described describing call calls called calling order orders ordered ordering suggest ' +
    'suggests suggested suggesting hint hints hinted hinting post posts posted posting tweet ' +
    'tweets tweeted tweeting emphasize emphasizes emphasized emphasizing emphasise emphasises ' +
    'emphasised emphasising stress stresses stressed stressing report reports reported reporting ' +
    'indicate indicates indicated indicating reveal reveals revealed revealing disclose discloses ' +
    'disclosed disclosing admit admits admitted admitting concede concedes conceded conceding ' +
    'promise promises promised promising vow vows vowed vowing pledge pledges pledged pledging ' +
    'continue continues continued continuing conclude concludes concluded concluding comment ' +
    'comments commented commenting recall recalls recalled recalling predict predicts predicted ' +
    'predicting demand demands demanded demanding threaten threatens threatened threatening ' +
    'assert asserts asserted asserting maintain maintains maintained observe observes observed ' +
    'quip quips quipped joke jokes joked boast boasts boasted complain complains complained ' +
    'allege alleges alleged deny denies denied shout shouts shouted whisper whispers whispered ' +
    'signal signals signalled signaled ' +
    // German: "„…“, sagte Scholz", "Merkel erklärte: „…“", "hat gesagt".
    'sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont betonten meinte ' +
    'meint warnte warnt schrieb schreibt ergänzte ergänzt forderte fordert antwortete antwortet ' +
    'fragte fragt versicherte versichert bekräftigte bekräftigt kritisierte kritisiert ' +
    // French: "« … », a déclaré Macron", "affirme Macron", "Macron a dit : « … »".
    'déclaré déclare déclarait dit disait affirmé affirme affirmait indiqué indique expliqué ' +
    'explique ajouté ajoute souligné souligne estimé estime assuré assure lancé lance précisé ' +
    'précise annoncé annonce répondu répond confié confie insisté insiste averti martelé martèle ' +
    'écrit écrivait prévenu'
  ).split(' '),
)

/**
 * Words that report speech only right after a quote and before a name: German "„…“, so Scholz".
 */
export const AFTER_QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set(['so'])

/** French auxiliaries of a reporting verb's past tense: "a déclaré", "ont affirmé". */
export const AUXILIARY_BEFORE_VERB: ReadonlySet<string> = new Set(
  'a ont avait avaient aurait hat haben hatte'.split(' '),
)

/** Words that introduce a source after the quote: "selon Macron", "laut Scholz". */
export const ACCORDING_TO_WORDS: ReadonlySet<string> = new Set([
  'selon',
  'laut',
  "d'après",
  'd’après',
])

/** French inverted subject pronouns: "a-t-il dit", "ajoute-t-elle", "dit-il". */
export const INVERTED_PRONOUN = /^\p{L}+(?:-t)?-(il|elle|ils|elles)$/u

/** Reporting verbs that are also nouns ("a phone call", "reports say"): they need a named subject. */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set(
  (
    'say call calls order orders report reports signal signals post posts comment comments demand ' +
    'demands promise promises claim claims stress note notes tweet tweets vow vows pledge pledges ' +
    'remark remarks reply quip quips joke jokes hint hints warning warnings writing'
  ).split(' '),
)

/** Words that may stand between a subject and its reporting verb ("Trump also said"). */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'also later then now reportedly previously further again once repeatedly publicly ' +
    'separately earlier recently quickly simply just already has have had was is were will would ' +
    'could can may might did does do not never had been today yesterday once firmly angrily ' +
    'bluntly flatly openly privately subsequently initially'
  ).split(' '),
)

/** Auxiliaries that mark the word before them as a clause's subject ("Putin has ordered"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  (
    'has have had is was are were will would could can may might must should shall did does do ' +
    'remains remained'
  ).split(' '),
)

/** Personal pronouns a reporter uses for a named speaker (English, German, French). */
export const PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'er',
  'sie',
  'il',
  'elle',
])

/** Determiners that open a common-noun speaker ("a source", "the spokesman"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  (
    'a an the his her their its one another some two three several many other ' +
    'le la les l un une du des der die das ein eine einer des dem den'
  ).split(' '),
)

/** Lower-case name particles kept inside a name ("Charles de Gaulle", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de da del della der den di du la le van von bin ibn al el y dos das'.split(' '),
)

/**
 * Titles, offices and institution words stripped from the front of a mention so that
 * "White House Press Secretary Karoline Leavitt" becomes "Karoline Leavitt".
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'president vice secretary press prime minister chief spokesman spokeswoman spokesperson ' +
    'general gen senator sen rep representative governor gov mayor king queen pope chancellor ' +
    'ambassador director commander foreign defence defense state national security adviser ' +
    'advisor envoy judge justice ceo chairman chairwoman chair leader sir lord lady prince ' +
    'princess captain capt colonel col lt sgt officer staff deputy assistant attorney mr mrs ms ' +
    'dr prof professor former acting white house kremlin first archbishop bishop cardinal sheikh ' +
    'emir sultan premier agent inspector detective sergeant lieutenant major admiral marshal ' +
    'army navy head speaker whip majority minority member mp mep congressman congresswoman ' +
    'councillor councilman commissioner treasurer finance interior home health education trade ' +
    'energy transport labor labour agriculture environment culture homeland communications ' +
    'secretary-general director-general high media office military top senior coach manager ' +
    'founder owner executive analyst correspondent editor author co-author ' +
    // Occupations written as titles: "Novelist Ajaz Ashraf", "Activist Ram Hazare".
    'novelist writer poet artist activist campaigner singer musician actor actress economist ' +
    'historian journalist photographer architect lawyer scientist researcher'
  ).split(' '),
)

// German and French offices are compounds or words of their own ("Regierungssprecher",
// "Außenministerin", "porte-parole"): a title is recognised by how it ends.
const TITLE_ENDING =
  /(?:sprecher|sprecherin|minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|chef|chefin|leiter|leiterin|direktor|direktorin|vorsitzende|vorsitzender|botschafter|botschafterin|bürgermeister|bürgermeisterin|ministre|président|présidente|porte-parole|secrétaire|directeur|directrice|maire|député|députée|sénateur|sénatrice|chancelier|chancelière|ambassadeur|ambassadrice)$/u

/** True for a title or office word ("spokesman", "Kremlin" is not; "Regierungssprecher" is). */
export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || TITLE_ENDING.test(lower)
}

/**
 * Words that make a capitalised phrase an organisation, a body or a document, not a person;
 * words that are also common surnames (Park, Hall, House, Court, Post) are not among them.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    'university college school institute foundation trust society association department ' +
    'ministry office service services council committee commission agency authority police ' +
    'party company corporation group partners bank fund union government parliament ' +
    'church network news times press journal magazine television radio centre center ' +
    'hospital clinic organisation organization federation league club team airlines airways ' +
    'army navy force forces project programme program library museum elementary academy board ' +
    'bureau institution laboratory inc ltd llc plc corp media studios records survey report ' +
    'statement panel inquiry document research united city fc analytics zoo book books ' +
    'systems analysis shimbun hotel restaurant festival games awards prize brewery gallery ' +
    'theatre theater war ' +
    'regierung ministerium verband gewerkschaft partei gouvernement ministère syndicat'
  ).split(' '),
)

// Title words that stand before a person, not before a body ("Mr Sami", "Lord Adonis", "artist
// Kcho"): the offices' institution words ("White House", "Foreign Office") are left out.
const INSTITUTION_TITLE_WORDS = new Set(
  (
    'white house kremlin press state national security foreign defence defense home health ' +
    'education trade energy transport labor labour agriculture environment culture homeland ' +
    'communications finance interior media office military top senior high army navy staff ' +
    'former acting first vice deputy assistant majority minority whip'
  ).split(' '),
)
const PERSON_TITLE_WORDS = new Set(
  (
    'artist activist singer novelist writer brother sister son daughter wife husband father ' +
    'mother uncle aunt cousin widow'
  ).split(' '),
)
/** A title that stands before a person: "Mr", "Lord", "President", "spokesman", "artist". */
export function isPersonTitle(lower: string): boolean {
  const word = lower.replace(/\.$/u, '')
  return (isTitleWord(word) && !INSTITUTION_TITLE_WORDS.has(word)) || PERSON_TITLE_WORDS.has(word)
}
