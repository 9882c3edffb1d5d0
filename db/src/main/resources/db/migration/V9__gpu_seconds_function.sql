-- The GPU-seconds an attempt has used between its start and a moment (now, its end, its lease's
-- end): one definition for the statements that end an attempt and for quota accounting, which
-- wrote it out five times. A start in the future or a clock step back counts as nothing.
create function gpu_seconds_between(p_gpus integer, p_started timestamptz, p_until timestamptz)
    returns double precision
    language sql immutable parallel safe
    return p_gpus * greatest(extract(epoch from (p_until - p_started)), 0);
