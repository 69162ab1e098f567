// AWS Secrets Manager's GetSecretValue as the AWS SDK v3 calls it (the awsJson1_1 protocol): POST /
// with `X-Amz-Target: secretsmanager.GetSecretValue`, a SigV4 Authorization header and {"SecretId"};
// the secret as {ARN, Name, VersionId, SecretString, VersionStages, CreatedDate}; errors as
// {"__type", "message"} with the type in x-amzn-errortype too.
import { randomUUID } from 'node:crypto'
import { type Behaviour, type Imitation, type RecordedRequest, type Reply, startImitation } from './http-imitation.ts'

const ACCOUNT = '123456789012'
const REGION = 'us-east-1'

/** The ARN Secrets Manager would give a secret of this name (with its random six-character suffix). */
export function secretArn(name: string): string {
  return `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-AbCdEf`
}

export interface SecretsManagerImitation extends Imitation {
  /** Creates or rotates a secret (a new version); returns its ARN. */
  put: (name: string, value: string | Record<string, string>) => string
  /** How many times the secret was read. */
  reads: (arn: string) => number
}

export async function startSecretsManager(): Promise<SecretsManagerImitation> {
  const secrets = new Map<string, { name: string; value: string; versionId: string }>()
  const imitation = await startImitation((req, behaviour) => route(req, behaviour, secrets))
  return {
    ...imitation,
    put: (name, value) => {
      const arn = secretArn(name)
      secrets.set(arn, {
        name,
        value: typeof value === 'string' ? value : JSON.stringify(value),
        versionId: randomUUID()
      })
      return arn
    },
    reads: (arn) =>
      imitation.requests.filter((r) => (r.json as { SecretId?: string } | undefined)?.SecretId === arn).length
  }
}

function awsError(status: number, type: string, message: string): Reply {
  return { status, body: { __type: type, message }, headers: { 'x-amzn-errortype': type } }
}

function route(
  req: RecordedRequest,
  behaviour: Behaviour,
  secrets: Map<string, { name: string; value: string; versionId: string }>
): Reply {
  if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'))
    return awsError(400, 'MissingAuthenticationTokenException', 'Missing Authentication Token')
  if (req.headers['x-amz-target'] !== 'secretsmanager.GetSecretValue')
    return awsError(400, 'UnknownOperationException', `unknown operation ${String(req.headers['x-amz-target'])}`)
  if (behaviour === 429) return awsError(400, 'ThrottlingException', 'Rate exceeded')
  if (typeof behaviour === 'number') return awsError(behaviour, 'InternalServiceError', 'Internal service error')
  if (behaviour === 'garbage') return { status: 200, body: 'not json' }
  const id = (req.json as { SecretId?: string } | undefined)?.SecretId ?? ''
  // A secret is found by its full ARN or its name, as the real service does.
  const found = secrets.get(id) ?? [...secrets.entries()].find(([, s]) => s.name === id)?.[1]
  const arn = secrets.has(id) ? id : [...secrets.keys()].find((a) => secrets.get(a)?.name === id)
  if (!found || !arn)
    return awsError(400, 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.")
  return {
    status: 200,
    body: {
      ARN: arn,
      Name: found.name,
      VersionId: found.versionId,
      SecretString: found.value,
      VersionStages: ['AWSCURRENT'],
      CreatedDate: Date.now() / 1000
    },
    headers: { 'content-type': 'application/x-amz-json-1.1' }
  }
}
