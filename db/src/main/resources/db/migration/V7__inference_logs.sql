-- One row per prediction request: who called which version where, how it went and how long it
-- took. Inputs only when the source region's policy allows logging them (then with personal data
-- in text values redacted); outputs are the model's raw answers. Written in batches, off the
-- request path.

create table inference_logs (
    tenant_id   uuid          not null references tenants (id),
    id          uuid          not null,
    at          timestamptz   not null,
    region      varchar(32)   not null,
    model_id    uuid          not null references models (id),
    model_name  varchar(100)  not null,
    version     integer       not null check (version > 0),
    caller      varchar(100)  not null,
    locale      varchar(35)   not null,
    rows        integer       not null check (rows >= 0),
    latency_us  bigint        not null check (latency_us >= 0),
    decision    varchar(8)    not null check (decision in ('ALLOW', 'DENY')),
    input       jsonb,
    output      jsonb,
    primary key (tenant_id, id)
);
create index inference_logs_at_idx on inference_logs (tenant_id, at desc);
create index inference_logs_model_idx on inference_logs (tenant_id, model_name, at desc);
select isolate_by_tenant('inference_logs');
grant select, insert, delete on inference_logs to ${app_role};
