#!/usr/bin/env bash
# Runs the cluster tests (backend/src/test/java/org/jiebang/cluster, Maven profile "cluster") against a
# running cluster, by default the one deploy/local-cluster.sh starts. Start it with deadlines in seconds:
#   JIEBANG_CLUSTER_ARGS=--jiebang.challenge.min-bidding-period=PT5S deploy/local-cluster.sh start
#   deploy/cluster-tests.sh [extra Maven arguments, e.g. -o or -Dtest=SessionClusterIT]
# Other targets: JIEBANG_CLUSTER_A, JIEBANG_CLUSTER_B, JIEBANG_CLUSTER_LB (base URLs).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export JIEBANG_CLUSTER_A=${JIEBANG_CLUSTER_A:-http://127.0.0.1:${JIEBANG_CLUSTER_PORT_A:-8081}}
export JIEBANG_CLUSTER_B=${JIEBANG_CLUSTER_B:-http://127.0.0.1:${JIEBANG_CLUSTER_PORT_B:-8082}}
export JIEBANG_CLUSTER_LB=${JIEBANG_CLUSTER_LB:-http://127.0.0.1:${JIEBANG_CLUSTER_LB_PORT:-8088}}
for url in "$JIEBANG_CLUSTER_A" "$JIEBANG_CLUSTER_B" "$JIEBANG_CLUSTER_LB"; do
	curl -fsS -m 5 -o /dev/null "$url/actuator/health/readiness" || { echo "not ready: $url (start the cluster first)" >&2; exit 1; }
done
cd "$root"
# -am builds the frontend module's (empty) classpath entry without running npm; only the cluster tests run.
exec ./mvnw -B -pl backend -am -Pcluster test -Dskip.npm -Dskip.installnodenpm \
	-Dsurefire.failIfNoSpecifiedTests=false "$@"
