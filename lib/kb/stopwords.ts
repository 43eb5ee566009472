// English function words and the pleasantries every ticket carries ("hi", "thanks"). Kept short on
// purpose: words like "not", "can't" or "down" carry meaning in support text ("not working").
const WORDS = `a about above after again against all am an and any are as at be because been before being
below between both but by could did do does doing during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just let me more most my
myself of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours yourself
yourselves also get got im ive id youre dont doesnt isnt arent wasnt werent hi hello hey dear thanks
thank thx please pls regards cheers kind best sincerely team guys folks ok okay can don won didn
isn aren wasn weren doesn haven hasn couldn shouldn wouldn ll ve re`;

const STOP = new Set(WORDS.split(/\s+/));

/** True for a folded (lower-case) word that carries no search meaning. */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}
