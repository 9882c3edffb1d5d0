# Sourced by ./mvnw and deploy/quickstart: makes JAVA_HOME point at a JDK 25 or newer.
# Meridian compiles with --release 25, while many machines default to an older `java`.
# An explicit JAVA_HOME that is new enough wins; otherwise the usual install folders are searched.

meridian_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

meridian_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ] &&
     [ "$(meridian_java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    return 0
  fi
  meridian_noglob=''
  case $- in *f*) meridian_noglob=1; set +f ;; esac  # mvnw runs with globbing off
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]* \
      "$HOME"/.sdkman/candidates/java/25* /opt/java/openjdk /opt/jdk-25* \
      /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
    if [ -x "$candidate/bin/javac" ] && [ "$(meridian_java_major "$candidate")" -ge 25 ] 2>/dev/null; then
      JAVA_HOME="$candidate"
      export JAVA_HOME
      [ -z "$meridian_noglob" ] || set -f
      return 0
    fi
  done
  [ -z "$meridian_noglob" ] || set -f
  echo "Meridian needs a JDK 25 (for example Eclipse Temurin 25 from https://adoptium.net)." >&2
  echo "Install it, or set JAVA_HOME to its folder, then run this command again." >&2
  return 1
}

meridian_find_jdk || exit 1
