package io.meridian.api.jobs;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** True when some pool runs on Kubernetes: only then is a client built (the embedded default never touches a cluster). */
public final class KubernetesPoolsConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        // The environment, not the condition context: the latter lists no property entries.
        return context.getBeanContext() instanceof ApplicationContext application
                && !KubernetesPoolProperties.kubernetesPoolNames(application.getEnvironment()).isEmpty();
    }
}
