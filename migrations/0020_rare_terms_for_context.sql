-- Custom migration: search_chunks() (migration 0012) can also read every chunk of the question's rarest
-- terms, as many terms as fit in rare_postings postings, weightiest first (0: it does not). The first pass
-- ranks by ts_rank, which does not weigh a word by its rarity, and keeps the best first_pass chunks: on a
-- handbook where a common word of the question is in more chunks than that ("how many work polos": "work"
-- in 165 of an aged-care provider's, "polos" in one), the one chunk that answers was never read. The app
-- asks for it when it gathers what a model reads, which judges each passage itself, and not for the
-- extractive writer, which quotes its best sentence and cannot tell a glossary's "dog food" from a dog.
-- Otherwise the same as 0012.
DROP FUNCTION search_chunks(integer[], text[], text[], float8[], text, integer, integer, integer, integer);
--> statement-breakpoint
CREATE FUNCTION search_chunks(
  term_ids integer[], term_forms text[], own_forms text[], emphases float8[], employee_location text,
  first_pass integer, candidate_count integer, pages_wanted integer, posting_budget integer, rare_postings integer
)
RETURNS TABLE (
  chunk_id integer, document_id integer, source text, title text, heading text, content text,
  rank float8, coverage float8, term_stats json
)
LANGUAGE plpgsql STABLE
AS $fn$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  with forms as (
    select f.term, f.form,
           case when position(' ' in f.form) > 0 then phraseto_tsquery('english', f.form)
                else plainto_tsquery('english', f.form) end as q
    from unnest(term_ids, term_forms) as f(term, form)
  ),
  usable as (select * from forms where q::text <> ''),
  -- A form's document frequency is that of its rarest word; a term's, that of its commonest form.
  form_df as (
    select u.term, u.form, min(coalesce(k.chunks, 0)) as df
    from usable u
    cross join lateral unnest(tsvector_to_array(to_tsvector('english', u.form))) as l(word)
    left join knowledge_lexemes k on k.lexeme = l.word
    group by u.term, u.form
  ),
  terms as materialized (
    select u.term, string_agg('(' || u.q::text || ')', ' | ')::tsquery as q,
           -- The employee's own word (or phrase), which ranks above its synonyms.
           (array_agg(u.q order by u.form <> own_forms[u.term + 1]))[1] as own_q,
           -- The employee's own word when the handbook uses it, else the commonest of its synonyms.
           coalesce((select nullif(d.df, 0) from form_df d where d.term = u.term and d.form = own_forms[u.term + 1]), (select max(df) from form_df d where d.term = u.term), 0) as df,
           coalesce((select d.df from form_df d where d.term = u.term and d.form = own_forms[u.term + 1]), 0) as own_df,
           emphases[u.term + 1] as emphasis,
           -- How many chunks the term's forms match at most: what reading it in the index costs.
           (select sum(d.df) from form_df d where d.term = u.term) as postings
    from usable u
    group by u.term
  ),
  -- BM25's inverse document frequency: a rare word such as "jury" outweighs a common one such as
  -- "leave". A word the handbook never uses, nor any synonym of it, weighs most of all: it is most
  -- likely what the question is about, and a passage without it does not answer it (unless it only
  -- frames the question: a number, "eligible").
  weighted as materialized (
    select t.term, t.q, t.own_q, t.df, t.own_df, t.postings,
           ln(1 + (total.chunks - greatest(t.df, 1) + 0.5) / (greatest(t.df, 1) + 0.5))
             * (case when t.df = 0 and t.emphasis >= 1 then 1.5 else 1 end) * t.emphasis as idf
    from terms t
    cross join (select coalesce(max(chunks), 0) as chunks from knowledge_lexemes where lexeme = '') as total
  ),
  -- The first pass reads the chunks holding the question's weightiest terms, as many terms as fit in
  -- posting_budget (at least the first that any chunk holds), and ranks them by all the terms. On a
  -- handbook of a few thousand chunks every term fits, so nothing changes; on a large one, the common
  -- words ("leave", "time") no longer make it rank every other chunk. A chunk holding none of the
  -- weightiest terms could not have ranked well.
  by_weight as (
    select w.q, w.postings, sum(w.postings) over (order by w.idf desc, w.term) as running from weighted w
  ),
  q as (
    select string_agg(q::text, ' | ') filter (where running <= posting_budget or running = postings)::tsquery as query,
           string_agg(q::text, ' | ')::tsquery as rank_query,
           string_agg(q::text, ' | ') filter (where running <= rare_postings)::tsquery as rare_query
    from by_weight
  ),
  -- A cheap first pass, then the weighted score for the best of them.
  -- A document kept to some locations is for employees of those locations only. Few are, so the
  -- test is the short list of documents this employee may not see, not a join with every document.
  hidden as materialized (
    select coalesce(array_agg(d.id), '{}') as ids from documents d
    where cardinality(d.locations) > 0 and not coalesce(employee_location = any(d.locations), false)
  ),
  -- matching_chunks (migration 0008) reads the GIN index: the planner alone would scan every chunk.
  -- The first pass ranks by ts_rank, which knows nothing of how rare a word is: where a common word fills it
  -- ("work" in 165 chunks), the chunks of the rarest terms are read as well when asked for ("polos" in one).
  -- With rare_postings 0 the rare query is null and matches nothing.
  matched as materialized (
    select * from matching_chunks((select query from q), (select rank_query from q), (select ids from hidden), first_pass)
    union
    select * from matching_chunks((select rare_query from q), (select rank_query from q), (select ids from hidden), first_pass)
  ),
  candidates as (
    select m.id as chunk_id, m.document_id, d.source, m.title, m.heading, m.content,
           (select sum(w.idf * (ts_rank('{0.1, 0.2, 0.5, 1.0}', m.tsv, w.q, 0)
                                + 0.3 * ts_rank('{0.1, 0.2, 0.5, 1.0}', m.tsv, w.own_q, 0))) / nullif(sum(w.idf), 0)
              from weighted w) as rank,
           -- The share of the question's weight this chunk holds: every term found counts whole.
           (select sum(w.idf) filter (where m.tsv @@ w.q) / nullif(sum(w.idf), 0) from weighted w) as coverage,
           (select json_agg(json_build_object('term', w.term, 'idf', w.idf, 'df', w.df, 'own_df', w.own_df)) from weighted w) as term_stats
    from matched m
    join documents d on d.id = m.document_id
    order by rank desc
    limit candidate_count
  ),
  scored as (
    select c.*, max(c.rank * (0.5 + coalesce(c.coverage, 0))) over (partition by c.document_id) as best,
           rank() over (partition by c.document_id order by c.rank * (0.5 + coalesce(c.coverage, 0)) desc) as nth
    from candidates c
  ),
  -- Only what diversify() picks is sent, in its order: the best page's best three, then every other
  -- page's best, then their second best, then the rest by score, as many as asked for. A handbook in one
  -- file is one page: its passages after the third now come too (they were cut at three).
  pickable as (select s.*, dense_rank() over (order by s.best desc) as page from scored s),
  ordered as (
    select p.*, case when p.page = 1 and p.nth <= 3 then 0 when p.page > 1 and p.nth <= 2 then p.nth else 3 end as tier
    from pickable p
  )
  select chunk_id::integer, document_id::integer, source::text, title::text, heading::text, content::text,
         rank::float8, coverage::float8, term_stats::json
  from ordered
  order by tier, rank * (0.5 + coalesce(coverage, 0)) desc
  limit pages_wanted;
END
$fn$;
