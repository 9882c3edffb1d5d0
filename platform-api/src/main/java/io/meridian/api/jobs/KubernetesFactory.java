package io.meridian.api.jobs;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.meridian.training.executors.kubernetes.KubernetesJobLauncher;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** The Kubernetes client and the launcher of the pools of kind {@code kubernetes}; absent when there are none. */
@Factory
@Requires(condition = KubernetesPoolsConfigured.class)
final class KubernetesFactory {

    /**
     * In-cluster (the pod's service account) or the kubeconfig, as fabric8 finds them;
     * {@code meridian.training.kubernetes.master-url} points it at another API server.
     */
    @Singleton
    @Bean(preDestroy = "close")
    KubernetesClient kubernetesClient(@Nullable @Property(name = "meridian.training.kubernetes.master-url") String masterUrl) {
        Config config = Config.autoConfigure(null);
        if (masterUrl != null && !masterUrl.isBlank()) {
            config = new ConfigBuilder(config).withMasterUrl(masterUrl).build();
        }
        // The JDK's HTTP client, named rather than discovered: a second one on the classpath must not switch it.
        return new KubernetesClientBuilder().withConfig(config).withHttpClientFactory(new JdkHttpClientFactory()).build();
    }

    @Singleton
    KubernetesJobLauncher kubernetesJobLauncher(KubernetesClient client, Environment environment) {
        return new KubernetesJobLauncher(client, KubernetesPoolProperties.read(environment));
    }
}
