# syntax=docker/dockerfile:1.7
# The Meridian console image (console-ui): the Vaadin web console on :8081 (MERIDIAN_CONSOLE_PORT), which
# talks to the API only over its REST API (MERIDIAN_API_URL). Build from the repository root:
#   docker build -f deploy/docker/console-ui.Dockerfile -t meridian/console-ui:0.1.0 .

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
# Vaadin's production bundle comes prebuilt from Maven Central for the core components: no Node is needed.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl console-ui -am package \
 && cp console-ui/target/meridian-console.jar /meridian-console.jar \
 && mkdir /healthcheck && javac --release 25 -d /healthcheck deploy/docker/HealthCheck.java

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 meridian \
 && useradd --system --uid 10001 --gid meridian --home-dir /app --no-create-home meridian
WORKDIR /app
COPY --from=build /meridian-console.jar /app/meridian-console.jar
COPY --from=build /healthcheck /app/healthcheck
ENV MERIDIAN_CONSOLE_PORT=8081 \
    MERIDIAN_API_URL=http://localhost:8080 \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER 10001:10001
EXPOSE 8081
# The healthcheck connects to the port the console was configured to listen on (TCP: a GET of a Vaadin page
# would open a session on every check).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["sh", "-c", "exec java -Xshare:auto -XX:TieredStopAtLevel=1 -Xmx32m -cp /app/healthcheck HealthCheck tcp://127.0.0.1:${MERIDIAN_CONSOLE_PORT}"]
ENTRYPOINT ["java", "-jar", "/app/meridian-console.jar"]
