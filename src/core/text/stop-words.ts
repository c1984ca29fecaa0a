/**
 * The engine's stop-word lists, side by side. They differ because each lens asks a different
 * question of the words it drops; one list for all would make one of them wrong.
 */

/**
 * Alignment: function words that say nothing about which statement a sentence makes; they get no
 * weight when sentences are matched. Reporting verbs ("said", "according") and honorifics are here
 * because a rewrite adds and drops them around the same statement. "not" and "first" are not:
 * they change which statement is made.
 */
export const ALIGNMENT_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each few for from ' +
    'further had has have having he her here hers herself him himself his how i if in into is it ' +
    'its itself just me more most my myself no nor of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself ' +
    "yourselves s t don't didn't doesn't won't can't it's he's she's that's there's we're they're " +
    "i'm we've i've you're said says say told according mr mrs ms"
  ).split(' '),
)

/**
 * Quotes: function words a paraphrase may change freely. A quotation turned into reported speech
 * keeps its content words but shifts its grammar ("will" → "would", "I" → "he", an added "not"
 * around the same claim), so negation, modals and pronouns are dropped here, unlike in alignment.
 */
export const QUOTE_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so of to in on at by for from with about as into over after ' +
    'before than that this these those there here it its is are was were be been being am ' +
    'do does did done have has had having will would can could shall should may might must not ' +
    'no nor i me my we us our you your he him his she her they them their what which who whom ' +
    'whose when where why how all any both each few more most other some such only own same too ' +
    'very just also up down out off again further once'
  ).split(' '),
)

/**
 * Facts: words that tell nothing about which sentence a fact stands in. Only words of three letters
 * or more are compared there, so short function words need no entry; reporting verbs are here
 * because two versions state one fact with different ones.
 */
export const FACT_CONTEXT_STOP_WORDS: ReadonlySet<string> = new Set(
  'the and that this with from have has had was were are for not but his her their its they will would could should been being than then which who whom what when where while also into about after before over said says told since between among during more'.split(
    ' ',
  ),
)
