# syntax=docker/dockerfile:1.7
# The Meridian API image (platform-api): the REST API on :8080, and, with the command
# `java -jar /app/meridian-platform.jar train-worker --job=<uuid> --attempt=<n>`, the training worker of a
# Kubernetes Job. Build from the repository root (BuildKit reads platform-api.Dockerfile.dockerignore beside it):
#   docker build -f deploy/docker/platform-api.Dockerfile -t meridian/platform-api:0.1.0 .

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# The whole reactor: the parent pom lists every module, so Maven needs each module's pom even for -pl.
COPY . .
# The Maven Wrapper fetches Maven and the dependencies from Maven Central; the cache mount keeps them between
# builds. Tests need an embedded PostgreSQL and a browser: CI runs them (./mvnw -B verify), not the image build.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl platform-api -am package \
 && cp platform-api/target/meridian-platform.jar /meridian-platform.jar \
 && mkdir /healthcheck && javac --release 25 -d /healthcheck deploy/docker/HealthCheck.java

FROM eclipse-temurin:25-jre
# A fixed numeric id, so that Kubernetes' runAsNonRoot can check it and volumes can be owned by it.
RUN groupadd --system --gid 10001 meridian \
 && useradd --system --uid 10001 --gid meridian --home-dir /var/lib/meridian --no-create-home meridian \
 && mkdir -p /var/lib/meridian/cds && chown -R meridian:meridian /var/lib/meridian
WORKDIR /app
COPY --from=build /meridian-platform.jar /app/meridian-platform.jar
COPY --from=build /healthcheck /app/healthcheck
COPY deploy/docker/platform-api-entrypoint.sh /app/entrypoint.sh
# Data dir: spool files of uploads, training work folders, the CDS archive, and file-system blob stores
# when a region has no S3 bucket. Mount a volume there; it is not where PostgreSQL lives (that is external).
ENV MERIDIAN_DATA_DIR=/var/lib/meridian \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /var/lib/meridian
USER 10001:10001
EXPOSE 8080
# Readiness, not liveness: the container is healthy once it serves (migrations done, database reachable).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["java", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx32m", "-cp", "/app/healthcheck", "HealthCheck", "http://127.0.0.1:8080/health/readiness"]
ENTRYPOINT ["/app/entrypoint.sh"]
