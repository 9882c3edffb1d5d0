package io.meridian.compliance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCatalogTest {

    @Test
    void standardCatalogCoversTheFourJurisdictions() {
        RegionCatalog catalog = RegionCatalog.standard();
        assertThat(catalog.codes()).contains("eu-west", "eu-central", "us-east", "ap-southeast", "cn-north");
        assertThat(catalog.find("cn-north")).get().extracting(Region::jurisdiction).isEqualTo(Jurisdiction.CN_PIPL);
        assertThat(catalog.all()).extracting(Region::jurisdiction).containsOnly(Jurisdiction.values());
    }

    @Test
    void unknownCodesAreAbsent() {
        assertThat(RegionCatalog.standard().find("mars-1")).isEmpty();
        assertThat(RegionCatalog.standard().find(null)).isEmpty();
    }

    @Test
    void aRegionCannotBeListedTwice() {
        Region eu = new Region("eu-west", "EU", Jurisdiction.EU_GDPR);
        assertThatThrownBy(() -> new RegionCatalog(List.of(eu, eu))).isInstanceOf(IllegalArgumentException.class);
    }
}
