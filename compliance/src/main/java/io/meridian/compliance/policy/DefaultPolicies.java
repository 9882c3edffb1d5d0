package io.meridian.compliance.policy;

import io.meridian.compliance.Jurisdiction;
import io.meridian.compliance.Region;
import io.meridian.compliance.RegionCatalog;
import io.meridian.compliance.pii.EntityType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policy a tenant starts with for data from a region, by the region's jurisdiction. Cautious
 * readings of each law, to be tightened or relaxed by the tenant's compliance admins:
 * <ul>
 *   <li>EU (GDPR): personal data stays in EU regions; no transfers (adequacy or SCCs are the
 *       tenant's call); inference inputs are not logged.</li>
 *   <li>CN (PIPL, data export rules): personal and internal data stay in cn-north.</li>
 *   <li>SG (PDPA): personal data may go to regions with comparable protection (EU, US) by
 *       transfer; sensitive data stays in ap-southeast.</li>
 *   <li>US: personal data in the US, EU and SG regions; sensitive data stays in us-east.</li>
 * </ul>
 * Public data may go anywhere; internal data anywhere but cn-north (and from cn-north nowhere else).
 */
public final class DefaultPolicies {

    private final RegionCatalog regions;

    public DefaultPolicies(RegionCatalog regions) {
        this.regions = regions;
    }

    public PolicyRules forRegion(String sourceRegion) {
        Region source = regions.find(sourceRegion)
                .orElseThrow(() -> new IllegalArgumentException("unknown region " + sourceRegion));
        Set<String> all = Set.copyOf(regions.codes());
        Set<String> outsideChina = in(List.of(Jurisdiction.EU_GDPR, Jurisdiction.US, Jurisdiction.SG_PDPA));
        Set<String> home = in(List.of(source.jurisdiction()));
        return switch (source.jurisdiction()) {
            case EU_GDPR -> rules(all, outsideChina, home, home, Set.of(), false, 30, 365);
            case CN_PIPL -> rules(all, home, home, home, Set.of(), false, 30, 365);
            case SG_PDPA -> {
                Set<String> comparable = outsideChina;
                yield rules(all, outsideChina, comparable, home, difference(comparable, home), false, 60, 365);
            }
            case US -> {
                Set<String> personal = outsideChina;
                yield rules(all, outsideChina, personal, Set.of("us-east"), difference(personal, home), true, 90, 730);
            }
        };
    }

    private static PolicyRules rules(Set<String> publicRegions, Set<String> internal, Set<String> personal,
                                     Set<String> sensitive, Set<String> transfers, boolean logInputs,
                                     int logDays, int datasetDays) {
        Map<DataClass, Set<String>> where = new EnumMap<>(DataClass.class);
        where.put(DataClass.PUBLIC, publicRegions);
        where.put(DataClass.INTERNAL, internal);
        where.put(DataClass.PERSONAL, personal);
        where.put(DataClass.SENSITIVE_PERSONAL, sensitive);
        return new PolicyRules(where, where, transfers, piiTreatment(), logInputs, logDays, datasetDays);
    }

    /** Contact data becomes pseudonyms (joins still work); account and identity numbers are redacted. */
    private static Map<EntityType, Treatment> piiTreatment() {
        Map<EntityType, Treatment> treatment = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            treatment.put(type, switch (type) {
                case EMAIL, PHONE, IP_ADDRESS -> Treatment.PSEUDONYMIZE;
                default -> Treatment.REDACT;
            });
        }
        return treatment;
    }

    private Set<String> in(List<Jurisdiction> jurisdictions) {
        return regions.all().stream().filter(region -> jurisdictions.contains(region.jurisdiction()))
                .map(Region::code).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> difference(Set<String> all, Set<String> without) {
        return all.stream().filter(region -> !without.contains(region)).collect(Collectors.toUnmodifiableSet());
    }
}
