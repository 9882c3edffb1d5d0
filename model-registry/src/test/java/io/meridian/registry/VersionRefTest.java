package io.meridian.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionRefTest {

    @Test
    void anAliasOrANumber() {
        assertThat(VersionRef.parse("churn@production")).contains(new VersionRef("churn", null, "production"));
        assertThat(VersionRef.parse("churn.v2@3")).contains(new VersionRef("churn.v2", 3, null));
        assertThat(VersionRef.parse("churn@123456789")).contains(new VersionRef("churn", 123456789, null));
        assertThat(VersionRef.parse("churn@production").orElseThrow().toString()).isEqualTo("churn@production");
    }

    @Test
    void everythingElseIsNoReference() {
        assertThat(VersionRef.parse("churn")).isEmpty();
        assertThat(VersionRef.parse("@production")).isEmpty();
        assertThat(VersionRef.parse("churn@")).isEmpty();
        assertThat(VersionRef.parse("churn@0")).isEmpty();
        assertThat(VersionRef.parse("churn@a@b")).isEmpty();
        assertThat(VersionRef.parse("Churn@production")).isEmpty();
        assertThat(VersionRef.parse("churn@3x")).isEmpty();
        assertThat(VersionRef.parse("churn@03")).isEmpty();
        assertThat(VersionRef.parse("churn@1234567890")).isEmpty();
        assertThat(VersionRef.parse(null)).isEmpty();
    }
}
