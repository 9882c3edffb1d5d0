package io.meridian.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check catches what breaks a cell: each case takes the rendered eu-west cell, breaks one thing as an
 * operator's edit could, and expects the check to name it. Without these, a check that finds nothing would
 * look the same as a sound cell.
 */
class ManifestCheckTest {

    private static String cell;
    private static String guide;

    @BeforeAll
    static void render() throws IOException {
        cell = Kustomize.render(DeployFiles.overlays().resolve("eu-west"));
        guide = Files.readString(DeployFiles.root().resolve("README.md"));
        assertThat(ManifestCheck.check(cell, guide, "eu-west")).isEmpty();
    }

    private static List<String> broken(String from, String to) {
        assertThat(cell).contains(from);
        return ManifestCheck.check(cell.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                guide, "eu-west");
    }

    @Test
    void anUnknownFieldDeepInAPodSpec() {
        assertThat(broken("        imagePullPolicy: IfNotPresent\n", "        imagePullPolicy: IfNotPresent\n        imagePullPolicyy: Always\n"))
                .anySatisfy(problem -> assertThat(problem).contains("unknown field(s) [imagePullPolicyy]"));
    }

    @Test
    void aFieldOfTheWrongType() {
        assertThat(broken("  replicas: 2\n", "  replicas: two\n"))
                .anySatisfy(problem -> assertThat(problem).contains("Deployment meridian-api does not match its schema"));
    }

    @Test
    void aMalformedQuantity() {
        assertThat(broken("memory: 4Gi", "memory: 4 gigs"))
                .anySatisfy(problem -> assertThat(problem).contains("resources.limits.memory"));
    }

    @Test
    void aProbeOnAPortThatDoesNotExist() {
        assertThat(broken("path: /health/readiness\n            port: http", "path: /health/readiness\n            port: admin"))
                .anySatisfy(problem -> assertThat(problem).contains("readinessProbe points at port admin"));
    }

    @Test
    void aMissingProbe() {
        assertThat(broken("livenessProbe:", "livenessProbeX:"))
                .anySatisfy(problem -> assertThat(problem).contains("no livenessProbe"));
    }

    @Test
    void aServiceSelectingNothing() {
        assertThat(broken("  selector:\n    app.kubernetes.io/name: meridian-api\n", "  selector:\n    app.kubernetes.io/name: meridian-apis\n"))
                .anySatisfy(problem -> assertThat(problem).contains("Service meridian-api: selector"));
    }

    @Test
    void anAutoscalerOfAMissingDeployment() {
        assertThat(broken("    kind: Deployment\n    name: meridian-console\n", "    kind: Deployment\n    name: meridian-consol\n"))
                .anySatisfy(problem -> assertThat(problem).contains("scales Deployment meridian-consol, which does not exist"));
    }

    @Test
    void aNetworkPolicyForPodsThatDoNotExist() {
        assertThat(broken("      app.kubernetes.io/managed-by: meridian\n  policyTypes:", "      app.kubernetes.io/managed-by: someone\n  policyTypes:"))
                .anySatisfy(problem -> assertThat(problem).contains("meridian-training-egress: podSelector"));
    }

    @Test
    void anAddressRangeLeftAsPlaceholder() {
        assertThat(broken("cidr: 10.10.8.0/24", "cidr: POSTGRES-CIDR"))
                .anySatisfy(problem -> assertThat(problem).contains("ipBlock POSTGRES-CIDR is not a CIDR"));
    }

    @Test
    void aConfigMapKeyThatDoesNotExist() {
        assertThat(broken("key: db-app-user", "key: db-application-user"))
                .anySatisfy(problem -> assertThat(problem).contains("has no key db-application-user"));
    }

    @Test
    void aSecretKeyTheGuideDoesNotCreate() {
        assertThat(broken("key: jwt-secret", "key: jwt-signing-key"))
                .anySatisfy(problem -> assertThat(problem).contains("key jwt-signing-key of Secret meridian-api"));
    }

    @Test
    void aCommittedSecret() {
        String secret = "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: meridian-api\n  namespace: meridian-eu-west\n"
                + "stringData:\n  jwt-secret: do-not-commit-me-do-not-commit-me\n";
        assertThat(ManifestCheck.check(cell + secret, guide, "eu-west"))
                .anySatisfy(problem -> assertThat(problem).contains("Secret meridian-api holds data"));
    }

    @Test
    void aLocalQueueOfAMissingClusterQueue() {
        assertThat(broken("clusterQueue: meridian-eu-west-demo", "clusterQueue: meridian-eu-west-nobody"))
                .anySatisfy(problem -> assertThat(problem).contains("ClusterQueue meridian-eu-west-nobody does not exist"));
    }

    @Test
    void anUnknownFieldInAKueueObject() {
        assertThat(broken("  queueingStrategy: BestEffortFIFO\n", "  queueingStrategy: BestEffortFIFO\n  queueingStrategyy: StrictFIFO\n"))
                .anySatisfy(problem -> assertThat(problem).contains("ClusterQueue meridian-eu-west-demo", "'queueingStrategyy' is not defined"));
    }

    @Test
    void aQueueNotNamedAsTheExecutorNamesIt() {
        assertThat(broken("  name: meridian-demo\n", "  name: demo\n"))
                .anySatisfy(problem -> assertThat(problem).contains("has no LocalQueue meridian-"));
    }

    @Test
    void aFlavorThePoolsPodsCannotLandOn() {
        assertThat(broken("    meridian.io/gpu-pool: eu-west-gpu\n  nodeTaints:", "    meridian.io/gpu-pool: eu-west-h100\n  nodeTaints:"))
                .anySatisfy(problem -> assertThat(problem).contains("no flavor of ClusterQueue meridian-eu-west-demo"));
    }

    @Test
    void aPoolThePlatformWouldRefuse() {
        assertThat(broken("active-deadline: 12h", "active-deadline: 0s"))
                .anySatisfy(problem -> assertThat(problem).contains("the platform would refuse its settings"));
    }

    @Test
    void aPoolInAnotherRegion() {
        assertThat(broken("region: eu-west\n            gpu-type", "region: eu-central\n            gpu-type"))
                .anySatisfy(problem -> assertThat(problem).contains("pool eu-west-gpu is in region eu-central"));
    }

    @Test
    void anExecutorRoleWithoutJobs() {
        assertThat(broken("  - create\n", "  - get\n"))
                .anySatisfy(problem -> assertThat(problem).contains("create and watch Jobs"));
    }

    @Test
    void aWildcardRole() {
        assertThat(broken("  - deletecollection\n", "  - '*'\n"))
                .anySatisfy(problem -> assertThat(problem).contains("Role meridian-executor: a wildcard"));
    }

    @Test
    void aKustomizationThatDoesNotBuildFailsWithKubectlsMessage(@org.junit.jupiter.api.io.TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), "resources:\n  - missing.yaml\n");
        assertThatThrownBy(() -> Kustomize.render(directory))
                .isInstanceOf(AssertionError.class).hasMessageContaining("missing.yaml");
    }
}
