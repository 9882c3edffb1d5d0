-- Residency and privacy policies, versioned per tenant and source region, and the audit log,
-- append-only and hash-chained per tenant.

create table policies (
    tenant_id   uuid         not null references tenants (id),
    region      varchar(32)  not null,
    version     integer      not null check (version > 0),
    -- the rules as the API accepts them (JSON); kept as text so a version reads back byte for byte
    rules       text         not null,
    reason      varchar(500) not null,
    created_by  uuid,
    created_at  timestamptz  not null default now(),
    primary key (tenant_id, region, version)
);
select isolate_by_tenant('policies');
grant select, insert on policies to ${app_role};

create table audit_log (
    tenant_id   uuid         not null references tenants (id),
    seq         bigint       not null check (seq > 0),
    at          timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(64)  not null,
    subject     varchar(200) not null,
    -- JSON text exactly as hashed
    details     text         not null,
    prev_hash   bytea        not null check (length(prev_hash) = 32),
    hash        bytea        not null check (length(hash) = 32),
    primary key (tenant_id, seq)
);
create index audit_log_action_idx on audit_log (tenant_id, action, at);
create index audit_log_actor_idx on audit_log (tenant_id, actor, at);
select isolate_by_tenant('audit_log');
-- append-only for the application: no update, no delete
grant select, insert on audit_log to ${app_role};
