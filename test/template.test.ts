import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import YAML from 'yaml'
import { ConfigSchema, listItems } from '../app/config.ts'
import { METRICS_NAMESPACE } from '../app/metrics/metrics.ts'
import { TWILIO_WEBHOOK_OVERRIDES } from '../app/twilio/webhook.ts'

type Node = Record<string, unknown>

// CloudFormation short-form tags (!Ref, !Sub, ...) read as the long form ({"Fn::Sub": ...}).
const FUNCTIONS = [
  'Ref',
  'Sub',
  'GetAtt',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'Join',
  'Select',
  'Split',
  'FindInMap',
  'ImportValue',
  'GetAZs',
  'Base64',
  'Condition',
  'Cidr'
]
const cfnTags = FUNCTIONS.flatMap((name) =>
  (['scalar', 'seq', 'map'] as const).map((kind) => ({
    tag: `!${name}`,
    collection: kind === 'scalar' ? undefined : kind,
    resolve: (value: unknown) => {
      const plain =
        value && typeof value === 'object' && 'toJSON' in value ? (value as { toJSON: () => unknown }).toJSON() : value
      return { [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: plain }
    }
  }))
)

async function loadYaml(path: string): Promise<{ text: string; doc: Node }> {
  const text = await readFile(new URL(path, import.meta.url), 'utf8')
  return { text, doc: YAML.parse(text, { customTags: cfnTags as never }) as Node }
}

const { text, doc: template } = await loadYaml('../template.yaml')
const resources = template.Resources as Record<
  string,
  { Type: string; Condition?: string; Properties: Node; Metadata?: Node; DependsOn?: string }
>
const globals = (template.Globals as { Function: Node }).Function
const api = resources.ApiFunction!
const apiEnv = {
  ...(globals.Environment as { Variables: Node }).Variables,
  ...(api.Properties.Environment as { Variables: Node }).Variables
}
const functions = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Serverless::Function')
const TEMPLATE = fileURLToPath(new URL('../template.yaml', import.meta.url))

/** cfn-lint's version, or why it cannot run here. */
async function cfnLintVersion(): Promise<string | undefined> {
  return promisify(execFile)('cfn-lint', ['--version'])
    .then(({ stdout }) => stdout.trim())
    .catch(() => undefined)
}
const cfnLint = await cfnLintVersion()

t.test(
  'cfn-lint (with the SAM transform CloudFormation runs) finds no error and no warning',
  { skip: !cfnLint && 'cfn-lint is not installed (pip install cfn-lint): the template is only parsed below' },
  async (t) => {
    // Exit codes 2 and 4 mean errors and warnings found; the JSON lists them either way.
    const { stdout } = await promisify(execFile)('cfn-lint', ['--format', 'json', TEMPLATE]).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })
    )
    const findings = JSON.parse(stdout || '[]') as Array<{
      Level: string
      Rule: { Id: string }
      Message: string
      Location: { Start: { LineNumber: number } }
    }>
    const listed = findings.map((f) => `${f.Level} ${f.Rule.Id} line ${f.Location.Start.LineNumber}: ${f.Message}`)
    t.same(listed, [], `${cfnLint}: a warning that is justified is ignored in the template, with its reason`)
  }
)

t.test('no secret is in any function environment: only the ARNs of the secrets read at run time', async (t) => {
  const environments = [globals.Environment, ...functions.map(([, f]) => f.Properties.Environment)].map((e) =>
    JSON.stringify(e ?? {})
  )
  for (const env of environments) {
    t.notMatch(env, /\{\{resolve:/, 'no dynamic reference (it would copy the secret into the environment)')
    t.notMatch(
      env,
      /"(TWILIO_AUTH_TOKEN|TWILIO_ACCOUNT_SID|JWT_SECRET|OPENAI_API_KEY|PINECONE_API_KEY|DATABASE_PASSWORD)":/,
      'no secret setting is a variable'
    )
  }
  t.same(apiEnv.APP_SECRET_ARN, { Ref: 'AppSecretArn' })
  t.same(
    (globals.Environment as { Variables: Node }).Variables.DATABASE_SECRET_ARN,
    { 'Fn::If': ['CreateDb', { 'Fn::GetAtt': 'Database.MasterUserSecret.SecretArn' }, { Ref: 'AWS::NoValue' }] },
    "the stack's database: the RDS-managed secret RDS rotates"
  )
  for (const [name, f] of functions) {
    const policies = JSON.stringify(f.Properties.Policies)
    t.match(
      policies,
      /"AWSSecretsManagerGetSecretValuePolicy":\{"SecretArn":\{"Ref":"AppSecretArn"\}\}/,
      `${name} may read the app secret`
    )
    t.match(
      policies,
      /"SecretArn":\{"Fn::GetAtt":"Database.MasterUserSecret.SecretArn"\}/,
      `${name} may read the database's`
    )
  }
  t.notMatch(text, /\{\{resolve:/, 'no dynamic reference anywhere')
})

t.test('SAM: the API function on Node.js 22 arm64, timeout sized for the webhook budget', async (t) => {
  t.equal(template.Transform, 'AWS::Serverless-2016-10-31')
  t.equal(globals.Runtime, 'nodejs22.x')
  t.same(globals.Architectures, ['arm64'])
  t.equal(api.Type, 'AWS::Serverless::Function')
  t.equal(api.Properties.Handler, 'index.handler', 'dist/api/index.mjs exports handler (see deploy.test.ts)')
  t.equal(api.Metadata?.BuildMethod, 'makefile')
  const makefile = await readFile(new URL('../Makefile', import.meta.url), 'utf8')
  t.match(
    makefile,
    /build-ApiFunction:\n\tnpm ci[^\n]*\n\tnpm run build\n\tcp -R dist\/api\/\. "\$\(ARTIFACTS_DIR\)\/"/
  )
  t.match(makefile, /build-MigrateFunction:[\s\S]*cp -R dist\/migrate\/\./)
  const timeout = api.Properties.Timeout as number
  t.ok(timeout >= 15 && timeout < 30, `timeout ${timeout} s covers Twilio's 15 s and stays under API Gateway's 30 s`)
  t.ok((api.Properties.MemorySize as number) >= 512)
})

/** The fields APP_SECRET_FIELDS lists, under whichever conditions. */
function secretFields(env: Node): string[] {
  const [, items] = (env.APP_SECRET_FIELDS as { 'Fn::Join': [string, unknown[]] })['Fn::Join']
  return items.flatMap((item) =>
    typeof item === 'string'
      ? [item]
      : (item as { 'Fn::If': unknown[] })['Fn::If'].slice(1).filter((v) => typeof v === 'string')
  )
}

t.test('every setting the config requires is supplied, and every variable is a real setting', async (t) => {
  const mustSupply = Object.entries(ConfigSchema.properties)
    .filter(([key, schema]) => (ConfigSchema.required as string[] | undefined)?.includes(key) && !('default' in schema))
    .map(([key]) => key)
  const fromSecret = secretFields(apiEnv)
  for (const key of [...mustSupply, 'JWT_SECRET', 'DATABASE_URL'])
    t.ok(key in apiEnv || fromSecret.includes(key), `${key} is supplied (or read from the app secret)`)
  for (const key of fromSecret) t.ok(key in ConfigSchema.properties, `${key}, read from the secret, is a setting`)
  for (const [name, f] of functions)
    for (const key of Object.keys({
      ...(globals.Environment as { Variables: Node }).Variables,
      ...(f.Properties.Environment as { Variables?: Node } | undefined)?.Variables
    }))
      t.ok(key in ConfigSchema.properties || key === 'NODE_OPTIONS', `${name}: ${key} is a setting the app reads`)
  t.equal(apiEnv.NODE_ENV, 'production')
  t.equal(apiEnv.NODE_OPTIONS, '--enable-source-maps', 'stack traces through the source maps the bundle ships')
  t.equal(apiEnv.METRICS, 'emf')
  t.equal(apiEnv.ESCALATION_SWEEP_INTERVAL_S, '0', 'the schedule sweeps, not an interval')
  t.same(
    apiEnv.API_GATEWAY_BASE_URLS,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} substitution
    { 'Fn::Sub': 'https://*.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}' },
    "the signed URL is taken from the event only on this region's execute-api host and this stage"
  )
  t.notMatch(JSON.stringify(api.Properties.Environment), /HttpApi/, 'the function does not refer to its API (a cycle)')
  const migrateEnv = (resources.MigrateFunction!.Properties.Environment as { Variables: Node }).Variables
  t.same(listItems(migrateEnv.APP_SECRET_FIELDS as string), ['DATABASE_URL'], 'the migrations read only the URL')
})

t.test('the secret fields each provider needs are read only when the provider is on', async (t) => {
  const join = (apiEnv.APP_SECRET_FIELDS as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]
  t.same(join.slice(0, 2), ['TWILIO_AUTH_TOKEN', 'JWT_SECRET'], 'always')
  t.same(join.slice(2), [
    { 'Fn::If': ['WithTwilio', 'TWILIO_ACCOUNT_SID', { Ref: 'AWS::NoValue' }] },
    { 'Fn::If': ['WithOpenAI', 'OPENAI_API_KEY', { Ref: 'AWS::NoValue' }] },
    { 'Fn::If': ['WithPinecone', 'PINECONE_API_KEY', { Ref: 'AWS::NoValue' }] },
    { 'Fn::If': ['CreateDb', { Ref: 'AWS::NoValue' }, 'DATABASE_URL'] }
  ])
  t.notMatch(
    text,
    /dev-twilio-auth-token|dev-jwt-secret|sk-[A-Za-z0-9]{8}|AC[0-9a-f]{32}|\b(MasterUserPassword|DB_PASSWORD|AuthToken):\s*['"]?\w/,
    'no secret-looking literal anywhere'
  )
})

t.test('routes: the proxy on an HTTP API with a stage, and the sweep every minute', async (t) => {
  const events = api.Properties.Events as Record<string, { Type: string; Properties: Node }>
  const http = Object.values(events).filter((e) => e.Type === 'HttpApi')
  t.same(
    http.map((e) => `${e.Properties.Method} ${e.Properties.Path}`),
    ['ANY /{proxy+}'],
    'nothing is served at /'
  )
  const schedule = Object.values(events).find((e) => e.Type === 'Schedule')!
  t.equal(schedule.Properties.Schedule, 'rate(1 minute)')
  const [, plain, withUrl] = (schedule.Properties.Input as { 'Fn::If': [string, string, { 'Fn::Sub': string }] })[
    'Fn::If'
  ]
  t.same(JSON.parse(plain), { task: 'escalation-sweep' })
  t.same(JSON.parse(withUrl['Fn::Sub']), {
    task: 'escalation-sweep',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own ${} substitution
    publicBaseUrl: 'https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}'
  })
  const httpApi = resources.HttpApi!
  t.equal(httpApi.Type, 'AWS::Serverless::HttpApi')
  t.same(httpApi.Properties.StageName, { Ref: 'Stage' })
  t.same((httpApi.Properties.AccessLogSettings as Node).DestinationArn, { 'Fn::GetAtt': 'HttpApiAccessLogs.Arn' })
})

t.test('log groups with retention for the API, its access log and the migrations', async (t) => {
  const logGroups = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Logs::LogGroup')
  t.same(logGroups.map(([name]) => name).sort(), ['ApiFunctionLogs', 'HttpApiAccessLogs', 'MigrateFunctionLogs'])
  for (const [name, group] of logGroups)
    t.same(group.Properties.RetentionInDays, { Ref: 'LogRetentionDays' }, `${name} has retention`)
  t.same((api.Properties.LoggingConfig as Node).LogGroup, { Ref: 'ApiFunctionLogs' })
  t.same((resources.MigrateFunction!.Properties.LoggingConfig as Node).LogGroup, { Ref: 'MigrateFunctionLogs' })
})

t.test('migrations run once per deploy through a custom resource, before the API is updated', async (t) => {
  const migrate = resources.MigrateFunction!
  t.equal(migrate.Properties.Handler, 'index.handler')
  t.equal(migrate.Properties.AutoPublishAlias, 'live')
  const custom = resources.DatabaseMigrations!
  t.equal(custom.Type, 'AWS::CloudFormation::CustomResource')
  t.same(
    custom.Properties.FunctionVersion,
    { Ref: 'MigrateFunction.Version' },
    're-runs when the function (and its migrations) change'
  )
  t.equal(api.DependsOn, 'DatabaseMigrations')
  t.equal(custom.DependsOn, 'DatabaseReady')
  t.same(
    (resources.DatabaseReady!.Metadata as Node).ProxyTargets,
    { 'Fn::If': ['CreateDb', { Ref: 'DatabaseProxyTargets' }, 'none'] },
    'with CreateDatabase=true, not before the proxy has its target'
  )
  const timeout = custom.Properties.ServiceTimeout as number
  t.ok(timeout > (migrate.Properties.Timeout as number) && timeout <= 3600, `ServiceTimeout ${timeout} s`)
})

t.test('optional RDS PostgreSQL behind RDS Proxy, in the VPC the parameters name', async (t) => {
  for (const name of ['Database', 'DatabaseProxy', 'DatabaseProxyTargets', 'DatabaseSubnets', 'DatabaseProxyRole']) {
    t.equal(resources[name]?.Condition, 'CreateDb', `${name} only with CreateDatabase=true`)
  }
  t.equal(resources.Database!.Properties.ManageMasterUserPassword, true, 'the password lives in Secrets Manager')
  t.match(resources.Database!.Properties.EngineVersion, /^1[7-9]\.\d+$/, 'a current minor version, not a bare major')
  t.equal(resources.DatabaseProxy!.Properties.RequireTLS, true)
  t.match(JSON.stringify(apiEnv.DATABASE_PREPARE), /"false"/, 'no prepared statements through RDS Proxy')
  t.same(
    apiEnv.DATABASE_PREPARE,
    { 'Fn::If': ['CreateDb', 'false', 'true'] },
    "only the stack's own database is behind RDS Proxy; a DATABASE_URL of your own keeps them"
  )
  t.match(JSON.stringify(globals.VpcConfig), /SubnetIds/)
})

t.test('alarms: errors, throttles, p99 near the Twilio limit, unacknowledged urgent escalations', async (t) => {
  const alarms = Object.values(resources)
    .filter((r) => r.Type === 'AWS::CloudWatch::Alarm')
    .map((r) => r.Properties)
  const byMetric = new Map(alarms.map((a) => [`${a.Namespace}/${a.MetricName}`, a]))
  t.ok(byMetric.has('AWS/Lambda/Errors'))
  t.ok(byMetric.has('AWS/Lambda/Throttles'))
  const p99 = byMetric.get('AWS/Lambda/Duration')!
  t.equal(p99.ExtendedStatistic, 'p99')
  t.ok((p99.Threshold as number) < 15000 && (p99.Threshold as number) >= 10000)
  t.ok(byMetric.has(`${METRICS_NAMESPACE}/UnacknowledgedUrgentEscalations`))
})

t.test('the dashboard body is valid JSON with the widgets ops need', async (t) => {
  const [body, variables] = (resources.Dashboard!.Properties.DashboardBody as Node)['Fn::Sub'] as [
    string,
    Record<string, string>
  ]
  const substituted = body.replace(/\$\{([\w.:]+)\}/g, (_m, name: string) => variables[name] ?? `value-of-${name}`)
  const dashboard = JSON.parse(substituted) as {
    widgets: Array<{ properties: { title: string; metrics?: unknown[][] } }>
  }
  const titles = dashboard.widgets.map((w) => w.properties.title)
  for (const title of [
    'Invocations and errors',
    'Duration p50 / p99 (ms)',
    'Cold starts',
    'Messages by label',
    'Escalations by priority',
    'Answer mode',
    'LLM latency (ms)',
    'LLM tokens',
    'Fallbacks taken'
  ]) {
    t.ok(titles.includes(title), title)
  }
  const metricNames = JSON.stringify(dashboard.widgets.map((w) => w.properties.metrics))
  for (const name of [
    'ColdStart',
    'Messages',
    'Escalations',
    'LlmLatency',
    'LlmPromptTokens',
    'FallbackTaken',
    'UnacknowledgedUrgentEscalations'
  ]) {
    t.match(metricNames, name, `${name} (emitted by app/metrics.ts) is on the dashboard`)
  }
})

t.test(
  'outputs: the webhook URLs for both numbers, with the stage and the retry policy, and the dashboard',
  async (t) => {
    const outputs = template.Outputs as Record<string, { Value: Node }>
    const fragment = `#${TWILIO_WEBHOOK_OVERRIDES}`
    for (const [name, path] of [
      ['EmployeeWebhookUrl', '/message'],
      ['ManagerWebhookUrl', '/escalate/reply'],
      ['StatusCallbackUrl', '/message/status']
    ] as const) {
      const [, custom, own] = (
        outputs[name]!.Value as { 'Fn::If': [string, { 'Fn::Sub': string }, { 'Fn::Sub': string }] }
      )['Fn::If']
      t.equal(
        own['Fn::Sub'],
        `https://\${HttpApi}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/\${Stage}${path}${fragment}`
      )
      t.equal(custom['Fn::Sub'], `\${PublicBaseUrl}${path}${fragment}`, `${name} on a custom domain`)
    }
    t.match(JSON.stringify(outputs.DashboardUrl!.Value), /dashboards:name=\$\{Dashboard\}/)
    t.ok(outputs.ValidateUrl)
  }
)

t.test(
  "workflows: CI tests on PostgreSQL (and pgvector) on Lambda's Node; deploy waits for CI on that commit",
  async (t) => {
    const { text: ciText, doc: ci } = await loadYaml('../.github/workflows/ci.yml')
    t.same(Object.keys(ci.on as Node).sort(), ['pull_request', 'push'])
    const jobs = ci.jobs as Record<string, { services?: Node; steps: Array<Record<string, unknown>> }>
    const test = jobs.test!
    t.match((test.services as Node).postgres, { image: /^postgres/ })
    const ciSteps = JSON.stringify(test.steps)
    for (const command of [
      'npm ci',
      'npm run typecheck',
      'npm run lint',
      'npm test',
      'npm run test:reliability',
      'npm run build'
    ])
      t.match(ciSteps, command)
    t.match(ciSteps, /cfn-lint==\d+\.\d+\.\d+/, 'cfn-lint installed, so the template test runs there')
    const vector = Object.values(jobs).find((job) =>
      String((job.services?.postgres as Node | undefined)?.image).startsWith('pgvector/pgvector')
    )
    t.ok(vector, 'a job on the pgvector/pgvector image')
    t.match(JSON.stringify(vector?.steps), /test\/providers\/pgvector-postgres\.test\.ts/, 'runs the vector path')
    const lambdaNode = String(globals.Runtime).replace(/^nodejs(\d+)\.x$/, '$1')
    for (const [name, job] of Object.entries(jobs)) {
      const setupNode = job.steps.find((s) => String(s.uses).startsWith('actions/setup-node'))
      t.equal(
        String((setupNode?.with as Node | undefined)?.['node-version']),
        lambdaNode,
        `${name}: Node.js ${lambdaNode}, as Lambda`
      )
    }

    const { text: deployText, doc: deploy } = await loadYaml('../.github/workflows/deploy.yml')
    const on = deploy.on as {
      workflow_run?: { workflows: string[]; types: string[]; branches: string[] }
      push?: unknown
    }
    t.notOk(on.push, 'never on a push, which would race CI')
    t.same(on.workflow_run, { workflows: [ci.name], types: ['completed'], branches: ['main'] }, 'after CI')
    t.ok('workflow_dispatch' in (deploy.on as Node))
    t.equal((deploy.permissions as Node)['id-token'], 'write')
    const job = (deploy.jobs as Record<string, { if: string; env: Node; steps: Array<Record<string, unknown>> }>)
      .deploy!
    t.match(job.if, /github\.event\.workflow_run\.conclusion == 'success'/, 'only when CI succeeded')
    t.match(job.env.SHA, /github\.event\.workflow_run\.head_sha/, 'the commit CI tested')
    const steps = job.steps
    const checkout = steps.find((s) => String(s.uses).startsWith('actions/checkout'))
    // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions' own ${{ }} expression
    t.equal((checkout?.with as Node | undefined)?.ref, '${{ env.SHA }}')
    const manual = steps.map((s) => String(s.run ?? '')).find((r) => r.includes('gh run list'))
    t.match(manual, /--workflow ci\.yml --commit "\$SHA" --status success/, 'a manual run checks CI on its commit')
    const sam = steps.find((s) => String(s.uses).startsWith('aws-actions/setup-sam'))
    t.match(String((sam?.with as Node | undefined)?.version), /^\d+\.\d+\.\d+$/, 'the SAM CLI version is pinned')
    const credentials = steps.find((s) => String(s.uses).startsWith('aws-actions/configure-aws-credentials'))
    t.ok(credentials && 'role-to-assume' in (credentials.with as Node), 'OIDC role, no stored keys')
    const run = steps.map((s) => String(s.run ?? '')).join('\n')
    t.match(run, /sam build/)
    t.match(run, /sam deploy --config-env production/)
    t.match(run, /ValidateUrl[\s\S]*curl/)
    t.match(await readFile(new URL('../samconfig.toml', import.meta.url), 'utf8'), /\[production\.deploy\.parameters\]/)

    for (const [file, source] of [
      ['ci.yml', ciText],
      ['deploy.yml', deployText]
    ] as const) {
      const uses = source.split('\n').filter((line) => /^\s*-?\s*uses:/.test(line))
      t.ok(uses.length > 0)
      for (const line of uses)
        t.match(
          line,
          /uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/,
          `${file}: pinned to a commit, its version beside it: ${line.trim()}`
        )
    }
  }
)
