#!/usr/bin/env bash
# The production topology on one machine, without Docker: the local PostgreSQL, two instances of
# backend/target/jiebang.jar on their own data folders and ports, and nginx in front of both.
#
#   deploy/local-cluster.sh start     start what is not running yet, wait until everything answers
#   deploy/local-cluster.sh stop      stop what start started (nginx, then both instances; not PostgreSQL)
#   deploy/local-cluster.sh status    state of each part (exit code 0 only when all are up)
#   deploy/local-cluster.sh reset     stop, then drop the database and delete the run folder
#
# Safe to re-run: start skips what already runs, stop only signals processes recorded in its own pid
# files (checked against their command line). Settings (environment, defaults in brackets):
#   JIEBANG_CLUSTER_PORT_A [8081], JIEBANG_CLUSTER_PORT_B [8082], JIEBANG_CLUSTER_LB_PORT [8088]
#   JIEBANG_CLUSTER_ARGS       extra application arguments for both instances, e.g.
#                              "--jiebang.challenge.min-bidding-period=PT5S" (the cluster tests need it)
#   JIEBANG_CLUSTER_JAVA_OPTS  JVM options [-Xms256m -Xmx1g]
#   JIEBANG_CLUSTER_RUN        run folder (data, logs, pid files, secrets) [deploy/local-cluster/run]
#   JIEBANG_JAR                the application [backend/target/jiebang.jar]
#   JIEBANG_CLUSTER_PGHOST / _PGPORT / _DB / _DB_USER   [127.0.0.1 / 5432 / jiebang / jiebang]
#   JIEBANG_CLUSTER_PSQL_ADMIN psql command of a superuser [psql -h $PGHOST -p $PGPORT -U postgres]
#   JIEBANG_ADMIN_USERNAME / JIEBANG_ADMIN_PASSWORD  administrator created at start
#                              [ops-admin / generated once into the run folder's secrets/]
#   JIEBANG_CLUSTER_START_TIMEOUT  seconds to wait for each part [240]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
run=${JIEBANG_CLUSTER_RUN:-$here/local-cluster/run}
jar=${JIEBANG_JAR:-$root/backend/target/jiebang.jar}
port_a=${JIEBANG_CLUSTER_PORT_A:-8081}
port_b=${JIEBANG_CLUSTER_PORT_B:-8082}
lb_port=${JIEBANG_CLUSTER_LB_PORT:-8088}
app_args=${JIEBANG_CLUSTER_ARGS:-}
java_opts=${JIEBANG_CLUSTER_JAVA_OPTS:--Xms256m -Xmx1g}
pg_host=${JIEBANG_CLUSTER_PGHOST:-127.0.0.1}
pg_port=${JIEBANG_CLUSTER_PGPORT:-5432}
db=${JIEBANG_CLUSTER_DB:-jiebang}
db_user=${JIEBANG_CLUSTER_DB_USER:-jiebang}
psql_admin=${JIEBANG_CLUSTER_PSQL_ADMIN:-psql -h $pg_host -p $pg_port -U postgres}
timeout=${JIEBANG_CLUSTER_START_TIMEOUT:-240}

say() { printf '%s\n' "$*"; }
die() { printf 'local-cluster: %s\n' "$*" >&2; exit 1; }

# --- processes we started -------------------------------------------------------------------------

# The pid in a pid file when that process is alive and its command line contains the marker.
owned_pid() { # pidfile marker
	local pid
	[[ -f $1 ]] || return 1
	pid=$(<"$1")
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	[[ -r /proc/$pid/cmdline ]] || return 1
	tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$2" || return 1
	printf '%s' "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- PostgreSQL -----------------------------------------------------------------------------------

pg_up() { pg_isready -q -h "$pg_host" -p "$pg_port"; }

ensure_postgres() {
	if ! pg_up; then
		[[ $pg_host == 127.0.0.1 || $pg_host == localhost ]] || die "PostgreSQL at $pg_host:$pg_port does not answer"
		say "PostgreSQL: starting the local cluster"
		pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
		for _ in $(seq 30); do pg_up && break; sleep 1; done
		pg_up || die "PostgreSQL did not come up"
	fi
	local password
	password=$(secret db-password)
	if [[ $($psql_admin -d postgres -Atc "SELECT 1 FROM pg_roles WHERE rolname = '$db_user'") != 1 ]]; then
		say "PostgreSQL: creating role $db_user"
		$psql_admin -d postgres -q -v ON_ERROR_STOP=1 -c "CREATE ROLE \"$db_user\" LOGIN PASSWORD '$password'"
	fi
	if [[ $($psql_admin -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'") != 1 ]]; then
		say "PostgreSQL: creating database $db"
		$psql_admin -d postgres -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$db\" OWNER \"$db_user\" ENCODING 'UTF8' TEMPLATE template0"
	fi
}

# --- secrets (generated once, kept in the run folder) ---------------------------------------------

secret() { # name -> value
	local file=$run/secrets/$1
	if [[ ! -s $file ]]; then
		mkdir -p "$run/secrets" && chmod 700 "$run/secrets"
		(umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n=+/' >"$file")
	fi
	cat "$file"
}

# --- application instances ------------------------------------------------------------------------

ready() { # port
	curl -fsS -m 3 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'
}

start_instance() { # name port seed
	local name=$1 port=$2 seed=$3 dir=$run/$1 pid
	if pid=$(owned_pid "$dir/app.pid" "$dir"); then
		say "instance $name: already running (pid $pid, port $port)"
	else
		port_open "$port" && die "port $port is taken by another process (set JIEBANG_CLUSTER_PORT_${name^^})"
		mkdir -p "$dir"
		say "instance $name: starting on port $port (log $dir/app.log)"
		# shellcheck disable=SC2086 # java_opts and app_args are word lists on purpose
		(
			cd "$dir"
			export PORT=$port \
				JIEBANG_DATA_DIR=$dir \
				JIEBANG_SEED=$seed \
				JIEBANG_TOKEN_SECRET="$(secret token-secret)" \
				JIEBANG_FORWARD_HEADERS=framework \
				JIEBANG_ADMIN_USERNAME="${JIEBANG_ADMIN_USERNAME:-ops-admin}" \
				JIEBANG_ADMIN_PASSWORD="${JIEBANG_ADMIN_PASSWORD:-$(secret admin-password)}" \
				SPRING_R2DBC_URL="r2dbc:postgresql://$pg_host:$pg_port/$db" \
				SPRING_R2DBC_USERNAME="$db_user" \
				SPRING_R2DBC_PASSWORD="$(secret db-password)" \
				SPRING_FLYWAY_URL="jdbc:postgresql://$pg_host:$pg_port/$db" \
				SPRING_FLYWAY_USER="$db_user" \
				SPRING_FLYWAY_PASSWORD="$(secret db-password)"
			setsid nohup java $java_opts -jar "$run/jiebang.jar" "--jiebang.data-dir=$dir" $app_args \
				>>"$dir/app.log" 2>&1 </dev/null &
			echo $! >"$dir/app.pid"
		)
	fi
	wait_ready "$name" "$port"
}

wait_ready() { # name port
	local dir=$run/$1 deadline=$((SECONDS + timeout))
	until ready "$2"; do
		owned_pid "$dir/app.pid" "$dir" >/dev/null || { tail -n 40 "$dir/app.log" >&2; die "instance $1 exited (log $dir/app.log)"; }
		((SECONDS < deadline)) || die "instance $1 not ready after ${timeout}s (log $dir/app.log)"
		sleep 1
	done
	say "instance $1: ready at http://127.0.0.1:$2"
}

stop_instance() { # name
	local dir=$run/$1 pid
	if ! pid=$(owned_pid "$dir/app.pid" "$dir"); then
		say "instance $1: not running"
		rm -f "$dir/app.pid"
		return
	fi
	say "instance $1: stopping pid $pid (graceful shutdown)"
	kill -TERM "$pid"
	for _ in $(seq 60); do
		owned_pid "$dir/app.pid" "$dir" >/dev/null || break
		sleep 1
	done
	if owned_pid "$dir/app.pid" "$dir" >/dev/null; then
		say "instance $1: still running after 60 s, killing pid $pid"
		kill -KILL "$pid"
	fi
	rm -f "$dir/app.pid"
}

# --- nginx ----------------------------------------------------------------------------------------

ensure_nginx_installed() {
	command -v nginx >/dev/null && return
	[[ $EUID -eq 0 ]] || die "nginx is missing: apt-get install nginx-light (as root)"
	say "nginx: installing the Debian package"
	# Keep the package from starting the system nginx on port 80 (no init system here anyway).
	local policy=/usr/sbin/policy-rc.d added=
	if [[ ! -e $policy ]]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && added=1; fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null ||
		{ apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light >/dev/null; }
	[[ -n $added ]] && rm -f "$policy"
	command -v nginx >/dev/null || die "nginx could not be installed"
}

nginx_conf() {
	local dir=$run/nginx
	mkdir -p "$dir/temp" "$dir/logs"
	sed -e "s/server app-a:8080/server 127.0.0.1:$port_a/" \
		-e "s/server app-b:8080/server 127.0.0.1:$port_b/" \
		-e "s/^\( *\)listen 80;/\1listen 127.0.0.1:$lb_port;/" \
		"$here/nginx/jiebang.conf" >"$dir/jiebang.conf"
	cat >"$dir/nginx.conf" <<-EOF
		# Generated by deploy/local-cluster.sh from deploy/nginx/jiebang.conf; edits are overwritten.
		$( ((EUID == 0)) && echo 'user root;' || true)
		worker_processes auto;
		pid $dir/nginx.pid;
		error_log $dir/logs/error.log warn;
		events { worker_connections 4096; }
		http {
		    include /etc/nginx/mime.types;
		    default_type application/octet-stream;
		    access_log $dir/logs/access.log;
		    sendfile on;
		    client_body_temp_path $dir/temp/body;
		    proxy_temp_path $dir/temp/proxy;
		    fastcgi_temp_path $dir/temp/fastcgi;
		    uwsgi_temp_path $dir/temp/uwsgi;
		    scgi_temp_path $dir/temp/scgi;
		    include $dir/jiebang.conf;
		}
	EOF
}

start_nginx() {
	local dir=$run/nginx pid
	ensure_nginx_installed
	nginx_conf
	nginx -q -t -p "$dir" -c "$dir/nginx.conf" || die "generated nginx configuration is invalid ($dir/nginx.conf)"
	if pid=$(owned_pid "$dir/nginx.pid" "$dir/nginx.conf"); then
		say "nginx: already running (pid $pid), reloading the configuration"
		nginx -p "$dir" -c "$dir/nginx.conf" -s reload 2>>"$dir/logs/error.log"
	else
		port_open "$lb_port" && die "port $lb_port is taken by another process (set JIEBANG_CLUSTER_LB_PORT)"
		say "nginx: starting on port $lb_port"
		nginx -p "$dir" -c "$dir/nginx.conf"
	fi
	local deadline=$((SECONDS + 30))
	until curl -fsS -m 3 -o /dev/null "http://127.0.0.1:$lb_port/actuator/health/readiness"; do
		((SECONDS < deadline)) || die "nginx does not answer on port $lb_port (log $dir/logs/error.log)"
		sleep 1
	done
	say "nginx: answering at http://127.0.0.1:$lb_port"
}

stop_nginx() {
	local dir=$run/nginx pid
	if ! pid=$(owned_pid "$dir/nginx.pid" "$dir/nginx.conf"); then
		say "nginx: not running"
		return
	fi
	say "nginx: stopping pid $pid"
	kill -QUIT "$pid"
	for _ in $(seq 20); do
		owned_pid "$dir/nginx.pid" "$dir/nginx.conf" >/dev/null || return 0
		sleep 0.5
	done
	kill -TERM "$pid" 2>/dev/null || true
}

# --- commands -------------------------------------------------------------------------------------

start() {
	[[ -f $jar ]] || die "no $jar: build it first (./mvnw -DskipTests package)"
	mkdir -p "$run"
	# The instances run a copy of the jar taken when none of them runs, so a rebuild in the working
	# tree cannot change the file under a running JVM; stop and start again to pick up a new build.
	if ! owned_pid "$run/a/app.pid" "$run/a" >/dev/null && ! owned_pid "$run/b/app.pid" "$run/b" >/dev/null; then
		cp -f "$jar" "$run/jiebang.jar.tmp" && mv -f "$run/jiebang.jar.tmp" "$run/jiebang.jar"
	fi
	ensure_postgres
	# A first, ready, then B: the first start of an empty database runs the Flyway migrations and
	# loads the demo data, and the administrator from JIEBANG_ADMIN_* is created or updated. Only A
	# seeds (B has JIEBANG_SEED=false), and B starts only once A is ready, so these start-up steps never
	# race (Flyway itself would serialize on its lock; the seeder and the admin bootstrap do not).
	start_instance a "$port_a" "${JIEBANG_SEED:-true}"
	start_instance b "$port_b" false
	start_nginx
	say ""
	say "cluster up: http://127.0.0.1:$lb_port (instances :$port_a, :$port_b; run folder $run)"
	say "administrator: ${JIEBANG_ADMIN_USERNAME:-ops-admin} (password in $run/secrets/admin-password unless JIEBANG_ADMIN_PASSWORD is set)"
}

stop() {
	stop_nginx
	stop_instance b
	stop_instance a
}

status() {
	local ok=0 pid
	if pg_up; then
		if [[ $($psql_admin -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'" 2>/dev/null) == 1 ]]; then
			say "postgresql: up at $pg_host:$pg_port, database $db present"
		else
			say "postgresql: up at $pg_host:$pg_port, database $db missing"; ok=1
		fi
	else
		say "postgresql: down ($pg_host:$pg_port)"; ok=1
	fi
	for spec in "a:$port_a" "b:$port_b"; do
		local name=${spec%%:*} port=${spec#*:}
		if pid=$(owned_pid "$run/$name/app.pid" "$run/$name"); then
			if ready "$port"; then say "instance $name: ready (pid $pid, http://127.0.0.1:$port)"
			else say "instance $name: running but not ready (pid $pid, port $port)"; ok=1; fi
		else
			say "instance $name: stopped"; ok=1
		fi
	done
	if pid=$(owned_pid "$run/nginx/nginx.pid" "$run/nginx/nginx.conf"); then
		if curl -fsS -m 3 -o /dev/null "http://127.0.0.1:$lb_port/actuator/health/readiness"; then
			say "nginx: answering (pid $pid, http://127.0.0.1:$lb_port)"
		else say "nginx: running but not answering (pid $pid, port $lb_port)"; ok=1; fi
	else
		say "nginx: stopped"; ok=1
	fi
	return $ok
}

reset() {
	stop
	if pg_up; then
		say "PostgreSQL: dropping database $db"
		$psql_admin -d postgres -q -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
	fi
	say "removing $run"
	rm -rf -- "$run"
}

case ${1:-} in
	start) start ;;
	stop) stop && say "PostgreSQL left running (a shared machine service); the database $db keeps its data" ;;
	status) status ;;
	reset) reset ;;
	*) echo "usage: $0 start|stop|status|reset" >&2; exit 2 ;;
esac
