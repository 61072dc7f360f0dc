#!/bin/sh
# The image build's training start (docs/operations.md, "Start and memory"): starts the app once with the image's
# JVM settings and Java's -XX:AOTCacheOutput, with no database and no sign-in server to reach (an image build has
# neither; every start-up step that needs them says so in the log and the start goes on), waits until Quarkus says
# it has started, and stops it; the JVM then writes the AOT cache (the classes loaded and linked, and the method
# profiles of the start) that every start of the image maps with -XX:AOTCache.
# `./kpi drill footprint` runs this same script on the built app and measures the start it gives.
#
#   APP_DIR    the application (default /deployments, the image's; the drill: kpi-web/target/quarkus-app)
#   AOT_CACHE  the cache to write (default $APP_DIR/app.aot)
#   JAVA       the java launcher (default java); JAVA_OPTS the image's JVM settings
set -eu
APP_DIR=${APP_DIR:-/deployments}
AOT_CACHE=${AOT_CACHE:-$APP_DIR/app.aot}
JAVA=${JAVA:-java}
log=${TRAINING_LOG:-${TMPDIR:-/tmp}/aot-training.log}

rm -f "$AOT_CACHE"
# Nobody answers on port 1: the start finds the database and Keycloak away, as when they restart.
KPI_DB_URL=jdbc:postgresql://127.0.0.1:1/none KPI_DB_USER=none KPI_DB_PASSWORD=none KPI_DB_VERSION=17 \
KPI_OIDC_URL=http://127.0.0.1:1/realms/kpi KPI_OIDC_SECRET=training KPI_DIRECTORY_SECRET=training KPI_DEMO=false \
QUARKUS_FLYWAY_MIGRATE_AT_START=false QUARKUS_OIDC_CONNECTION_DELAY=0S QUARKUS_OIDC_API_CONNECTION_DELAY=0S \
  "$JAVA" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$AOT_CACHE" -jar "$APP_DIR/quarkus-run.jar" >"$log" 2>&1 &
pid=$!

waited=0
until grep -q "started in" "$log"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "The training start stopped before the app started; its log:" >&2
    cat "$log" >&2
    exit 1
  fi
  waited=$((waited + 1))
  if [ "$waited" -gt 600 ]; then
    echo "The app did not start within 5 minutes; its log:" >&2
    cat "$log" >&2
    kill -9 "$pid"
    exit 1
  fi
  sleep 0.5
done
# let the timers and listeners that start right after load their classes too
sleep 3
kill -TERM "$pid"
wait "$pid" || true
if [ ! -s "$AOT_CACHE" ]; then
  echo "The JVM wrote no AOT cache at $AOT_CACHE; the training log:" >&2
  cat "$log" >&2
  exit 1
fi
echo "AOT cache written: $AOT_CACHE ($(du -m "$AOT_CACHE" | cut -f1) MiB)"
