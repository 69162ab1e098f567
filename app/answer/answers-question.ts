// The decline test of the extractive writer: whether the best sentence found answers the question at all, or
// the handbook is taken not to say.
import type { ScoredUnit } from './sentence-scoring.ts'

// Below this share of the question found in and around the best sentence, the handbook is taken not
// to answer. A share, so it means the same in a small handbook and a large one.
export const MIN_SUPPORT = 0.5
// The share that will do when every topic of the question, or the kind it asks for, is found (0.4 left
// answers whose every topic the sentence held unsaid on handbooks others wrote; 0.35 lost no decline).
const ALL_TOPICS_SUPPORT = 0.35
// The share of the question a sentence must hold itself when its heading and page title hold none of it.
const OWN_WITHOUT_HEADING = 0.5
// ...or, holding both topics of a question of two and the kind of thing it asks for, this share (0.34 let "every 5
// years" answer "how often do we get paid"; the right ones held 0.44 and more).
const OWN_WITH_KIND = 0.4
// The share that must be found when the question's weightiest word is one the handbook never uses, nor any word
// that counts as it: what is left of the question is less ("snow days when school is closed" had been answered
// with the lines on the June payroll; 0.6 and 0.7 read the same).
const UNKNOWN_TOPIC_SUPPORT = 0.55
// The share of the question a section's heading and page title must name for it to answer by its heading.
const ABOUT_ANSWERS = 0.6

/**
 * Whether the best sentence answers at all: enough of the question in and around it; the question's
 * words in the sentence itself, unless its section is about them; and of a question with two topics
 * or more ("smoke" and "break"), at least two, not just the rarest.
 */
export function answers(best: ScoredUnit, topics: number, unknownTopic = false): boolean {
  // A question none of whose words the handbook uses, only its kind ("how old ... to work here"), is
  // answered by a sentence holding that kind or not at all.
  if (topics === 0 && best.signals.specific && best.signals.kind < 0.7) return false
  // Nor is one naming something besides units of time by a sentence holding only those ("365 days per year" for
  // vacation days), nor one topic asking a kind ("when is payday") by a sentence holding neither that kind nor
  // the topic's own word, only a word that counts as it ("pay back shortages"); unless the heading names it.
  if (best.unitsOnly && best.about < ABOUT_ANSWERS) return false
  if (topics === 1 && best.signals.specific && best.signals.kind < 1 && !best.ownWord && best.about < ABOUT_ANSWERS)
    return false
  // A sentence whose section and page name nothing of the question, holding under half of it itself, is
  // about something else (asked when payday is, "at the end of the 15th week before the due date"),
  // unless every topic of a question of three or more is found in and around it ("4th of july",
  // "saturday", "day off": "a recognized holiday that falls on a Saturday ... the preceding Friday").
  const kindHeld = best.signals.specific && best.signals.kind >= 1
  const everyTopicOfMany = topics >= 3 && best.topicsFound >= topics
  // Or both topics of a question of two and the very kind of thing it asks for, in a sentence holding most of
  // that itself ("break timing on friday": "Monday to Friday ... a break hour from 2:00 pm to 3:00 pm").
  const bothAndKind = topics === 2 && best.topicsFound >= 2 && kindHeld && best.own >= OWN_WITH_KIND
  // A question of one topic, held by the sentence's own word beside the very kind of thing asked ("how often
  // do i have to turn in my availability": "each semester ... submit an updated availability").
  if (topics === 1 && best.ownWord && kindHeld && best.own >= ALL_TOPICS_SUPPORT) return true
  if (best.about === 0 && best.own < OWN_WITHOUT_HEADING && !everyTopicOfMany && !bothAndKind) return false
  const allTopics = topics < 2 || best.topicsFound >= 2
  // A section whose heading holds most of the question answers it with its best line, even when that
  // line says it in other words (under "Meal Breaks", "you get 30 minutes after five hours").
  // Asked for a kind of thing (a day, an amount), the line must give it fully: under "testing and prescription
  // medications" ("medical" by its stem), "whenever required by law" does not say when health insurance starts.
  if (best.about >= ABOUT_ANSWERS && best.topicsFound >= topics && allTopics && (!best.signals.specific || kindHeld))
    return true
  if (best.own === 0 && best.about < 0.5) return false
  // Two topics or more found in and around the sentence, and either every topic of the question or the
  // very kind of thing it asks for (a time for "what hours"), hold it though the question's other words
  // (its texting, its framing) are not the handbook's: a lower share will do.
  if (unknownTopic) return best.support >= UNKNOWN_TOPIC_SUPPORT && allTopics
  if (best.topicsFound >= 2 && (best.topicsFound >= topics || kindHeld) && best.support >= ALL_TOPICS_SUPPORT)
    return true
  // Three topics or more found in and around it, all but one of the question's, hold it at that share too
  // ("what counts as being late ... back from lunch 2 min late": the tardiness rule, "2 min" unsaid).
  if (best.topicsFound >= 3 && best.topicsFound >= topics - 1 && best.support >= ALL_TOPICS_SUPPORT) return true
  if (best.support < MIN_SUPPORT) return false
  return allTopics
}
