-- Training jobs: a queue in PostgreSQL shared by every platform replica. Admission (quotas, fair
-- share) runs in one replica at a time under an advisory lock; executors claim admitted jobs with
-- FOR UPDATE SKIP LOCKED; a running attempt holds a lease its worker renews, so a dead worker's
-- job is noticed and retried.

-- IDX image datasets are two files: the images (content_uri/sha256) and their labels.
alter table datasets add column labels_sha256 char(64) check (labels_sha256 ~ '^[0-9a-f]{64}$');
alter table datasets add column labels_uri varchar(1000);

-- Admission looks across tenants: only transactions that declare the scheduler's scope see every
-- tenant's jobs and quotas (and nothing else of theirs).
create function scheduler_scope(p_table regclass) returns void
    language plpgsql
as $$
begin
    execute format('create policy scheduler_scope on %s'
                   ' using ((select current_setting(''app.scheduler_scope'', true)) = ''on'')'
                   ' with check ((select current_setting(''app.scheduler_scope'', true)) = ''on'')', p_table);
end
$$;
revoke all on function scheduler_scope(regclass) from public;

-- Per tenant; a tenant without a row has the platform's configured defaults.
create table tenant_quotas (
    tenant_id            uuid          primary key references tenants (id),
    weight               numeric(8, 3) not null check (weight > 0),
    max_concurrent_gpus  integer       not null check (max_concurrent_gpus >= 0),
    gpu_hours_per_month  numeric(12, 3) not null check (gpu_hours_per_month >= 0),
    updated_by           varchar(100)  not null,
    updated_at           timestamptz   not null
);
select isolate_by_tenant('tenant_quotas');
select scheduler_scope('tenant_quotas');
grant select, insert, update on tenant_quotas to ${app_role};

create table training_jobs (
    id                uuid          primary key,
    tenant_id         uuid          not null references tenants (id),
    -- the model the trained version is registered under (created when missing)
    model_name        varchar(100)  not null check (model_name ~ '^[a-z0-9][a-z0-9._-]*$'),
    -- no foreign keys to datasets: retention and erasure may delete a dataset a finished job used;
    -- the checksum stays for lineage
    dataset_id        uuid          not null,
    dataset_sha256    char(64)      not null,
    test_dataset_id   uuid,
    trainer           varchar(64)   not null,
    hyperparameters   jsonb         not null,
    gpus              integer       not null check (gpus >= 0),
    priority          integer       not null default 0 check (priority between -100 and 100),
    seed              bigint        not null,
    -- pools the job may run on, in order of preference: the policy lets its data be processed
    -- in their regions and they are big enough
    allowed_pools     text[]        not null check (cardinality(allowed_pools) > 0),
    state             varchar(16)   not null check (state in ('QUEUED', 'ADMITTED', 'RUNNING', 'SUCCEEDED',
                                                              'FAILED', 'CANCELLED')),
    -- why it waits (while QUEUED), or why it ended (FAILED, CANCELLED): a message key
    reason            varchar(64),
    detail            varchar(2000),
    pool              varchar(64),
    attempt           integer       not null default 0 check (attempt >= 0),
    max_attempts      integer       not null check (max_attempts between 1 and 10),
    worker            varchar(200),
    lease_until       timestamptz,
    cancel_requested  boolean       not null default false,
    -- GPU-seconds of finished attempts (quota accounting); a running attempt adds gpus × its age
    gpu_seconds       numeric(14, 1) not null default 0,
    model_version     integer,
    submitted_by      varchar(100)  not null,
    submitted_at      timestamptz   not null,
    queued_at         timestamptz   not null,
    admitted_at       timestamptz,
    started_at        timestamptz,
    finished_at       timestamptz,
    check (state not in ('ADMITTED', 'RUNNING') or pool is not null),
    check (state <> 'RUNNING' or (worker is not null and lease_until is not null))
);
create index training_jobs_tenant_idx on training_jobs (tenant_id, submitted_at desc);
-- the admission cycle reads the queue, executors the admitted, the reaper the running
create index training_jobs_queued_idx on training_jobs (queued_at) where state = 'QUEUED';
create index training_jobs_active_idx on training_jobs (pool, admitted_at) where state in ('ADMITTED', 'RUNNING');
-- quota accounting of the month
create index training_jobs_month_idx on training_jobs (tenant_id, started_at) where gpus > 0;
select isolate_by_tenant('training_jobs');
select scheduler_scope('training_jobs');
grant select, insert, update on training_jobs to ${app_role};

-- Every change of state, with its reason: the job's history.
create table training_job_events (
    id         bigint        generated always as identity primary key,
    tenant_id  uuid          not null references tenants (id),
    job_id     uuid          not null references training_jobs (id),
    at         timestamptz   not null,
    state      varchar(16)   not null,
    attempt    integer       not null,
    pool       varchar(64),
    reason     varchar(64),
    detail     varchar(2000),
    actor      varchar(100)  not null
);
create index training_job_events_job_idx on training_job_events (job_id, id);
select isolate_by_tenant('training_job_events');
select scheduler_scope('training_job_events');
grant select, insert on training_job_events to ${app_role};

create table training_job_progress (
    tenant_id          uuid          not null references tenants (id),
    job_id             uuid          not null references training_jobs (id),
    attempt            integer       not null,
    epoch              integer       not null,
    epochs             integer       not null,
    loss               double precision,
    accuracy           double precision,
    samples_per_second double precision,
    at                 timestamptz   not null,
    primary key (job_id, attempt, epoch)
);
select isolate_by_tenant('training_job_progress');
grant select, insert on training_job_progress to ${app_role};

create table training_job_logs (
    id        bigint        generated always as identity primary key,
    tenant_id uuid          not null references tenants (id),
    job_id    uuid          not null references training_jobs (id),
    attempt   integer       not null,
    at        timestamptz   not null,
    line      varchar(4000) not null
);
create index training_job_logs_job_idx on training_job_logs (job_id, id);
select isolate_by_tenant('training_job_logs');
grant select, insert on training_job_logs to ${app_role};

-- A tenant's slug names its Kueue queue; the scheduler reads slugs, nothing else of the tenant.
create function tenant_slug(p_id uuid) returns varchar
    language sql stable security definer set search_path = public, pg_temp
as $$ select slug from tenants where id = p_id $$;
revoke all on function tenant_slug(uuid) from public;
grant execute on function tenant_slug(uuid) to ${app_role};
