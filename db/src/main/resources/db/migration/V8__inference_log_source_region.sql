-- Whose policy governs an inference log row: the policy of the region the model version's data
-- comes from (its source region), as for the SERVE decision and the logging of inputs, not the
-- serving region's. Retention deletes per tenant and source region by age, hence the index.

alter table inference_logs add column source_region varchar(32);
update inference_logs l set source_region = v.source_region
    from model_versions v where v.model_id = l.model_id and v.version = l.version;
-- a version is never deleted while logs name it; should one be missing, its serving region is the best guess
update inference_logs set source_region = region where source_region is null;
alter table inference_logs alter column source_region set not null;
create index inference_logs_retention_idx on inference_logs (tenant_id, source_region, at);
