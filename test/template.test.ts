import { access, readFile } from 'node:fs/promises'
import t from 'tap'
import YAML from 'yaml'
import { ConfigSchema } from '../app/config.ts'

// CloudFormation short-form tags (!Ref, !Sub, ...) parsed as plain values tagged with their function.
const cfnTags = ['Ref', 'Sub', 'GetAtt', 'If', 'Equals', 'Not', 'And', 'Or', 'Join', 'Select', 'Split', 'FindInMap', 'ImportValue', 'GetAZs', 'Base64', 'Condition', 'Cidr']
  .flatMap((name) => ['scalar', 'seq', 'map'].map((kind) => ({
    tag: `!${name}`,
    collection: kind === 'scalar' ? undefined : kind as 'seq' | 'map',
    resolve: (value: unknown) => ({ [name === 'Ref' ? 'Ref' : `Fn::${name}`]: value && typeof value === 'object' && 'toJSON' in value ? (value as { toJSON: () => unknown }).toJSON() : value })
  })))

async function loadTemplate () {
  const text = await readFile(new URL('../template.yaml', import.meta.url), 'utf8')
  return { text, template: YAML.parse(text, { customTags: cfnTags as never }) }
}

t.test('template.yaml is SAM with one function, proxy routes and the required settings', async (t) => {
  const { text, template } = await loadTemplate()
  t.equal(template.Transform, 'AWS::Serverless-2016-10-31')
  const functions = Object.values(template.Resources).filter((r: any) => r.Type === 'AWS::Serverless::Function') as any[]
  t.equal(functions.length, 1, 'one function')
  const fn = functions[0]
  t.equal(fn.Properties.Handler, 'lambda.handler')
  t.same(fn.Metadata.BuildProperties.EntryPoints, ['lambda.ts'])
  await access(new URL('../lambda.ts', import.meta.url))
  const paths = Object.values(fn.Properties.Events).map((e: any) => e.Properties.Path).sort()
  t.same(paths, ['/', '/{proxy+}'])

  const vars = fn.Properties.Environment.Variables
  // Variables without a default must be supplied (JWT_SECRET is optional in the schema but required by a rule).
  const mustSupply = Object.entries(ConfigSchema.properties)
    .filter(([key, schema]) => (ConfigSchema.required as string[] | undefined)?.includes(key) && !('default' in schema))
    .map(([key]) => key)
  for (const key of [...mustSupply, 'JWT_SECRET']) t.ok(key in vars, `${key} is supplied`)
  for (const secret of ['DATABASE_URL', 'TWILIO_AUTH_TOKEN', 'JWT_SECRET']) {
    t.match(JSON.stringify(vars[secret]), /resolve:secretsmanager/, `${secret} comes from Secrets Manager`)
  }
  t.notMatch(text, /dev-twilio-auth-token|dev-jwt-secret/, 'no dev secrets in the template')
})
