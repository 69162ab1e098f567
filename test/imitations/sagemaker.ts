// SageMaker runtime InvokeEndpoint with the Hugging Face text-classification container:
// POST /endpoints/{name}/invocations, body {"inputs": text}; the reply shape varies by parameters.
// Errors carry x-amzn-errortype, as the AWS SDK expects.
import { classifyText } from '../../app/classifier/local-classifier.ts'
import { type Behaviour, type Imitation, type RecordedRequest, type Reply, startImitation } from './http-imitation.ts'

// The model's own label names (id2label), which CLASSIFIER_LABEL_MAP maps to ours.
export const MODEL_LABELS = [
  'policy_question',
  'attendance',
  'payroll',
  'safety',
  'hr_sensitive',
  'human_request',
  'smalltalk',
  'other',
  'operations'
]
export const LABEL_MAP = JSON.stringify(Object.fromEntries(MODEL_LABELS.map((l, i) => [`LABEL_${i}`, l])))

export type Shape = 'sorted' | 'nested' | 'single'

export interface SageMakerImitation extends Imitation {
  /** How the container shapes its reply, and a label to force (otherwise it "predicts" one). */
  configure: (options: { shape?: Shape; forceLabel?: string; forceScore?: number }) => void
}

export async function startSageMaker(endpointName = 'sms-classifier'): Promise<SageMakerImitation> {
  let shape: Shape = 'sorted'
  let forceLabel: string | undefined
  let forceScore: number | undefined
  const imitation = await startImitation((req, behaviour) =>
    route(req, behaviour, endpointName, shape, forceLabel, forceScore)
  )
  return {
    ...imitation,
    configure: (o) => {
      shape = o.shape ?? shape
      forceLabel = o.forceLabel
      forceScore = o.forceScore
    }
  }
}

function route(
  req: RecordedRequest,
  behaviour: Behaviour,
  endpointName: string,
  shape: Shape,
  forceLabel?: string,
  forceScore = 0.91
): Reply {
  if (req.path !== `/endpoints/${endpointName}/invocations`) {
    return {
      status: 400,
      body: { message: `Endpoint ${req.path} not found` },
      headers: { 'x-amzn-errortype': 'ValidationError' }
    }
  }
  if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'))
    return { status: 403, body: { message: 'Missing Authentication Token' } }
  if (behaviour === 424 || behaviour === 500) {
    return {
      status: 424,
      body: {
        Message:
          'Received client error (400) from primary with message "{"code":400,"type":"InternalServerException"}"',
        OriginalStatusCode: 400,
        OriginalMessage: 'boom'
      },
      headers: { 'x-amzn-errortype': 'ModelError' }
    }
  }
  if (behaviour === 429)
    return {
      status: 429,
      body: { message: 'Model not ready' },
      headers: { 'x-amzn-errortype': 'ModelNotReadyException' }
    }
  if (behaviour === 'garbage') return { status: 200, body: 'not json' }
  const text = String((req.json as { inputs?: unknown })?.inputs ?? '')
  // A stand-in for the fine-tuned DistilBERT: the local model's verdict, under the model's label ids.
  const label = forceLabel ?? classifyText(text).label
  const rest = (1 - forceScore) / (MODEL_LABELS.length - 1)
  const scores = MODEL_LABELS.map((l, i) => ({ label: `LABEL_${i}`, score: l === label ? forceScore : rest }))
  if (shape === 'single') return { status: 200, body: scores.find((s) => s.score > 0.5) }
  if (shape === 'nested') return { status: 200, body: [scores] }
  return { status: 200, body: [...scores].sort((a, b) => b.score - a.score) }
}
