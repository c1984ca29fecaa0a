/**
 * Function words that say nothing about which statement a sentence makes; they get no weight.
 * A short list on purpose: content-bearing words such as "not" or "first" change meaning.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
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
