package io.meridian.deploy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.meridian.training.executors.JobLaunch;
import io.meridian.training.executors.kubernetes.ContainerResources;
import io.meridian.training.executors.kubernetes.KubernetesPoolSettings;
import io.meridian.training.executors.kubernetes.PoolToleration;
import io.meridian.training.executors.kubernetes.TrainingJobLabels;
import io.meridian.training.executors.kubernetes.TrainingJobManifest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a rendered cell the way the API server would (each object against its schema, strictly: an unknown
 * field is an error, not something silently kept or dropped) and the way the cell will be used (references
 * between objects, and the training Jobs the platform's executor will create from the cell's configuration).
 *
 * <p>Kubernetes kinds are read into fabric8's model classes. fabric8 keeps an unknown field in
 * {@code additionalProperties} instead of failing, so every object is walked and any non-empty
 * {@code additionalProperties} is reported. Kueue's kinds are not in fabric8's model: they are validated
 * against the trimmed v1beta1 CRD schemas in {@code src/test/resources/kueue}.
 */
final class ManifestCheck {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
    private static final Set<String> KUEUE_KINDS = Set.of("ResourceFlavor", "ClusterQueue", "LocalQueue");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ResourceFlavor", "ClusterQueue",
            "ClusterRole", "ClusterRoleBinding", "PriorityClass", "CustomResourceDefinition");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final Pattern TAINT = Pattern.compile("([^=:]+)(?:=([^:]*))?(?::(\\w+))?");
    private static final Schema KUEUE_SCHEMA = kueueSchema();

    /** A pod that will run in the cell: a Deployment's template or a training Job's. */
    record Workload(String kind, String namespace, String name, Map<String, String> labels, PodSpec spec) {
    }

    private final String secretsDocumentation;
    private final String region;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, HasMetadata> objects = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> kueue = new LinkedHashMap<>();
    private final List<Workload> workloads = new ArrayList<>();

    private ManifestCheck(String secretsDocumentation, String region) {
        this.secretsDocumentation = secretsDocumentation;
        this.region = region;
    }

    /**
     * @param yaml                  the rendered YAML stream of one cell
     * @param secretsDocumentation  where each Secret the cell references must be documented (deploy/README.md):
     *                              Secrets are never committed, so the guide is what tells operators their keys
     * @param region                the cell's region
     * @return the problems found, empty when the cell is sound
     */
    static List<String> check(String yaml, String secretsDocumentation, String region) {
        ManifestCheck check = new ManifestCheck(secretsDocumentation, region);
        check.run(yaml);
        return List.copyOf(check.problems);
    }

    private void run(String yaml) {
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document instanceof Map<?, ?> map) {
                read(cast(map));
            } else if (document != null) {
                problem("a document that is not an object: " + document);
            }
        }
        objects.values().forEach(this::checkScope);
        typed(Deployment.class).forEach(this::indexDeployment);
        trainingPods();
        typed(Deployment.class).forEach(this::checkDeployment);
        typed(Service.class).forEach(this::checkService);
        typed(HorizontalPodAutoscaler.class).forEach(this::checkHpa);
        typed(PodDisruptionBudget.class).forEach(this::checkPdb);
        typed(NetworkPolicy.class).forEach(this::checkNetworkPolicy);
        typed(Role.class).forEach(this::checkRole);
        typed(RoleBinding.class).forEach(this::checkRoleBinding);
        typed(Ingress.class).forEach(this::checkIngress);
        typed(Secret.class).forEach(this::checkSecret);
        checkKueueReferences();
    }

    // ---- reading: the schema of every object ----

    private void read(Map<String, Object> document) {
        String apiVersion = String.valueOf(document.get("apiVersion"));
        String kind = String.valueOf(document.get("kind"));
        String json = SERIALIZATION.asJson(document);
        if (KUEUE_KINDS.contains(kind)) {
            String where = kind + " " + nameOf(document);
            KUEUE_SCHEMA.validate(json, InputFormat.JSON).forEach(error ->
                    problem(where + ": " + error.getInstanceLocation() + " " + error.getMessage()));
            kueue.put(kind + "/" + namespaceOf(document) + "/" + nameOf(document), document);
            return;
        }
        Class<? extends KubernetesResource> type = SERIALIZATION.getRegisteredKubernetesResource(apiVersion, kind);
        if (type == null || !HasMetadata.class.isAssignableFrom(type)) {
            problem("unknown kind " + apiVersion + "/" + kind + " (" + nameOf(document) + ")");
            return;
        }
        HasMetadata object;
        try {
            object = (HasMetadata) SERIALIZATION.unmarshal(json, type);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            problem(kind + " " + nameOf(document) + " does not match its schema: " + cause.getMessage());
            return;
        }
        strict(object, kind + " " + nameOf(document));
        objects.put(key(kind, object.getMetadata().getNamespace(), object.getMetadata().getName()), object);
    }

    /** Reports every field fabric8 could not place, at any depth; and getters that fail (a malformed quantity). */
    private void strict(Object value, String path) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                strict(item, path + "[" + i++ + "]");
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> strict(v, path + "." + k));
            return;
        }
        if (!value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || getter.getReturnType() == void.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (IllegalAccessException e) {
                continue;
            } catch (InvocationTargetException e) {
                problem(path + "." + property(getter) + ": " + e.getCause().getMessage());
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problem(path + ": unknown field(s) " + unknown.keySet());
                }
            } else {
                strict(property, path + "." + property(getter));
            }
        }
    }

    private void checkScope(HasMetadata object) {
        String where = object.getKind() + " " + object.getMetadata().getName();
        if (object.getMetadata().getName() == null || object.getMetadata().getName().isBlank()) {
            problem(object.getKind() + " without metadata.name");
        }
        String namespace = object.getMetadata().getNamespace();
        if (CLUSTER_SCOPED.contains(object.getKind())) {
            if (namespace != null) {
                problem(where + " is cluster-scoped but has namespace " + namespace);
            }
        } else if (namespace == null) {
            problem(where + " has no namespace");
        } else if (!objects.containsKey(key("Namespace", null, namespace))) {
            problem(where + " is in namespace " + namespace + ", which the cell does not create");
        }
    }

    // ---- workloads ----

    private void indexDeployment(Deployment deployment) {
        var template = deployment.getSpec() == null ? null : deployment.getSpec().getTemplate();
        if (template == null || template.getSpec() == null) {
            problem("Deployment " + deployment.getMetadata().getName() + " has no pod template");
            return;
        }
        Map<String, String> labels = template.getMetadata() == null || template.getMetadata().getLabels() == null
                ? Map.of() : template.getMetadata().getLabels();
        workloads.add(new Workload("Deployment", deployment.getMetadata().getNamespace(), deployment.getMetadata().getName(),
                labels, template.getSpec()));
    }

    private void checkDeployment(Deployment deployment) {
        String where = "Deployment " + deployment.getMetadata().getName();
        Optional<Workload> workload = workload(deployment.getMetadata().getNamespace(), deployment.getMetadata().getName());
        if (workload.isEmpty()) {
            return;
        }
        LabelSelector selector = deployment.getSpec().getSelector();
        if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()) {
            problem(where + ": spec.selector.matchLabels is required");
        } else if (!matches(selector.getMatchLabels(), workload.get().labels())) {
            problem(where + ": spec.selector " + selector.getMatchLabels() + " does not match the template's labels "
                    + workload.get().labels());
        }
        checkPodSpec(workload.get(), true);
    }

    /** @param served a long-running server: probes and CPU/memory requests and limits are required */
    private void checkPodSpec(Workload workload, boolean served) {
        String where = workload.kind() + " " + workload.name();
        PodSpec spec = workload.spec();
        if (spec.getContainers() == null || spec.getContainers().isEmpty()) {
            problem(where + ": no containers");
            return;
        }
        Set<String> volumes = spec.getVolumes() == null ? Set.of()
                : spec.getVolumes().stream().map(Volume::getName).collect(Collectors.toSet());
        for (Container container : spec.getContainers()) {
            String at = where + " container " + container.getName();
            if (container.getName() == null || container.getName().isBlank()) {
                problem(where + ": a container without a name");
            }
            if (container.getImage() == null || container.getImage().isBlank()) {
                problem(at + ": no image");
            }
            if (served) {
                requireProbe(at, "readinessProbe", container.getReadinessProbe(), container);
                requireProbe(at, "livenessProbe", container.getLivenessProbe(), container);
                if (container.getStartupProbe() != null) {
                    requireProbe(at, "startupProbe", container.getStartupProbe(), container);
                }
                for (String resource : List.of("cpu", "memory")) {
                    var resources = container.getResources();
                    if (resources == null || resources.getRequests() == null || !resources.getRequests().containsKey(resource)) {
                        problem(at + ": no " + resource + " request");
                    }
                    if (resources == null || resources.getLimits() == null || !resources.getLimits().containsKey(resource)) {
                        problem(at + ": no " + resource + " limit");
                    }
                }
            }
            if (container.getVolumeMounts() != null) {
                container.getVolumeMounts().stream().filter(mount -> !volumes.contains(mount.getName()))
                        .forEach(mount -> problem(at + ": mounts volume " + mount.getName() + ", which the pod does not have"));
            }
            if (container.getEnv() != null) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() == null) {
                        continue;
                    }
                    var configMapKey = env.getValueFrom().getConfigMapKeyRef();
                    if (configMapKey != null) {
                        requireConfigMapKey(at + " env " + env.getName(), workload.namespace(), configMapKey.getName(), configMapKey.getKey());
                    }
                    var secretKey = env.getValueFrom().getSecretKeyRef();
                    if (secretKey != null) {
                        requireDocumentedSecret(at + " env " + env.getName(), secretKey.getName(), secretKey.getKey());
                    }
                }
            }
            if (container.getEnvFrom() != null) {
                container.getEnvFrom().stream().filter(from -> from.getSecretRef() != null)
                        .forEach(from -> requireDocumentedSecret(at + " envFrom", from.getSecretRef().getName(), null));
                container.getEnvFrom().stream().filter(from -> from.getConfigMapRef() != null)
                        .forEach(from -> requireConfigMapKey(at + " envFrom", workload.namespace(), from.getConfigMapRef().getName(), null));
            }
        }
        if (spec.getVolumes() != null) {
            for (Volume volume : spec.getVolumes()) {
                if (volume.getConfigMap() != null) {
                    String name = volume.getConfigMap().getName();
                    if (volume.getConfigMap().getItems() == null || volume.getConfigMap().getItems().isEmpty()) {
                        requireConfigMapKey(where + " volume " + volume.getName(), workload.namespace(), name, null);
                    } else {
                        volume.getConfigMap().getItems().forEach(item ->
                                requireConfigMapKey(where + " volume " + volume.getName(), workload.namespace(), name, item.getKey()));
                    }
                }
                if (volume.getSecret() != null) {
                    requireDocumentedSecret(where + " volume " + volume.getName(), volume.getSecret().getSecretName(), null);
                }
            }
        }
        String account = spec.getServiceAccountName();
        if (account != null && !objects.containsKey(key("ServiceAccount", workload.namespace(), account))) {
            problem(where + ": service account " + account + " does not exist in " + workload.namespace());
        }
    }

    private void requireProbe(String at, String which, Probe probe, Container container) {
        if (probe == null) {
            problem(at + ": no " + which);
            return;
        }
        IntOrString port = probe.getHttpGet() != null ? probe.getHttpGet().getPort()
                : probe.getTcpSocket() != null ? probe.getTcpSocket().getPort()
                : probe.getGrpc() != null ? new IntOrString(probe.getGrpc().getPort()) : null;
        if (port == null) {
            if (probe.getExec() == null) {
                problem(at + ": " + which + " has no handler");
            }
            return;
        }
        if (!hasPort(List.of(container), port)) {
            problem(at + ": " + which + " points at port " + text(port) + ", which the container does not declare");
        }
    }

    private void requireConfigMapKey(String at, String namespace, String name, String key) {
        HasMetadata found = objects.get(key("ConfigMap", namespace, name));
        if (!(found instanceof ConfigMap configMap)) {
            problem(at + ": ConfigMap " + name + " does not exist in " + namespace);
            return;
        }
        if (key != null && (configMap.getData() == null || !configMap.getData().containsKey(key))) {
            problem(at + ": ConfigMap " + name + " has no key " + key);
        }
    }

    /**
     * Secrets are created by the operator: their names and keys must be in the guide's create commands
     * (or, for a key set later such as a rotation's, in a command that patches that Secret).
     */
    private void requireDocumentedSecret(String at, String name, String key) {
        if (!secretsDocumentation.contains("create secret generic " + name + " ")) {
            problem(at + ": Secret " + name + " is referenced but deploy/README.md does not say how to create it");
        } else if (key != null && !secretsDocumentation.contains("--from-literal=" + key + "=")
                && !secretsDocumentation.contains("--from-file=" + key + "=")
                && !(secretsDocumentation.contains("patch secret " + name + " ") && secretsDocumentation.contains("\\\"" + key + "\\\":"))) {
            problem(at + ": key " + key + " of Secret " + name + " is referenced but deploy/README.md does not create it");
        }
    }

    private void checkSecret(Secret secret) {
        boolean data = secret.getData() != null && !secret.getData().isEmpty()
                || secret.getStringData() != null && !secret.getStringData().isEmpty();
        if (data) {
            problem("Secret " + secret.getMetadata().getName() + " holds data: secrets are never committed");
        }
    }

    // ---- what selects and targets what ----

    private void checkService(Service service) {
        String where = "Service " + service.getMetadata().getName();
        Map<String, String> selector = service.getSpec().getSelector();
        if (selector == null || selector.isEmpty()) {
            problem(where + ": no selector");
            return;
        }
        List<Workload> selected = selected(service.getMetadata().getNamespace(), selector);
        if (selected.isEmpty()) {
            problem(where + ": selector " + selector + " matches no pod of the cell");
            return;
        }
        for (ServicePort port : service.getSpec().getPorts()) {
            IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
            for (Workload workload : selected) {
                if (!hasPort(workload.spec().getContainers(), target)) {
                    problem(where + ": targetPort " + text(target) + " is not a port of " + workload.name());
                }
            }
        }
    }

    private void checkHpa(HorizontalPodAutoscaler hpa) {
        String where = "HorizontalPodAutoscaler " + hpa.getMetadata().getName();
        var target = hpa.getSpec().getScaleTargetRef();
        Optional<Workload> workload = "Deployment".equals(target.getKind())
                ? workload(hpa.getMetadata().getNamespace(), target.getName()) : Optional.empty();
        if (workload.isEmpty()) {
            problem(where + ": scales " + target.getKind() + " " + target.getName() + ", which does not exist");
            return;
        }
        int min = Objects.requireNonNullElse(hpa.getSpec().getMinReplicas(), 1);
        if (min < 1 || min > hpa.getSpec().getMaxReplicas()) {
            problem(where + ": minReplicas " + min + " is not within 1.." + hpa.getSpec().getMaxReplicas());
        }
        if (hpa.getSpec().getMetrics() != null) {
            hpa.getSpec().getMetrics().stream().filter(metric -> metric.getResource() != null).forEach(metric -> {
                String resource = metric.getResource().getName();
                boolean requested = workload.get().spec().getContainers().stream().allMatch(container ->
                        container.getResources() != null && container.getResources().getRequests() != null
                                && container.getResources().getRequests().containsKey(resource));
                if (!requested) {
                    problem(where + ": scales on " + resource + " utilisation, but not every container requests " + resource);
                }
            });
        }
    }

    private void checkPdb(PodDisruptionBudget pdb) {
        String where = "PodDisruptionBudget " + pdb.getMetadata().getName();
        LabelSelector selector = pdb.getSpec().getSelector();
        if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()) {
            problem(where + ": no selector");
            return;
        }
        List<Workload> selected = selected(pdb.getMetadata().getNamespace(), selector.getMatchLabels());
        if (selected.isEmpty()) {
            problem(where + ": selector " + selector.getMatchLabels() + " matches no pod of the cell");
            return;
        }
        IntOrString minAvailable = pdb.getSpec().getMinAvailable();
        if (minAvailable != null && minAvailable.getIntVal() != null) {
            for (Workload workload : selected) {
                int replicas = fewestReplicas(workload);
                if (minAvailable.getIntVal() >= replicas) {
                    problem(where + ": minAvailable " + minAvailable.getIntVal() + " of " + workload.name()
                            + ", which may run only " + replicas + ": no node could ever be drained");
                }
            }
        }
    }

    private int fewestReplicas(Workload workload) {
        return typed(HorizontalPodAutoscaler.class).stream()
                .filter(hpa -> Objects.equals(hpa.getMetadata().getNamespace(), workload.namespace())
                        && workload.name().equals(hpa.getSpec().getScaleTargetRef().getName()))
                .map(hpa -> Objects.requireNonNullElse(hpa.getSpec().getMinReplicas(), 1))
                .findFirst()
                .orElseGet(() -> objects.get(key("Deployment", workload.namespace(), workload.name())) instanceof Deployment d
                        ? Objects.requireNonNullElse(d.getSpec().getReplicas(), 1) : 1);
    }

    private void checkNetworkPolicy(NetworkPolicy policy) {
        String where = "NetworkPolicy " + policy.getMetadata().getName();
        String namespace = policy.getMetadata().getNamespace();
        LabelSelector selector = policy.getSpec().getPodSelector();
        if (selector == null) {
            problem(where + ": spec.podSelector is required (use {} for every pod)");
            return;
        }
        if (selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()
                && selected(namespace, selector.getMatchLabels()).isEmpty()) {
            problem(where + ": podSelector " + selector.getMatchLabels() + " matches no pod of the cell");
        }
        if (policy.getSpec().getPolicyTypes() == null || policy.getSpec().getPolicyTypes().isEmpty()) {
            problem(where + ": policyTypes are required (without them an egress-only policy also denies ingress)");
        }
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        if (policy.getSpec().getIngress() != null) {
            policy.getSpec().getIngress().forEach(rule -> peers.addAll(Objects.requireNonNullElse(rule.getFrom(), List.of())));
        }
        if (policy.getSpec().getEgress() != null) {
            policy.getSpec().getEgress().forEach(rule -> peers.addAll(Objects.requireNonNullElse(rule.getTo(), List.of())));
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null && !isCidr(peer.getIpBlock().getCidr())) {
                problem(where + ": ipBlock " + peer.getIpBlock().getCidr() + " is not a CIDR");
            }
            if (peer.getIpBlock() != null && "0.0.0.0/0".equals(peer.getIpBlock().getCidr())) {
                problem(where + ": ipBlock 0.0.0.0/0 opens the policy to everything");
            }
            if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null
                    && peer.getPodSelector().getMatchLabels() != null && !peer.getPodSelector().getMatchLabels().isEmpty()
                    && selected(namespace, peer.getPodSelector().getMatchLabels()).isEmpty()) {
                problem(where + ": peer podSelector " + peer.getPodSelector().getMatchLabels() + " matches no pod of the cell");
            }
        }
    }

    /** Least privilege: a wildcard in a Role grants what no one reviewed. */
    private void checkRole(Role role) {
        for (PolicyRule rule : role.getRules()) {
            if (rule.getVerbs().contains("*") || rule.getResources().contains("*") || rule.getApiGroups().contains("*")) {
                problem("Role " + role.getMetadata().getName() + ": a wildcard in " + rule);
            }
        }
    }

    private void checkRoleBinding(RoleBinding binding) {
        String where = "RoleBinding " + binding.getMetadata().getName();
        String namespace = binding.getMetadata().getNamespace();
        var role = binding.getRoleRef();
        if (!objects.containsKey(key(role.getKind(), "Role".equals(role.getKind()) ? namespace : null, role.getName()))) {
            problem(where + ": " + role.getKind() + " " + role.getName() + " does not exist");
        }
        for (Subject subject : binding.getSubjects()) {
            String subjectNamespace = Objects.requireNonNullElse(subject.getNamespace(), namespace);
            if ("ServiceAccount".equals(subject.getKind())
                    && !objects.containsKey(key("ServiceAccount", subjectNamespace, subject.getName()))) {
                problem(where + ": ServiceAccount " + subjectNamespace + "/" + subject.getName() + " does not exist");
            }
        }
    }

    private void checkIngress(Ingress ingress) {
        String where = "Ingress " + ingress.getMetadata().getName();
        List<IngressBackend> backends = new ArrayList<>();
        if (ingress.getSpec().getDefaultBackend() != null) {
            backends.add(ingress.getSpec().getDefaultBackend());
        }
        ingress.getSpec().getRules().forEach(rule -> {
            if (rule.getHost() == null || !rule.getHost().matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")) {
                problem(where + ": host " + rule.getHost() + " is not a DNS name");
            }
            if (rule.getHttp() != null) {
                rule.getHttp().getPaths().forEach(path -> backends.add(path.getBackend()));
            }
        });
        for (IngressBackend backend : backends) {
            var service = backend.getService();
            if (service == null) {
                continue;
            }
            HasMetadata found = objects.get(key("Service", ingress.getMetadata().getNamespace(), service.getName()));
            if (!(found instanceof Service target)) {
                problem(where + ": backend Service " + service.getName() + " does not exist");
                continue;
            }
            boolean port = target.getSpec().getPorts().stream().anyMatch(p -> service.getPort() != null
                    && (Objects.equals(p.getName(), service.getPort().getName()) || Objects.equals(p.getPort(), service.getPort().getNumber())));
            if (!port) {
                problem(where + ": backend port of Service " + service.getName() + " does not exist");
            }
        }
    }

    // ---- Kueue ----

    private void checkKueueReferences() {
        for (Map<String, Object> localQueue : kueueOf("LocalQueue")) {
            String clusterQueue = String.valueOf(spec(localQueue).get("clusterQueue"));
            Map<String, Object> target = kueue.get("ClusterQueue/null/" + clusterQueue);
            if (target == null) {
                problem("LocalQueue " + nameOf(localQueue) + ": ClusterQueue " + clusterQueue + " does not exist");
                continue;
            }
            Map<String, Object> selector = map(spec(target).get("namespaceSelector"));
            Map<String, Object> matchLabels = map(selector.get("matchLabels"));
            HasMetadata namespace = objects.get(key("Namespace", null, namespaceOf(localQueue)));
            Map<String, String> labels = new LinkedHashMap<>(namespace == null || namespace.getMetadata().getLabels() == null
                    ? Map.of() : namespace.getMetadata().getLabels());
            labels.put("kubernetes.io/metadata.name", namespaceOf(localQueue));
            if (!selector.isEmpty() && !matches(cast(matchLabels), labels)) {
                problem("ClusterQueue " + clusterQueue + ": namespaceSelector " + matchLabels
                        + " does not admit LocalQueue " + nameOf(localQueue) + "'s namespace");
            }
        }
        for (Map<String, Object> clusterQueue : kueueOf("ClusterQueue")) {
            for (Object group : list(spec(clusterQueue).get("resourceGroups"))) {
                for (Object flavor : list(map(group).get("flavors"))) {
                    String name = String.valueOf(map(flavor).get("name"));
                    if (!kueue.containsKey("ResourceFlavor/null/" + name)) {
                        problem("ClusterQueue " + nameOf(clusterQueue) + ": ResourceFlavor " + name + " does not exist");
                    }
                }
            }
        }
    }

    // ---- the training Jobs the executor will create from this cell's configuration ----

    /**
     * Reads the pools from the API's config file as the API would (placeholders from the API container's
     * environment), builds each Kubernetes pool's settings and a Job with the executor's own code, and adds the
     * Job's pod to the workloads, so that the policies, accounts, secrets and queues are checked against it.
     */
    private void trainingPods() {
        for (Workload api : List.copyOf(workloads)) {
            for (Container container : api.spec().getContainers()) {
                Optional<String> configFile = env(container, "MICRONAUT_CONFIG_FILES");
                if (configFile.isEmpty()) {
                    continue;
                }
                Map<String, Object> config = configFile(api, configFile.get());
                if (config == null) {
                    continue;
                }
                checkCellConfig(api, container, config);
            }
        }
    }

    private Map<String, Object> configFile(Workload api, String path) {
        String where = api.name() + " config file " + path;
        for (Container container : api.spec().getContainers()) {
            for (var mount : Objects.requireNonNullElse(container.getVolumeMounts(), List.<io.fabric8.kubernetes.api.model.VolumeMount>of())) {
                if (!path.startsWith(mount.getMountPath() + "/")) {
                    continue;
                }
                String file = path.substring(mount.getMountPath().length() + 1);
                Volume volume = api.spec().getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElse(null);
                if (volume == null || volume.getConfigMap() == null) {
                    problem(where + ": not on a ConfigMap volume");
                    return null;
                }
                String key = volume.getConfigMap().getItems() == null ? file : volume.getConfigMap().getItems().stream()
                        .filter(item -> item.getPath().equals(file)).map(item -> item.getKey()).findFirst().orElse(null);
                if (objects.get(key("ConfigMap", api.namespace(), volume.getConfigMap().getName())) instanceof ConfigMap configMap
                        && key != null && configMap.getData() != null && configMap.getData().containsKey(key)) {
                    Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(configMap.getData().get(key));
                    return cast(parsed);
                }
                problem(where + ": its ConfigMap has no key for " + file);
                return null;
            }
        }
        problem(where + ": no volume is mounted there");
        return null;
    }

    private void checkCellConfig(Workload api, Container container, Map<String, Object> config) {
        String where = api.name() + " configuration";
        Map<String, Object> meridian = map(config.get("meridian"));
        Object servingRegion = map(meridian.get("serving")).get("region");
        if (!region.equals(servingRegion)) {
            problem(where + ": meridian.serving.region is " + servingRegion + ", not the cell's region " + region);
        }
        Map<String, Object> stores = map(map(meridian.get("artifacts")).get("regions"));
        if (map(map(stores.get(region)).get("s3")).get("bucket") == null) {
            problem(where + ": the cell's region " + region + " has no S3 bucket (meridian.artifacts.regions." + region + ".s3.bucket)");
        }
        if (!Boolean.FALSE.equals(map(meridian.get("seed")).get("demo"))) {
            problem(where + ": meridian.seed.demo must be false in a cell (the demo users have a published password)");
        }
        Map<String, Object> pools = map(map(meridian.get("training")).get("pools"));
        if (pools.isEmpty()) {
            problem(where + ": no training pools: the API would create an in-process pool for every region");
        }
        pools.forEach((name, value) -> {
            Map<String, Object> pool = map(value);
            if (!region.equals(pool.get("region"))) {
                problem(where + ": pool " + name + " is in region " + pool.get("region") + ", not in the cell's region " + region);
            }
            if ("kubernetes".equals(pool.get("executor"))) {
                trainingPod(api, container, name, map(pool.get("kubernetes")), pool);
            }
        });
    }

    private void trainingPod(Workload api, Container container, String poolName, Map<String, Object> raw, Map<String, Object> pool) {
        String where = "pool " + poolName;
        Map<String, Object> k8s = resolve(api, container, raw, where);
        KubernetesPoolSettings settings;
        try {
            settings = new KubernetesPoolSettings(
                    text(k8s.get("namespace")), text(k8s.get("image")), text(k8s.get("image-pull-policy")),
                    list(k8s.get("command")).stream().map(String::valueOf).toList(), text(k8s.get("service-account")),
                    cast(map(k8s.get("node-selector"))),
                    list(k8s.get("tolerations")).stream().map(t -> toleration(String.valueOf(t))).toList(),
                    text(k8s.get("gpu-resource")),
                    new ContainerResources(text(k8s.get("cpu-request")), text(k8s.get("cpu-limit")),
                            text(k8s.get("memory-request")), text(k8s.get("memory-limit"))),
                    text(k8s.get("secret")), duration(k8s.get("active-deadline")), duration(k8s.get("ttl-after-finished")),
                    Boolean.TRUE.equals(k8s.get("kueue")), text(k8s.get("priority-class")));
        } catch (RuntimeException e) {
            problem(where + ": the platform would refuse its settings: " + e.getMessage());
            return;
        }
        if (!settings.namespace().equals(api.namespace())) {
            problem(where + ": Jobs go to namespace " + settings.namespace() + ", but the executor's Role is in " + api.namespace());
        }
        requireExecutorRole(where, settings.namespace());
        if (!settings.image().equals(container.getImage())) {
            problem(where + ": workers run image " + settings.image() + ", the API runs " + container.getImage());
        }
        if (settings.priorityClassName() != null && !objects.containsKey(key("PriorityClass", null, settings.priorityClassName()))) {
            problem(where + ": PriorityClass " + settings.priorityClassName() + " does not exist");
        }
        int gpus = Integer.parseInt(String.valueOf(pool.getOrDefault("gpus", "1")));
        List<String> tenants = kueueOf("LocalQueue").stream()
                .filter(queue -> settings.namespace().equals(namespaceOf(queue))).map(ManifestCheck::nameOf)
                .map(name -> name.startsWith("meridian-") ? name.substring("meridian-".length()) : name).toList();
        for (String tenant : tenants.isEmpty() ? List.of("tenant") : tenants) {
            Job job;
            try {
                job = TrainingJobManifest.of(new JobLaunch(UUID.randomUUID(), UUID.randomUUID(), tenant, 1, poolName,
                        Math.min(1, gpus), "djl-mlp"), settings);
            } catch (RuntimeException e) {
                problem(where + ": the executor cannot build a Job for tenant " + tenant + ": " + e.getMessage());
                continue;
            }
            Job read = SERIALIZATION.unmarshal(SERIALIZATION.asJson(job), Job.class);
            strict(read, where + " Job");
            Workload pod = new Workload("training Job of", settings.namespace(), poolName,
                    read.getSpec().getTemplate().getMetadata().getLabels(), read.getSpec().getTemplate().getSpec());
            workloads.add(pod);
            checkPodSpec(pod, false);
            if (settings.kueueManaged() && !tenants.isEmpty()) {
                checkQueue(where, tenant, read);
            } else if (settings.kueueManaged()
                    && kueueOf("ResourceFlavor").stream().noneMatch(flavor -> fits(read.getSpec().getTemplate().getSpec(), spec(flavor)))) {
                // No tenant's queue yet (a new cell): the pool still needs a flavor its pods can land on.
                problem(where + ": no ResourceFlavor has node labels the pool's pods select and taints they tolerate");
            }
        }
    }

    private void requireExecutorRole(String where, String namespace) {
        boolean granted = typed(RoleBinding.class).stream()
                .filter(binding -> namespace.equals(binding.getMetadata().getNamespace()))
                .filter(binding -> binding.getSubjects().stream().anyMatch(s -> "meridian-api".equals(s.getName())))
                .map(binding -> objects.get(key("Role", namespace, binding.getRoleRef().getName())))
                .filter(Role.class::isInstance).map(Role.class::cast)
                .flatMap(role -> role.getRules().stream())
                .anyMatch(ManifestCheck::grantsJobCreation);
        if (!granted) {
            problem(where + ": no Role in " + namespace + " lets the API's account create and watch Jobs");
        }
    }

    private static boolean grantsJobCreation(PolicyRule rule) {
        return rule.getApiGroups().contains("batch") && rule.getResources().contains("jobs")
                && rule.getVerbs().containsAll(List.of("create", "list", "watch"));
    }

    /** The tenant's LocalQueue (the name the executor writes), its ClusterQueue's flavors and covered resources. */
    private void checkQueue(String where, String tenant, Job job) {
        String queue = TrainingJobLabels.localQueueName(tenant);
        if (!queue.equals(job.getMetadata().getLabels().get(TrainingJobLabels.KUEUE_QUEUE_NAME))) {
            problem(where + ": the Job is not labelled with the queue " + queue);
        }
        Map<String, Object> localQueue = kueue.get("LocalQueue/" + job.getMetadata().getNamespace() + "/" + queue);
        if (localQueue == null) {
            problem(where + ": tenant " + tenant + " has no LocalQueue " + queue + " in " + job.getMetadata().getNamespace());
            return;
        }
        Map<String, Object> clusterQueue = kueue.get("ClusterQueue/null/" + spec(localQueue).get("clusterQueue"));
        if (clusterQueue == null) {
            return;
        }
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        Set<String> requested = pod.getContainers().stream()
                .flatMap(c -> c.getResources().getRequests() == null ? java.util.stream.Stream.empty() : c.getResources().getRequests().keySet().stream())
                .collect(Collectors.toSet());
        boolean placeable = false;
        for (Object group : list(spec(clusterQueue).get("resourceGroups"))) {
            List<String> covered = list(map(group).get("coveredResources")).stream().map(String::valueOf).toList();
            if (!covered.containsAll(requested)) {
                problem(where + ": ClusterQueue " + nameOf(clusterQueue) + " covers " + covered + " but the Job requests " + requested
                        + " (Kueue never admits a Job requesting an uncovered resource)");
            }
            for (Object flavor : list(map(group).get("flavors"))) {
                Map<String, Object> resourceFlavor = kueue.get("ResourceFlavor/null/" + map(flavor).get("name"));
                if (resourceFlavor != null && fits(pod, spec(resourceFlavor))) {
                    placeable = true;
                }
            }
        }
        if (!placeable) {
            problem(where + ": no flavor of ClusterQueue " + nameOf(clusterQueue)
                    + " has node labels the pod selects and taints it tolerates");
        }
    }

    private static boolean fits(PodSpec pod, Map<String, Object> flavor) {
        Map<String, String> selector = Objects.requireNonNullElse(pod.getNodeSelector(), Map.of());
        if (!matches(cast(map(flavor.get("nodeLabels"))), selector)) {
            return false;
        }
        List<Toleration> tolerations = Objects.requireNonNullElse(pod.getTolerations(), List.of());
        return list(flavor.get("nodeTaints")).stream().map(ManifestCheck::map).allMatch(taint -> tolerations.stream().anyMatch(t ->
                Objects.equals(t.getKey(), taint.get("key"))
                        && (t.getEffect() == null || t.getEffect().equals(taint.get("effect")))
                        && ("Exists".equals(t.getOperator()) || Objects.equals(t.getValue(), taint.get("value")))));
    }

    /** Micronaut's ${VAR} placeholders, from what the API container's environment will hold. */
    private Map<String, Object> resolve(Workload api, Container container, Map<String, Object> raw, String where) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (value instanceof String text) {
                Matcher matcher = PLACEHOLDER.matcher(text);
                StringBuilder out = new StringBuilder();
                while (matcher.find()) {
                    String variable = matcher.group(1);
                    Optional<String> replacement = env(container, variable)
                            .or(() -> fieldRef(container, variable).filter("metadata.namespace"::equals).map(f -> api.namespace()));
                    if (replacement.isEmpty()) {
                        problem(where + ": " + key + " uses ${" + variable + "}, which the API container does not set");
                    }
                    matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.orElse("")));
                }
                matcher.appendTail(out);
                resolved.put(key, out.toString());
            } else {
                resolved.put(key, value);
            }
        });
        return resolved;
    }

    // ---- helpers ----

    private Optional<Workload> workload(String namespace, String name) {
        return workloads.stream().filter(w -> "Deployment".equals(w.kind()) && Objects.equals(w.namespace(), namespace)
                && w.name().equals(name)).findFirst();
    }

    private List<Workload> selected(String namespace, Map<String, String> selector) {
        return workloads.stream().filter(w -> Objects.equals(w.namespace(), namespace) && matches(selector, w.labels())).toList();
    }

    private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return labels != null && selector.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
    }

    private static boolean hasPort(List<Container> containers, IntOrString port) {
        return containers.stream().flatMap(c -> Objects.requireNonNullElse(c.getPorts(), List.<ContainerPort>of()).stream())
                .anyMatch(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName()) : Objects.equals(port.getIntVal(), p.getContainerPort()));
    }

    private static Optional<String> env(Container container, String name) {
        return Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).stream()
                .filter(e -> e.getName().equals(name) && e.getValue() != null).map(EnvVar::getValue).findFirst();
    }

    private static Optional<String> fieldRef(Container container, String name) {
        return Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).stream()
                .filter(e -> e.getName().equals(name) && e.getValueFrom() != null && e.getValueFrom().getFieldRef() != null)
                .map(e -> e.getValueFrom().getFieldRef().getFieldPath()).findFirst();
    }

    /** As platform-api's KubernetesPoolProperties reads a toleration: {@code key[=value][:effect]}. */
    private static PoolToleration toleration(String taint) {
        Matcher matcher = TAINT.matcher(taint.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("toleration is not key[=value][:effect]: " + taint);
        }
        String value = matcher.group(2);
        return new PoolToleration(matcher.group(1), value == null ? "Exists" : "Equal", value, matcher.group(3));
    }

    /** Micronaut's short durations as the pools use them: 90s, 30m, 12h, 2d. */
    private static Duration duration(Object value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("(\\d+)([smhd])").matcher(String.valueOf(value).strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration: " + value);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static boolean isCidr(String cidr) {
        if (cidr == null || !cidr.matches("[0-9a-fA-F:.]+/\\d{1,3}")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.ofLiteral(cidr.substring(0, cidr.indexOf('/')));
            int bits = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
            return bits <= address.getAddress().length * 8;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private <T extends HasMetadata> List<T> typed(Class<T> type) {
        return objects.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private List<Map<String, Object>> kueueOf(String kind) {
        return kueue.entrySet().stream().filter(e -> e.getKey().startsWith(kind + "/")).map(Map.Entry::getValue).toList();
    }

    private static Map<String, Object> spec(Map<String, Object> object) {
        return map(object.get("spec"));
    }

    private static String nameOf(Map<String, Object> document) {
        return String.valueOf(map(document.get("metadata")).get("name"));
    }

    private static String namespaceOf(Map<String, Object> document) {
        return String.valueOf(map(document.get("metadata")).get("namespace"));
    }

    private static String key(String kind, String namespace, String name) {
        return kind + "/" + namespace + "/" + name;
    }

    private static String text(IntOrString port) {
        return port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String property(Method getter) {
        String name = getter.getName().startsWith("is") ? getter.getName().substring(2) : getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> cast(Map<?, ?> map) {
        return (Map<K, V>) map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, Object> map(Object value) {
        return cast(value);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private void problem(String text) {
        problems.add(text);
    }

    private static Schema kueueSchema() {
        try (InputStream in = ManifestCheck.class.getResourceAsStream("/kueue/kueue-v1beta1.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(Objects.requireNonNull(in, "kueue schema").readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
