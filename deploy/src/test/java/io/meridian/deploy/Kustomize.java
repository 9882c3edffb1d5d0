package io.meridian.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with kubectl's built-in Kustomize (what an operator's {@code kubectl apply -k} runs).
 * Without kubectl the manifests cannot be checked at all, so its absence fails, never skips.
 */
final class Kustomize {

    static final String MISSING = "kubectl is needed to render deploy/kubernetes (kubectl kustomize): install it "
            + "(https://kubernetes.io/docs/tasks/tools/, v1.32+ carries Kustomize v5.5) or put it on the PATH";

    private Kustomize() {
    }

    static Path kubectl() {
        return Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> List.of(path.split(java.io.File.pathSeparator)).stream())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .or(() -> Optional.of(Path.of("/usr/bin/kubectl")).filter(Files::isExecutable))
                .orElseThrow(() -> new AssertionError(MISSING));
    }

    /** The rendered YAML stream; a kustomization that does not build fails with kubectl's message. */
    static String render(Path kustomization) {
        try {
            Path stderr = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl().toString(), "kustomize", kustomization.toString())
                        .redirectError(stderr.toFile())
                        .start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + kustomization + " did not finish in 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + kustomization + " failed: " + Files.readString(stderr).strip());
                }
                return out;
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run kubectl: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
