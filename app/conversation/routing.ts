// Who deals with a message. An emergency (a danger rule, or the model sure of one) goes to a person at
// once; a complaint about a person goes to HR, never to the manager it may be about; call-outs,
// operational reports and requests for a person go to the manager at normal priority, and so does a
// report no label fits surely; questions are answered. While an escalation is open, only messages on
// its matter join it. What the message says is read by models and app/text; this file only decides.
import { asksFor } from '../answer/question-type.ts'
import type { Reason } from '../escalation/ladder.ts'
import { carriesOn, continuesMatter } from '../text/continues-matter.ts'
import { happensToSender, matchHrConcern, toldAsGoingOn } from '../text/hr-rules.ts'
import { asksForSomeone } from '../text/asks-for-someone.ts'
import { asksInConfidence, namesHr } from '../text/names-hr.ts'
import { fold } from '../text/fold.ts'
import { asksAboutPolicy } from '../text/not-now.ts'
import { readQuestion } from '../text/question-form.ts'
import { longerThanChatter } from '../text/pleasantry.ts'
import { pastInjuryToReport, smallInjuryTold } from '../text/safety-rules.ts'
import { routeEmergency } from './emergency-route.ts'
import type { Route, RouteInput } from './route-types.ts'

export type { Route, RouteInput } from './route-types.ts'

const MANAGER_MATTERS = new Set(['attendance', 'payroll', 'operations', 'human_request', 'report'])
const HR_MATTERS = new Set(['hr_sensitive', 'hr_request'])
// A report whose topic is unsure reaches a person only when it is clearly a report.
const REPORT_SURE = 0.7
// Below this, a report put as a question is taken as the question it is put as.
const REPORT_OVER_QUESTION = 0.95
const HALF_QUESTION = 0.6
// A manager's matter the topic model is this sure of, told before a question, is news for the manager.
const NEWS_SURE = 0.95
// A cover, swap or leave-early request put as a question is still one when the topic model is this sure.
const SHIFT_REQUEST_SURE = 0.8
const QUESTION_SURE = 0.8
const PERSON_SURE = 0.5
const POLICY_SURE = 0.9
const PERSON_TOPIC_SURE = 0.8
const SMALLTALK_SURE = 0.8
// A complaint the topic model is this sure of, told as going on, is told however it is put.
const GOING_ON_SURE = 0.9

export function routeMessage({
  text,
  classification,
  intent,
  intentScore = 1,
  active,
  closedHr,
  pleasantry,
  newsFirst,
  complaintBeside = false,
  hrSubjectsNotManager
}: RouteInput): Route {
  const label = classification.label
  const byRule = classification.classifier.startsWith('rules:')
  const hrOpen = active.find((e) => HR_MATTERS.has(e.reason))
  const sameMatter = (reason: string) => active.find((e) => e.reason === reason)
  const put = readQuestion(text)
  // More on an open HR matter goes to HR, whatever else it looks like: the manager may be its subject.
  // A question counts as one here only when it is put as one or the intent model is sure of it.
  const plainQuestion = intent === 'question' && (intentScore >= QUESTION_SURE || put.opens)
  const sureManagerMatter = MANAGER_MATTERS.has(label) && label !== 'human_request'
  // Not a call-out or a machine down the topic model is near sure of, with no complaint in it, while one about someone
  // other than the manager is open ("cant make it tomorrow, my son is sick and i have no one to watch him"): its "him"
  // or "otra vez" carries on nothing; the manager has it, away from whoever the complaint is about.
  const newsBesideHr =
    hrOpen &&
    hrSubjectsNotManager !== undefined &&
    sureManagerMatter &&
    classification.score >= NEWS_SURE &&
    !complaintBeside &&
    matchHrConcern(text) === null
  const continuesHr = hrOpen && !plainQuestion && !newsBesideHr && continuesMatter(text)
  // A complaint HR closed lately that the text says goes on ("he's still doing it", "nothing changed") is HR's
  // again, past whoever it was about; not a call-out, a pay problem or a machine down the topic model is sure of.
  const reopensHr =
    !hrOpen && closedHr && !plainQuestion && carriesOn(text) && !(sureManagerMatter && classification.sure !== false)

  // A work injury told after the fact, for its paperwork or as mending: the manager hears of it (not
  // urgently), and what it asks is answered beside ("cut my thumb yesterday, its fine, do i fill
  // something out").
  // One the intent model is sure only asks ("can i still file an injury report for last week") is answered;
  // an injury told as small, now, is the manager's whatever it asks.
  const injuryToReport =
    active.length === 0 &&
    (smallInjuryTold(text) || (!(intent === 'question' && intentScore >= QUESTION_SURE) && pastInjuryToReport(text)))
  if (label === 'safety')
    return routeEmergency({
      text,
      byRule,
      intent,
      asks: put.asks,
      injuryToReport,
      continuesHr: continuesHr ? hrOpen : undefined,
      reopensHr: reopensHr ? closedHr : undefined,
      open: sameMatter('safety')
    })
  // Chatter the model is sure of is answered in kind; a doubtful "smalltalk" may be a short report.
  // Unless it asks for someone's time or help ("could i grab you for a sec", "rush is killing me, can
  // somebody come help").
  // Nor one that asks leave or a thing at length ("im dying out here lol, can we order the lighter uniforms"), or
  // whether what it tells is allowed ("my sup wants me back in at 7am, is that even allowed?"):
  // a joke opening a request does not make it chatter. A joke put as a question ("why did the chicken cross
  // the road...") or asking after the weekend stays chatter.
  const forSomeone = asksForSomeone(text)
  // So is one that asks what to do ("texted my sup im gonna be late and she never answered wat do i do").
  const asksAtLength = (put.permission || put.checks || asksFor(text).includes('procedure')) && longerThanChatter(text)
  if (pleasantry || (label === 'smalltalk' && classification.score >= SMALLTALK_SURE && !forSomeone && !asksAtLength))
    return { kind: 'smalltalk' }

  // Anything that may carry on an HR matter goes to HR: never guess it belongs to a manager's matter.
  if (hrOpen && (label === 'hr_sensitive' || continuesHr)) return { kind: 'forward', escalation: hrOpen }
  if (reopensHr)
    return { kind: 'escalate', reason: 'hr_sensitive', keepAway: closedHr.excludedPersonIds, alsoAnswer: put.asks }
  // Asking for HR by name goes to HR, however it is put; so does asking to tell something in confidence.
  if ((intent !== 'question' && namesHr(text)) || asksInConfidence(text)) {
    return hrOpen
      ? { kind: 'forward', escalation: hrOpen }
      : { kind: 'escalate', reason: 'hr_request', alsoAnswer: put.asks }
  }
  // A complaint told beside a question or other news: HR has it, and what it asks is answered beside.
  if (complaintBeside)
    return hrOpen
      ? { kind: 'forward', escalation: hrOpen }
      : { kind: 'escalate', reason: 'hr_sensitive', alsoAnswer: put.asks }
  if (label === 'hr_sensitive') {
    // A complaint goes to HR even when the model is unsure of it: HR is never its subject. One a rule
    // found is a complaint unless it is put as a question and reads as one ("who do I report
    // harassment to"); so is one sentence put as a question that only a doubtful intent model reads as a
    // report ("can I report Lucia for harassment without her knowing?"): it gets the answer and the offer.
    const doubtfulReport = intent === 'report' && intentScore < REPORT_OVER_QUESTION && put.opens && put.oneSentence
    // A complaint the topic model ranks first, put as a question the intent model doubts ("es normal que el
    // encargado nos haga trabajar el lonche sin pagarlo? nos dice que marquemos"), is told: HR has it.
    const doubtfulQuestion = !byRule && intent === 'question' && intentScore < QUESTION_SURE && !put.oneSentence
    // One a rule found that tells of it happening to the sender ("is it allowed for my sup to make me clock
    // out and keep cleaning?") is a complaint, however it is put.
    // So is one the topic model alone is sure of ("es legal q mi jefa no me pague las horas extras?").
    const toldByRule = (byRule || classification.score >= GOING_ON_SURE) && happensToSender(text)
    // One the topic model is sure of that tells of a colleague doing it again and again is told too.
    const toldGoingOn = !byRule && classification.score >= GOING_ON_SURE && toldAsGoingOn(text)
    const asks =
      (intent === 'question' || doubtfulReport) &&
      (!byRule || put.opens) &&
      !doubtfulQuestion &&
      !toldByRule &&
      !toldGoingOn
    // What it asks ("who do i report it to if its him") is answered beside the acknowledgement.
    if (!asks) return { kind: 'escalate', reason: 'hr_sensitive', alsoAnswer: put.asks }
    // A question about harassment or a complaint gets the answer and a private way to HR.
    return { kind: 'answer', offerHr: byRule || classification.sure !== false, safety: false }
  }
  // "Can I talk to the night supervisor?" asks for a person, put as a question: a sure human_request
  // topic takes it unless the intent model is sure it is a question for the handbook.
  const personTopic = label === 'human_request' && classification.score >= PERSON_TOPIC_SURE
  const asksForPerson = personTopic && intent === 'question' && intentScore < QUESTION_SURE
  // A doubtful "person" (under even odds) with no topic to back it is a question: "can they fire me for no reason".
  const wantsPerson =
    intent === 'person' &&
    (intentScore >= PERSON_SURE || personTopic || (label === 'operations' && classification.sure !== false))
  if (wantsPerson || asksForPerson || forSomeone) {
    const open = active.find(
      (e) => MANAGER_MATTERS.has(e.reason) || e.reason === 'no_answer' || e.reason === 'disputed_answer'
    )
    // Asked as a question ("is there someone i can talk to about stress"), what the handbook says goes beside.
    return open
      ? { kind: 'forward', escalation: open }
      : { kind: 'escalate', reason: 'human_request', alsoAnswer: put.asks }
  }
  // A call-out, a resignation or a machine down told before a question ("wont make it in tomorrow, funeral out
  // of town. is bereavement paid for an uncle"): the manager hears it, and the answer goes beside.
  if (newsFirst && active.length === 0) return { kind: 'escalate', reason: newsFirst, alsoAnswer: true }
  // A pay problem or a call-out put as a half question ("my check was short, who fixes it?"), or a
  // half question that carries on an open matter ("also my overtime is not there").
  const halfQuestion = intent === 'question' && intentScore < HALF_QUESTION
  const opensAsking = put.opens && put.oneSentence && !put.permission
  // A call-out or swap with no question in it anywhere is told, not asked, whatever the intent model says.
  const toldNotAsked = intent === 'question' && MANAGER_MATTERS.has(label) && classification.sure !== false && !put.asks
  // One sentence put as a question ("do weekends pay more", "can my friend clock me in") and read as a
  // report only by a doubtful intent model: a question, unless it carries on an open matter. A question
  // with news after it ("can Dani cover my tuesday? we already talked") stays a report.
  // Not a request about one's own shift the topic model is sure of ("can someone cover my shift saturday").
  // An attendance text that asks how a rule goes, with no leave asked ("sick today how early do i call
  // in"), is no request.
  const shiftRequest =
    label === 'attendance' && classification.score >= SHIFT_REQUEST_SURE && (put.permission || !put.inClause)
  const askedOutright =
    intent === 'report' &&
    intentScore < REPORT_OVER_QUESTION &&
    !shiftRequest &&
    (put.inClause || put.offersChoice) &&
    put.oneSentence &&
    // Unless it begins as news the topic model is near sure the manager must hear ("running late bus
    // broke down, do i get written up?", "dog bit my ankle on the route, should i report it").
    (put.leads || !(MANAGER_MATTERS.has(label) && classification.score >= NEWS_SURE))
  // Extra shifts, a swap or time off asked for a day of one's own, the topic model sure it is attendance: the
  // manager decides it, and the handbook's answer goes with the acknowledgement.
  const dayRequest =
    intent === 'question' &&
    label === 'attendance' &&
    classification.score >= SHIFT_REQUEST_SURE &&
    put.permission &&
    put.namesADay
  const reports =
    (intent === 'report' && !(askedOutright && active.length === 0)) ||
    toldNotAsked ||
    dayRequest ||
    // Not one sentence that opens as a question and asks no leave ("is my drive to the first client paid").
    // (Asking for a person is read above, with its own bar.)
    (halfQuestion &&
      !opensAsking &&
      MANAGER_MATTERS.has(label) &&
      label !== 'human_request' &&
      classification.sure !== false) ||
    // More on an open matter ("also my overtime is not there") joins it unless plainly a question.
    (active.length > 0 && (halfQuestion || !plainQuestion) && continuesMatter(text))
  if (reports) {
    const open =
      sameMatter(label) ?? (continuesMatter(text) ? active.find((e) => !HR_MATTERS.has(e.reason)) : undefined)
    if (open) return { kind: 'forward', escalation: open }
    if (MANAGER_MATTERS.has(label) && classification.sure !== false)
      return {
        kind: 'escalate',
        reason: label as Reason,
        keepAway: newsBesideHr ? hrSubjectsNotManager : undefined,
        alsoAnswer: put.asks
      }
    // Unsure of the topic, or a report that reads like a question: the manager, at normal priority;
    // unless it asks what to do if something happens ("si se me quema algo... qué hago?").
    // Nor one the topic model is near sure asks about a rule, put as a question ("payday thursday or friday?").
    const policyQuestion = label === 'policy_question' && classification.score >= POLICY_SURE && put.inClause
    // A report the intent model leans to, with no question anywhere and a work topic: "requesting PTO for the 22nd please".
    // Doubtful chatter is no work topic ("prueba", "me recomiendas una pizzeria").
    const workTopic = label !== 'other' && label !== 'smalltalk'
    const clearlyReports = intentScore >= REPORT_SURE || (intent === 'report' && workTopic && !put.asks)
    // Nor chatter that checks whether what it tells is so ("my sup said the match starts day 1, fr?").
    const checksChatter = label === 'smalltalk' && put.checks
    // Nor a choice put to pick from, whatever follows it ("el break es de 10 o de 15 min? nadie me dice bien").
    if (clearlyReports && !policyQuestion && !checksChatter && !put.offersChoice && !asksAboutPolicy(fold(text)))
      return { kind: 'escalate', reason: 'report', alsoAnswer: put.asks }
  }
  if (injuryToReport) return { kind: 'escalate', reason: 'report', alsoAnswer: put.asks }
  // Read as a report by the intent model, kept as the question it is put as: the handbook first, else the manager
  // ("im out of gloves, who do i ask"); not one begun as a question the model barely doubts ("a q hora depositan"),
  // nor a choice put to pick from ("el pago es cada viernes o cada 2 semanas").
  const reportLike = intent === 'report' && !put.offersChoice && (intentScore >= HALF_QUESTION || !put.leads)
  const orManager = reportLike && label !== 'policy_question' && label !== 'smalltalk'
  return { kind: 'answer', offerHr: false, safety: false, orManager }
}
