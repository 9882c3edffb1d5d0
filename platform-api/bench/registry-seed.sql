-- Benchmark data for the model registry: 1,000 models with 50 versions each (50,000 versions,
-- 100,000 scalar metrics, 2,000 aliases) in the demo tenant. Run as the schema owner (psql).
-- Rows only: the artifacts they name are not on disk (the benchmarks resolve and search, they
-- do not download). Deterministic: the same rows on every run.
\set ON_ERROR_STOP on
begin;

insert into models (id, tenant_id, name, description, task, owner_id, tags, approval_required, version_count, created_at, updated_at)
select gen_random_uuid(), t.id, format('bench-%s', lpad(i::text, 4, '0')), 'Benchmark model ' || i, 'CLASSIFICATION',
       u.id, array[format('team-%s', i % 10), format('domain-%s', i % 7), format('stage-%s', i % 3)], false, 50,
       timestamptz '2026-01-01' + make_interval(hours => i), timestamptz '2026-01-01' + make_interval(hours => i)
from tenants t
join users u on u.tenant_id = t.id and u.email = 'scientist@demo.example.com'
cross join generate_series(0, 999) as i
where t.slug = 'demo';

-- three tags of thirty per version: a given pair of tags (tN, tN+7) matches about one version in thirty
insert into model_versions (id, tenant_id, model_id, version, format, artifact_uri, artifact_sha256, artifact_size,
                            region, source_region, data_class, signature, metrics, lineage, tags, created_by, created_at)
select gen_random_uuid(), m.tenant_id, m.id, v, 'TRIBUO',
       'file:///benchmark/' || encode(sha256(convert_to(m.name || '@' || v, 'UTF8')), 'hex'),
       encode(sha256(convert_to(m.name || '@' || v, 'UTF8')), 'hex'), 100000 + v, 'eu-west', 'eu-west', 'INTERNAL',
       '{"inputs":[{"name":"age","type":"INTEGER","shape":[]},{"name":"plan","type":"CATEGORY","shape":[]},{"name":"monthly_spend","type":"FLOAT","shape":[]}],"labels":["stay","churn"]}'::jsonb,
       jsonb_build_object('values', jsonb_build_object('accuracy', 0.5 + (h % 500) / 1000.0, 'macro_f1', 0.48 + (h % 500) / 1000.0),
                          'lossCurve', jsonb_build_array(0.69, 0.41, 0.33)),
       jsonb_build_object('trainer', 'tribuo-logistic', 'hyperparameters', jsonb_build_object('epochs', (v % 20 + 1)::text)),
       array[format('t%s', h % 30), format('t%s', (h + 7) % 30), format('t%s', (h + 13) % 30)],
       'user:' || m.owner_id, m.created_at + make_interval(mins => v)
from models m
cross join generate_series(1, 50) as v
cross join lateral (select abs(hashtext(m.name || '@' || v)) as h) as hashed
where m.name like 'bench-%';

insert into model_version_tags (tenant_id, version_id, tag, created_at)
select tenant_id, id, unnest(tags), created_at
from model_versions
where artifact_uri like 'file:///benchmark/%';

insert into model_version_metrics (tenant_id, version_id, name, value)
select tenant_id, id, metric.key, metric.value::text::double precision
from model_versions
cross join lateral jsonb_each(metrics -> 'values') as metric
where artifact_uri like 'file:///benchmark/%';

insert into model_aliases (tenant_id, model_id, alias, version, moved_by, moved_at)
select m.tenant_id, m.id, alias.name, alias.version, 'user:' || m.owner_id, now()
from models m
cross join lateral (values ('production', 40 + abs(hashtext(m.name)) % 10), ('staging', 50)) as alias(name, version)
where m.name like 'bench-%';

commit;
-- what autovacuum does soon after inserts: statistics, and the visibility map index-only scans need
vacuum analyze models;
vacuum analyze model_versions;
vacuum analyze model_version_tags;
vacuum analyze model_version_metrics;
vacuum analyze model_aliases;
