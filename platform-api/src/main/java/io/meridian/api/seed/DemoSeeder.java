package io.meridian.api.seed;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.security.PasswordHasher;
import io.meridian.api.security.Roles;
import io.meridian.api.tenants.TenantRepository;
import io.meridian.api.tenants.TenantView;
import io.meridian.api.users.UserRepository;
import io.meridian.api.users.UserService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * On start, makes sure the demo tenant exists with one user of each role. Idempotent: what is
 * there already (a changed password included) is left alone.
 */
@Singleton
@Requires(property = "meridian.seed.demo", value = "true", defaultValue = "true")
public final class DemoSeeder {

    public static final String TENANT = "demo";
    public static final String EMAIL_DOMAIN = "@demo.example.com";
    /** The demo data scientist, in whose name {@link DemoModels} trains. */
    public static final String SCIENTIST = "scientist";
    public static final Map<String, String> USERS = Map.of(
            "platform-admin", Roles.PLATFORM_ADMIN,
            "tenant-admin", Roles.TENANT_ADMIN,
            "compliance", Roles.COMPLIANCE_ADMIN,
            SCIENTIST, Roles.DATA_SCIENTIST,
            "viewer", Roles.VIEWER);

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private static final String SYSTEM = "system:demo-seed";

    private final TenantDb db;
    private final AuditLog audit;
    private final PasswordHasher passwords;
    private final String password;

    DemoSeeder(TenantDb db, AuditLog audit, PasswordHasher passwords,
               @Value("${meridian.seed.demo-password:meridian-demo-password}") String password) {
        this.db = db;
        this.audit = audit;
        this.passwords = passwords;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        seed();
    }

    public void seed() {
        TenantView tenant = db.acrossTenants(handle -> TenantRepository.bySlug(handle, TENANT).orElseGet(() -> {
            TenantView created = TenantRepository.insert(handle, TENANT, "Demo Corp", "eu-west");
            TenantDb.enterTenant(handle, created.id());
            audit.record(handle, created.id(), SYSTEM, "tenant.created", "tenant:" + TENANT, Map.of("homeRegion", "eu-west"));
            return created;
        }));
        int created = db.inTenant(tenant.id(), handle -> {
            int inserted = 0;
            for (var user : USERS.entrySet()) {
                String email = user.getKey() + EMAIL_DOMAIN;
                if (UserRepository.credentialsByEmail(handle, email).isEmpty()) {
                    var seeded = UserService.insert(handle, tenant.id(), email, displayName(user.getKey()), "en",
                            List.of(user.getValue()), passwords.hash(password));
                    audit.record(handle, tenant.id(), SYSTEM, "user.created", "user:" + seeded.id(),
                            Map.of("roles", seeded.roles()));
                    inserted++;
                }
            }
            return inserted;
        });
        LOG.info("Demo tenant '{}' ready ({} users created). Log in with tenant '{}', e.g. tenant-admin{} / {}",
                TENANT, created, TENANT, EMAIL_DOMAIN, password);
    }

    private static String displayName(String handle) {
        return "Demo " + handle.replace('-', ' ');
    }
}
