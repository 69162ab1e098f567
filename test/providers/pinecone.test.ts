import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { ingestPaths } from '../../app/knowledge/ingest.ts'
import { SAMPLE_HANDBOOK } from '../fixtures/data.ts'
import { build } from '../helper.ts'
import { startImitations } from '../imitations/index.ts'
import { PINECONE_KEY } from '../imitations/pinecone.ts'
import { bearer, token } from '../fixtures/tokens.ts'

async function setup(t: Parameters<typeof build>[0], namespace?: string) {
  const { openai, pinecone, env } = await startImitations(t, 'openai', 'pinecone')
  const app = await build(t, {
    env: { ...env, VALIDATE_CACHE_S: '0', ...(namespace ? { PINECONE_NAMESPACE: namespace } : {}) }
  })
  const dir = await mkdtemp(join(tmpdir(), 'sms-pc-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return { app, openai, pinecone, dir }
}

t.test(
  'ingestion upserts vectors with metadata; re-ingestion deletes vectors of changed and removed text',
  async (t) => {
    const { app, openai, pinecone, dir } = await setup(t)
    await writeFile(
      join(dir, 'parking.md'),
      '---\ntitle: Parking\nlocations: [Downtown]\n---\n## Staff parking\n\nPark in the garage on 5th street.\n\n## Bikes\n\nBike racks are by the loading dock.\n'
    )
    await ingestPaths(app.db, [dir, SAMPLE_HANDBOOK])
    const first = await app.retriever.sync!()
    const vectors = pinecone.vectors()
    t.equal(first.embedded, vectors.length)
    t.ok(vectors.length > 30)
    const upserts = pinecone.requests.filter((r) => r.path === '/vectors/upsert')
    t.equal(
      (upserts[0]!.json as { namespace: string }).namespace,
      '__default__',
      'the SDK names the default namespace __default__'
    )
    t.equal(upserts[0]!.headers['api-key'], PINECONE_KEY)
    const garage = vectors.find((v) => v.metadata?.heading === 'Staff parking')!
    t.match(garage.metadata, {
      source: 'parking.md',
      title: 'Parking',
      text: 'Park in the garage on 5th street.',
      locations: ['Downtown'],
      all_locations: false
    })
    t.equal(garage.values.length, 1536)

    const embeddingCalls = openai.embeddingRequests().length
    t.same(await app.retriever.sync!(), { embedded: 0, deleted: 0 })
    t.equal(openai.embeddingRequests().length, embeddingCalls, 'nothing embedded twice')

    await writeFile(
      join(dir, 'parking.md'),
      '---\ntitle: Parking\nlocations: [Downtown]\n---\n## Staff parking\n\nPark in the lot behind the store.\n'
    )
    await ingestPaths(app.db, [dir, SAMPLE_HANDBOOK])
    t.same(
      await app.retriever.sync!(),
      { embedded: 1, deleted: 2 },
      'one new text; the old garage text and the bikes text are gone'
    )
    t.notOk(pinecone.vectors().some((v) => String(v.metadata?.text).includes('garage')))
  }
)

t.test('search: hybrid with Pinecone, scoped by location, in a named namespace', async (t) => {
  const { app, pinecone, dir } = await setup(t, 'acme')
  await writeFile(
    join(dir, 'downtown.md'),
    '---\ntitle: Downtown parking\nlocations: [Downtown]\n---\nStaff park in the garage on 5th street.\n'
  )
  await writeFile(
    join(dir, 'riverside.md'),
    '---\ntitle: Riverside parking\nlocations: [Riverside]\n---\nStaff park in the back lot by the river.\n'
  )
  await ingestPaths(app.db, [dir])
  await app.retriever.sync!()
  t.equal(pinecone.vectors('acme').length, 2)

  const downtown = await app.retriever.search('where does staff park', { location: 'Downtown' })
  t.same(
    downtown.map((r) => r.source),
    ['downtown.md']
  )
  t.type(downtown[0]!.similarity, 'number')
  const query = pinecone.requests.filter((r) => r.path === '/query').at(-1)!.json as Record<string, unknown>
  t.match(query, {
    namespace: 'acme',
    topK: 20,
    includeMetadata: true,
    filter: { $or: [{ all_locations: { $eq: true } }, { locations: { $in: ['Downtown'] } }] }
  })
  t.same(
    (await app.retriever.search('where does staff park', { location: 'Riverside' })).map((r) => r.source),
    ['riverside.md']
  )
  for (const location of [null, undefined, '']) {
    t.same(await app.retriever.search('where does staff park', { location }), [], `no location (${location}): nothing`)
    const unscoped = pinecone.requests.filter((r) => r.path === '/query').at(-1)!.json as Record<string, unknown>
    t.same(unscoped.filter, { all_locations: { $eq: true } }, 'only documents for everyone')
  }
})

t.test('Pinecone failing or hanging: full-text results, and the fallback is reported', async (t) => {
  const { app, pinecone } = await setup(t)
  await ingestPaths(app.db, [SAMPLE_HANDBOOK])
  await app.retriever.sync!()

  pinecone.scriptPath('/query', 500, 500)
  const failing: string[] = []
  t.equal((await app.retriever.search('when is payday', { onFallback: (r) => failing.push(r) }))[0]!.source, 'pay.md')
  t.same(failing, ['vector:error'])
  t.equal(pinecone.requests.filter((r) => r.path === '/query').length, 2, 'one retry, not the SDK default of three')

  pinecone.scriptPath('/query', 'hang')
  const hanging: string[] = []
  const started = Date.now()
  t.equal((await app.retriever.search('when is payday', { onFallback: (r) => hanging.push(r) }))[0]!.source, 'pay.md')
  t.ok(Date.now() - started < 2000, 'bounded')
  t.same(hanging, ['vector:timeout'])

  pinecone.scriptPath('/query', 'garbage')
  const garbage: string[] = []
  await app.retriever.search('when is payday', { onFallback: (r) => garbage.push(r) })
  t.same(garbage, ['vector:error'])
})

t.test('/validate asks Pinecone for its index stats', async (t) => {
  const { app, pinecone } = await setup(t)
  const ok = (await app.inject({ method: 'GET', url: '/validate', headers: bearer(token()) })).json()
  t.match(ok.checks.retriever, { ok: true, mode: 'hybrid: PostgreSQL full-text + Pinecone', detail: /dimension 1536/ })
  pinecone.scriptPath('/describe_index_stats', 500, 500)
  t.equal((await app.inject({ method: 'GET', url: '/validate', headers: bearer(token()) })).statusCode, 503)
})
