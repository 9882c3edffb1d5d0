-- The model registry: models, their immutable versions, aliases (with approvals), label
-- translations and the events a webhook will later deliver. Artifacts themselves live in the
-- blob store of their region; a version holds their address, checksum and size.

-- Row-level security, cheaper: the tenant setting read once per statement (an InitPlan), not once
-- per row. Same rule as in V1, for the tables to come and for those that exist.
create or replace function isolate_by_tenant(p_table regclass) returns void
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', p_table);
    execute format('alter table %s force row level security', p_table);
    execute format('create policy tenant_isolation on %s'
                   ' using (tenant_id = (select nullif(current_setting(''app.tenant_id'', true), '''')::uuid))'
                   ' with check (tenant_id = (select nullif(current_setting(''app.tenant_id'', true), '''')::uuid))', p_table);
    execute format('create policy owner_all on %s to current_user using (true) with check (true)', p_table);
end
$$;
do $$
declare
    existing text;
begin
    foreach existing in array array['users', 'api_keys', 'policies', 'audit_log'] loop
        execute format('alter policy tenant_isolation on %I'
                       ' using (tenant_id = (select nullif(current_setting(''app.tenant_id'', true), '''')::uuid))'
                       ' with check (tenant_id = (select nullif(current_setting(''app.tenant_id'', true), '''')::uuid))', existing);
    end loop;
end
$$;

create table models (
    id                uuid          primary key,
    tenant_id         uuid          not null references tenants (id),
    -- part of URLs such as /models/churn@production: lower case, no '@' or '/'
    name              varchar(100)  not null check (name ~ '^[a-z0-9][a-z0-9._-]*$'),
    description       varchar(2000) not null default '',
    task              varchar(32)   not null,
    owner_id          uuid          not null,
    tags              text[]        not null default '{}',
    -- moving the production alias waits for a compliance or tenant admin's approval
    approval_required boolean       not null default false,
    -- the number of the newest version; incremented under the row lock, so numbers never repeat
    version_count     integer       not null default 0 check (version_count >= 0),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    unique (tenant_id, name)
);
create index models_name_prefix_idx on models (tenant_id, name varchar_pattern_ops);
create index models_created_idx on models (tenant_id, created_at);
-- no GIN index on tags: under row-level security PostgreSQL applies only leakproof conditions
-- before the policy, and array containment (@>) is not leakproof, so such an index is never used
select isolate_by_tenant('models');
grant select, insert, update on models to ${app_role};

create table model_versions (
    id               uuid         primary key,
    tenant_id        uuid         not null references tenants (id),
    model_id         uuid         not null references models (id),
    version          integer      not null check (version > 0),
    format           varchar(32)  not null,
    artifact_uri     varchar(1000) not null,
    artifact_sha256  char(64)     not null check (artifact_sha256 ~ '^[0-9a-f]{64}$'),
    artifact_size    bigint       not null check (artifact_size >= 0),
    -- where the artifact is stored, and where the data it was trained on comes from (whose policy applies)
    region           varchar(32)  not null,
    source_region    varchar(32)  not null,
    data_class       varchar(32)  not null,
    signature        jsonb        not null,
    metrics          jsonb        not null,
    lineage          jsonb        not null,
    dataset_id       uuid,
    training_job_id  uuid,
    tags             text[]       not null default '{}',
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    unique (model_id, version)
);
create index model_versions_model_idx on model_versions (tenant_id, model_id, version desc);
create index model_versions_created_idx on model_versions (tenant_id, created_at desc);
create index model_versions_dataset_idx on model_versions (tenant_id, dataset_id) where dataset_id is not null;
select isolate_by_tenant('model_versions');
-- immutable: the application may only add versions; not even the owner may change one
grant select, insert on model_versions to ${app_role};
create function refuse_version_change() returns trigger language plpgsql as $$
begin
    raise exception 'model versions are immutable' using errcode = 'restrict_violation';
end $$;
create trigger model_versions_immutable before update on model_versions
    for each row execute function refuse_version_change();

-- the tags of each version, one row each, for search: text equality is leakproof, so this index
-- serves tag filters under row-level security; each tag's entries come in version order, so two
-- tags intersect as a merge join of two index-only scans, creation time included for the sort
create table model_version_tags (
    tenant_id   uuid         not null references tenants (id),
    version_id  uuid         not null references model_versions (id),
    tag         varchar(64)  not null,
    created_at  timestamptz  not null,
    primary key (version_id, tag)
);
create index model_version_tags_tag_idx on model_version_tags (tenant_id, tag, version_id) include (created_at);
select isolate_by_tenant('model_version_tags');
grant select, insert on model_version_tags to ${app_role};

-- scalar metrics, one row each, so that "accuracy >= 0.9" is an index range scan
create table model_version_metrics (
    tenant_id   uuid             not null references tenants (id),
    version_id  uuid             not null references model_versions (id),
    name        varchar(64)      not null,
    value       double precision not null,
    primary key (version_id, name)
);
create index model_version_metrics_value_idx on model_version_metrics (tenant_id, name, value);
select isolate_by_tenant('model_version_metrics');
grant select, insert on model_version_metrics to ${app_role};

create table model_aliases (
    tenant_id   uuid         not null references tenants (id),
    model_id    uuid         not null references models (id),
    alias       varchar(64)  not null check (alias ~ '^[a-z][a-z0-9_-]*$'),
    version     integer      not null,
    moved_by    varchar(100) not null,
    moved_at    timestamptz  not null,
    primary key (model_id, alias),
    -- an alias can only name a version of its own model
    foreign key (model_id, version) references model_versions (model_id, version)
);
create index model_aliases_alias_idx on model_aliases (tenant_id, alias, model_id, version);
select isolate_by_tenant('model_aliases');
grant select, insert, update, delete on model_aliases to ${app_role};

create table alias_approvals (
    id            uuid         primary key,
    tenant_id     uuid         not null references tenants (id),
    model_id      uuid         not null references models (id),
    alias         varchar(64)  not null,
    version       integer      not null,
    reason        varchar(500) not null,
    state         varchar(16)  not null check (state in ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    requested_by  varchar(100) not null,
    requested_at  timestamptz  not null,
    decided_by    varchar(100),
    decided_at    timestamptz,
    comment       varchar(500),
    foreign key (model_id, version) references model_versions (model_id, version)
);
-- at most one open request per alias: a newer request supersedes the older one
create unique index alias_approvals_pending_idx on alias_approvals (model_id, alias) where state = 'PENDING';
create index alias_approvals_model_idx on alias_approvals (tenant_id, model_id, requested_at desc);
select isolate_by_tenant('alias_approvals');
grant select, insert, update on alias_approvals to ${app_role};

create table model_labels (
    tenant_id    uuid         not null references tenants (id),
    model_id     uuid         not null references models (id),
    locale       varchar(35)  not null,
    label        varchar(200) not null,
    translation  varchar(500) not null,
    primary key (model_id, locale, label)
);
select isolate_by_tenant('model_labels');
grant select, insert, update, delete on model_labels to ${app_role};

-- what happened in the registry, in order, for a webhook dispatcher to deliver later
create table registry_events (
    tenant_id   uuid         not null references tenants (id),
    seq         bigint       generated always as identity,
    at          timestamptz  not null,
    type        varchar(32)  not null,
    model_id    uuid         not null references models (id),
    model_name  varchar(100) not null,
    version     integer,
    alias       varchar(64),
    actor       varchar(100) not null,
    primary key (tenant_id, seq)
);
select isolate_by_tenant('registry_events');
grant select, insert on registry_events to ${app_role};
