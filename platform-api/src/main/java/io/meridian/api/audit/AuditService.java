package io.meridian.api.audit;

import io.meridian.api.Page;
import io.meridian.api.database.TenantDb;
import io.meridian.api.security.Caller;
import io.meridian.compliance.audit.AuditChain;
import io.meridian.compliance.audit.AuditEntry;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Reading the caller's tenant's audit log: filtered pages, and proof that the chain is intact. */
@Singleton
public final class AuditService {

    private static final int VERIFY_PAGE = 2000;

    /** Filters of a page; null means "any". */
    public record Filter(String actor, String action, String subject, Instant from, Instant to) {
    }

    @Serdeable
    public record Verification(boolean intact, long entries, Long firstBrokenSeq) {
    }

    private final TenantDb db;

    AuditService(TenantDb db) {
        this.db = db;
    }

    public Page<AuditView> page(Caller caller, Filter filter, int limit, int offset) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> values = new HashMap<>();
        condition(where, values, "actor", "actor = :actor", filter.actor());
        condition(where, values, "action", "action = :action", filter.action());
        condition(where, values, "subject", "subject = :subject", filter.subject());
        condition(where, values, "from", "at >= :from", timestamp(filter.from()));
        condition(where, values, "to", "at < :to", timestamp(filter.to()));
        return db.inTenant(caller.tenantId(), handle -> {
            List<AuditView> items = handle.createQuery("select " + AuditLog.COLUMNS + " from audit_log" + where
                            + " order by seq desc limit :limit offset :offset")
                    .bindMap(values).bind("limit", limit).bind("offset", offset)
                    .map(AuditLog.ENTRY).map(AuditView::of).list();
            long total = handle.createQuery("select count(*) from audit_log" + where)
                    .bindMap(values).mapTo(Long.class).one();
            return new Page<>(items, limit, offset, total);
        });
    }

    /** Adds a filter only when it is given, so the indexes on (action, at) and (actor, at) can serve. */
    private static void condition(StringBuilder where, Map<String, Object> values, String name, String sql, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            values.put(name, value);
        }
    }

    /** Walks the whole chain in pages, each page continuing from the last entry of the one before. */
    public Verification verify(Caller caller) {
        return db.inTenant(caller.tenantId(), handle -> {
            long checked = 0;
            AuditEntry lastGood = null;
            while (true) {
                List<AuditEntry> page = handle.createQuery("select " + AuditLog.COLUMNS
                                + " from audit_log where seq > :after order by seq limit :size")
                        .bind("after", lastGood == null ? 0 : lastGood.seq()).bind("size", VERIFY_PAGE)
                        .map(AuditLog.ENTRY).list();
                if (page.isEmpty()) {
                    return new Verification(true, checked, null);
                }
                OptionalLong broken = lastGood == null ? AuditChain.firstBroken(page) : AuditChain.firstBroken(lastGood, page);
                if (broken.isPresent()) {
                    return new Verification(false, checked + (broken.getAsLong() - page.get(0).seq()), broken.getAsLong());
                }
                checked += page.size();
                lastGood = page.get(page.size() - 1);
            }
        });
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
