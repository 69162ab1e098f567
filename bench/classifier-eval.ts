// The classifier: accuracy, per-label precision and recall, and escalation recall for safety and
// hr_sensitive, for {"text", "label"} lines, against a keyword baseline.
import { classifyText } from '../app/classifier/local-classifier.ts'
import { LABELS, type Label } from '../app/classifier/types.ts'
import { readCases } from './answer-eval.ts'

export interface LabelScores {
  accuracy: number
  perLabel: Record<string, { precision: number; recall: number; support: number }>
  escalationRecall: { safety: number; hr_sensitive: number }
}

export async function evaluateClassifier(
  file: string
): Promise<{ n: number; ours: LabelScores; keywordBaseline: LabelScores }> {
  const examples = await readCases<{ text: string; label: Label }>(file)
  return {
    n: examples.length,
    ours: scoreLabels(
      examples,
      examples.map((e) => classifyText(e.text).label)
    ),
    keywordBaseline: scoreLabels(
      examples,
      examples.map((e) => keywordBaseline(e.text))
    )
  }
}

function scoreLabels(examples: Array<{ label: Label }>, predicted: Label[]): LabelScores {
  const perLabel: LabelScores['perLabel'] = {}
  for (const label of LABELS) {
    const truePositive = examples.filter((e, i) => e.label === label && predicted[i] === label).length
    const predictedCount = predicted.filter((p) => p === label).length
    const support = examples.filter((e) => e.label === label).length
    perLabel[label] = {
      precision: round(predictedCount ? truePositive / predictedCount : 0),
      recall: round(support ? truePositive / support : 0),
      support
    }
  }
  return {
    accuracy: round(examples.filter((e, i) => e.label === predicted[i]).length / examples.length),
    perLabel,
    escalationRecall: { safety: perLabel.safety!.recall, hr_sensitive: perLabel.hr_sensitive!.recall }
  }
}

/** The obvious baseline: the first label whose keywords appear, in order of urgency. */
function keywordBaseline(text: string): Label {
  const t = text.toLowerCase()
  const rules: Array<[Label, RegExp]> = [
    [
      'safety',
      /\b(fire|smoke|gas|blood|bleeding|hurt|injur\w*|cut|burn\w*|fell|gun|knife|weapon|fight|robbed|spill|911|emergency|unconscious|fainted)\b/
    ],
    [
      'hr_sensitive',
      /\b(harass\w*|discriminat\w*|racist|bully\w*|retaliat\w*|touch\w*|inappropriate|complaint|report)\b/
    ],
    ['payroll', /\b(paycheck|check|paid|pay|deposit|stub|underpaid|tips|wage)\b/],
    ['attendance', /\b(late|sick|call(ing)? out|shift|cover|leave early|miss|won'?t make it)\b/],
    ['human_request', /\b(manager|supervisor|person|someone|human|call me|speak|talk)\b/],
    ['smalltalk', /^(hi|hello|hey|thanks|thank you|ok|cool|got it|good morning)\b/],
    ['policy_question', /\b(policy|how|what|when|can i|do we|benefit|vacation|pto|break|dress)\b/]
  ]
  return rules.find(([, re]) => re.test(t))?.[0] ?? 'other'
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
