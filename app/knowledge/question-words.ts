// The words of a question that say how it is asked, not what about: filler, texting's reactions, the framing of
// when and how much, and the verbs and workplace nouns any question may use.
import { stem } from '../lib/stem.ts'

// Words that carry no topic in a question: how it is asked, not what about. Words that only say what
// kind of answer is wanted (how long, how much) are here too; the answer reads them from the question.
export const FILLER: ReadonlySet<string> = new Set(
  `how what whats when where who whom whose why which can could would should shall will may might must do does
  did doing done get gets getting got need needs want wants know tell please pls plz thanks thank thx hey hi
  hello yo ok okay im ive id ill dont cant wont isnt arent wasnt didnt doesnt u ur r ya gonna wanna gotta someone
  anyone anybody somebody something anything thing things stuff really just also still even much many any some
  lot lots way make going go use find help job company question quick q a an the and or but if of to in
  on at by for with from about as into is are was were be been being am i me my mine myself we our ours us you
  your yours it its this that these those there theres here they them their he she his her him so than then
  too very not no yes have has had up out all policy policies rule rules allowed supposed able possible
  happen happens happened mean means like info information details long often soon early far old big
  enough every each ever always never usually normally generally exactly actually new ahead after
  before kind kinda type sort sorta another other others next coming per somewhere anywhere everywhere else
  say says said let lets give given take taking put keep made make makes`.split(/\s+/)
)
// Texting's reactions and answer particles ("lol", "smh", "or nah"): no topic, and never read as their words.
export const REACTIONS: ReadonlySet<string> = new Set(
  `lol lmao lmfao rofl smh omg jk fr frfr ngl tbh imo idk ikr tho though bruh haha hahaha hehe jaja jajaja
  nah naw nope yeah yea yep yup`.split(/\s+/)
)

// What employees call the company they work for, in a phrase such as "the store pays".
export const WORKPLACE_NOUNS = new Set(
  'hotel clinic hospital store shop restaurant warehouse factory business employer'.split(' ')
)
// Verbs that say what the employee wants to do with a topic, the employee's words for their
// workplace, and words that frame a question ("am I eligible", "the deadline for", "first pick"):
// they narrow a search but are not what the question is about.
export const GENERIC_WORDS = new Set(
  [
    ...`bring brought wear come stay start stop see look put ask call talk speak send earn show sign change buy
    use number office site building location place team staff employee people last time work eligible
    eligibility qualify qualified entitled deadline required requirement mandatory pick choose decide without set grab
    try`.split(/\s+/),
    ...WORKPLACE_NOUNS
  ].map((w) => stem(w))
)

// How a question is asked, not what about: "what time does second shift start" is about second shift.
// When it happened is no topic either: "I threw up last night" is about throwing up, and "can i leave my lunch
// in my locker during shift" about lunch in lockers.
export const FRAMING =
  /\b((till|til|until|untill|up to|by) (what time|when)|(what|which) days? of the (week|month)|what time|what day|what date|how long|how much|how many|how often|how soon|how fast|how quickly|how quick|how far|how early|how late|in advance|longest|counts? as|counted as|counting as|at (some|any|what|which) point|an? (ton|bunch|couple|few) of|tons of|sooner or later|last night|this (morning|afternoon|evening)|yesterday|today|tonight|tomorrow|(during|on|after|before|throughout|in the middle of|at the (end|start|beginning) of) (my |the |a |our |your |ur )?shift)\b/g
