import { sql } from 'drizzle-orm'
import { type Db, queryRows } from '../db/database.ts'
import { embeddingText } from './embeddings.ts'
import { type ChunkRow, SYNC_BATCH, toChunk, type VectorStore, VectorStoreUnavailable } from './vector-store.ts'

const NOT_INSTALLED = 'pgvector is not installed in this database; full-text search only'

/** pgvector: the `chunk_embeddings` table the vector migration creates where the extension exists. */
export function createPgvectorStore(db: Db, model: string): VectorStore {
  let available: Promise<boolean> | undefined
  const isAvailable = () => {
    available ??= queryRows<{ present: boolean }>(
      db,
      sql`select to_regclass('public.chunk_embeddings') is not null as present`
    ).then((r) => Boolean(r[0]?.present))
    return available
  }
  const requireTable = async () => {
    if (!(await isAvailable())) throw new VectorStoreUnavailable(NOT_INSTALLED)
  }

  return {
    name: 'pgvector',
    available: isAvailable,
    async nearest(vector, { limit, location }) {
      await requireTable()
      const literal = toVectorLiteral(vector)
      const rows = await queryRows<ChunkRow & { similarity: number }>(
        db,
        sql`
        select c.id as chunk_id, c.document_id, d.source, c.title, c.heading, c.content, c.content_hash,
               1 - (e.embedding <=> ${literal}::vector) as similarity
        from chunk_embeddings e
        join chunks c on c.content_hash = e.content_hash
        join documents d on d.id = c.document_id
        where e.model = ${model}
          and (cardinality(d.locations) = 0 or ${location ?? null}::text = any(d.locations))
        order by e.embedding <=> ${literal}::vector
        limit ${limit}`
      )
      return rows.map((r) => toChunk(r, Number(r.similarity)))
    },
    async sync(embedder) {
      if (!(await isAvailable())) return { embedded: 0, deleted: 0, unavailable: NOT_INSTALLED }
      const missing = await queryRows<ChunkRow>(
        db,
        sql`
        select distinct on (c.content_hash) c.content_hash, c.title, c.heading, c.content
        from chunks c
        where not exists (select 1 from chunk_embeddings e where e.content_hash = c.content_hash and e.model = ${embedder.model})`
      )
      for (let i = 0; i < missing.length; i += SYNC_BATCH) {
        const batch = missing.slice(i, i + SYNC_BATCH)
        const vectors = await embedder.embed(batch.map(embeddingText))
        await db.execute(sql`
          insert into chunk_embeddings (content_hash, model, embedding)
          values ${sql.join(
            batch.map((c, j) => sql`(${c.content_hash}, ${embedder.model}, ${toVectorLiteral(vectors[j]!)}::vector)`),
            sql`, `
          )}
          on conflict do nothing`)
      }
      // Vectors of text no chunk has any more.
      const deleted = await queryRows<{ n: number }>(
        db,
        sql`
        with gone as (
          delete from chunk_embeddings e
          where not exists (select 1 from chunks c where c.content_hash = e.content_hash)
          returning 1)
        select count(*)::int as n from gone`
      )
      return { embedded: missing.length, deleted: deleted[0]?.n ?? 0 }
    },
    async check() {
      if (!(await isAvailable())) return { mode: 'pgvector not installed: full-text search only' }
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from chunk_embeddings where model = ${model}`
      )
      return { mode: `hybrid: PostgreSQL full-text + pgvector (${model})`, detail: `${row?.n ?? 0} embeddings` }
    }
  }
}

/** Pinecone, addressed by its data-plane host (no control-plane lookup on a cold start). */
function toVectorLiteral(vector: number[]): string {
  return `[${vector.map((v) => (Number.isFinite(v) ? v : 0)).join(',')}]`
}
