-- Every replica keeps where aliases point in memory and must hear of each move, whichever replica,
-- worker or script made it: a change of model_aliases notifies the tenant's id on the channel
-- meridian_alias_changes when its transaction commits (PostgreSQL sends one notification per
-- tenant and transaction, however many rows changed).
create function notify_alias_change() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('meridian_alias_changes', coalesce(new.tenant_id, old.tenant_id)::text);
    return null;
end
$$;

create trigger model_aliases_notify after insert or update or delete on model_aliases
    for each row execute function notify_alias_change();
