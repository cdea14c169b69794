"""Two Rasa instances on one PostgreSQL conversation store and one Redis lock store, behind HAProxy hashing on
the conversation: the production shape of docs/deploy.md, started locally from Debian's own programs.

    .venv/bin/python scripts/serve.py --scale-out      # a local trial; Ctrl-C stops everything
    with scale_out(model) as cluster: ...                # the tests (tests/infra/test_scaleout.py)

PostgreSQL gets a throw-away cluster in a temporary directory (its own port, password authentication over
TCP as in production), Redis a password and no persistence (it only holds locks). Each Rasa instance has its
own action server. HAProxy runs deploy/haproxy.cfg: it reads the `sender` of each REST body (`balance hash
req.body,json_query`) so one conversation always reaches the same instance (Rasa's Redis lock store hands
out tickets non-atomically), routes only the webhooks to Rasa and serves the widget page on the same origin.
Standard library only, like serve.py.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scripts.processes import Assistant, AssistantFailed, Server, free_port, http_get
from scripts.serve import build

REPO = Path(__file__).resolve().parents[1]


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise AssistantFailed("PostgreSQL is not installed: run scripts/ensure_services.sh")
    return found[-1]


def _wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise AssistantFailed(f"nothing answers on port {port} after {timeout:.0f} s")


@dataclass
class Daemon:
    """A service process we start, stop and start again (to test outages) with the same data and port."""

    name: str
    command: list[str]
    port: int
    log: Path
    user: str | None = None  # PostgreSQL refuses to run as root
    stop_signal: int = signal.SIGTERM
    ready_command: list[str] | None = None  # beyond an open port: PostgreSQL refuses sessions while starting
    process: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                self.command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True, user=self.user, group=self._group(),
            )
        try:
            _wait_port(self.port)
            deadline = time.monotonic() + 60
            while self.ready_command and subprocess.run(self.ready_command, capture_output=True).returncode:
                if time.monotonic() > deadline:
                    raise AssistantFailed("not ready after 60 s")
                time.sleep(0.1)
        except AssistantFailed as error:
            raise AssistantFailed(f"{self.name}: {error}; see {self.log}") from error

    def _group(self) -> int | None:
        return pwd.getpwnam(self.user).pw_gid if self.user else None

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(self.stop_signal)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def postgres(work: Path, password: str) -> Daemon:
    """A new PostgreSQL cluster in `work`/pg with user and database `rasa`, not yet started."""
    data = work / "pg"
    data.mkdir(mode=0o700)
    pwfile = work / "pg-password"
    pwfile.write_text(password + "\n")
    user = "postgres" if os.geteuid() == 0 else None
    if user:  # root: the cluster belongs to Debian's postgres user
        uid, gid = pwd.getpwnam(user).pw_uid, pwd.getpwnam(user).pw_gid
        for path in (work, data, pwfile):
            os.chown(path, uid, gid)
    subprocess.run(
        [_pg_bin("initdb"), "-D", str(data), "-U", "rasa", f"--pwfile={pwfile}", "-E", "UTF8",
         "--auth-local=trust", "--auth-host=scram-sha-256", "--no-instructions"],
        check=True, capture_output=True, user=user, group=pwd.getpwnam(user).pw_gid if user else None,
    )
    pwfile.unlink()
    port = free_port()
    command = [_pg_bin("postgres"), "-D", str(data), "-p", str(port), "-c", "listen_addresses=127.0.0.1",
               "-c", f"unix_socket_directories={data}", "-c", "fsync=off"]  # throw-away data: no fsync
    # SIGINT is PostgreSQL's "fast" shutdown: sessions are cut, as when a database host goes away.
    ready = [_pg_bin("pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(port)]
    return Daemon("postgresql", command, port, work / "postgresql.log", user, signal.SIGINT, ready)


def create_database(pg: Daemon, password: str, name: str) -> None:
    subprocess.run(
        [_pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(pg.port), "-U", "rasa", name],
        check=True, capture_output=True, env={**os.environ, "PGPASSWORD": password},
    )


def redis(work: Path, password: str) -> Daemon:
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
               "--requirepass", password, "--dir", str(work)]
    return Daemon("redis", command, port, work / "redis.log")


def haproxy(work: Path, port: int, backends: list[tuple[str, int]], widget_port: int | None = None) -> Daemon:
    """HAProxy with the production configuration (deploy/haproxy.cfg), its DNS-discovered servers replaced
    by this machine's instances: the tests go through the very routing and hashing that is deployed."""
    config = (REPO / "deploy" / "haproxy.cfg").read_text().replace("bind :8000", f"bind 127.0.0.1:{port}")
    servers = "\n".join(f"    server {name} 127.0.0.1:{p}" for name, p in backends)
    config = config.replace('    server-template rasa 10 "${RASA_SERVICE}:5005"', servers)
    widget = f"    server widget 127.0.0.1:{widget_port}" if widget_port else "    # no widget page here"
    config = config.replace('    server-template widget 4 "${WIDGET_SERVICE}:8080"', widget)
    if "${" in config:
        raise AssistantFailed("deploy/haproxy.cfg changed: scaleout.py no longer fills in every server")
    path = work / "haproxy.cfg"
    path.write_text(config)
    return Daemon("haproxy", ["haproxy", "-db", "-f", str(path)], port, work / "haproxy.log")


def endpoints(action_port: int, pg_port: int, redis_port: int) -> str:
    """The production endpoints.yml shape: secrets as ${VAR}, which Rasa expands at start-up, but only
    unquoted: YAML's implicit resolver Rasa uses skips quoted scalars, so "${DB_PASSWORD}" stays literal."""
    return f"""action_endpoint:
  url: "http://localhost:{action_port}/webhook"
tracker_store:
  type: bot.store.retention.RetentionSQLTrackerStore
  dialect: "postgresql"
  url: "127.0.0.1"
  port: {pg_port}
  db: "rasa"
  username: "rasa"
  password: ${{DB_PASSWORD}}
  purge_interval_seconds: 3600
lock_store:
  type: "redis"
  url: "127.0.0.1"
  port: {redis_port}
  password: ${{REDIS_PASSWORD}}
  db: 1
  key_prefix: "erasmus"
"""


@dataclass
class Cluster:
    work: Path
    postgres: Daemon
    redis: Daemon
    haproxy: Daemon
    instances: list[Assistant] = field(default_factory=list)
    db_password: str = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.haproxy.port}"

    def stop(self) -> None:
        for daemon in (self.haproxy,):
            daemon.stop()
        for instance in self.instances:
            instance.stop()
        self.redis.stop()
        self.postgres.stop()
        # The throw-away database is about 80 MB; the logs next to it stay for a look after a failure.
        shutil.rmtree(self.work / "pg", ignore_errors=True)


def _use_endpoints(assistant: Assistant, path: Path) -> None:
    command = assistant.servers["rasa"].command
    command[command.index("--endpoints") + 1] = str(path)


@contextlib.contextmanager
def scale_out(model: str, env: dict[str, str] | None = None, lb_port: int | None = None,
              widget_port: int | None = None, timeout: float = 480.0) -> Iterator[Cluster]:
    """Starts PostgreSQL, Redis, two Rasa instances (each with its action server) and HAProxy in front."""
    work = Path(tempfile.mkdtemp(prefix="scaleout-"))
    db_password, redis_password = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
    pg = postgres(work, db_password)
    lock = redis(work, redis_password)
    lb_port = lb_port or free_port()
    widget_port = widget_port or free_port()
    ports = [(free_port(), free_port()) for _ in range(2)]
    balancer = haproxy(work, lb_port, [("a", ports[0][0]), ("b", ports[1][0])], widget_port)
    cluster = Cluster(work, pg, lock, balancer, db_password=db_password)
    secrets_env = {"DB_PASSWORD": db_password, "REDIS_PASSWORD": redis_password, **(env or {})}
    try:
        pg.start()
        create_database(pg, db_password, "rasa")
        lock.start()
        for name, (rasa_port, action_port) in zip("ab", ports, strict=True):
            log_dir = work / name
            log_dir.mkdir()
            # Same widget port for both: --cors lists the origins of the one widget page.
            instance = build((rasa_port, action_port, widget_port), model, log_dir, log_dir / "unused.db",
                             widget=False, env=secrets_env)
            path = log_dir / "endpoints-scaleout.yml"
            path.write_text(endpoints(action_port, pg.port, lock.port))
            _use_endpoints(instance, path)
            cluster.instances.append(instance)
        for instance in cluster.instances:
            for server in instance.servers.values():
                server.start()
        for instance in cluster.instances:
            instance.wait(timeout=timeout)
        cluster.haproxy.start()
        deadline = time.monotonic() + 30
        while http_get(f"{cluster.url}/healthz")[0] != 200:
            if time.monotonic() > deadline:
                raise AssistantFailed(f"HAProxy does not reach Rasa; see {cluster.haproxy.log}")
            time.sleep(0.2)
        yield cluster
    finally:
        cluster.stop()


def widget_server(port: int, rasa_url: str) -> Server:
    """The widget page, talking to the load balancer."""
    serve = REPO / "scripts" / "serve.py"
    return Server("widget", [str(REPO / ".venv" / "bin" / "python"), str(serve), "--widget-server", str(port),
                             rasa_url], REPO / ".state" / "logs" / "widget.log", f"http://127.0.0.1:{port}/",
                  {**os.environ, "PYTHONPATH": str(REPO)})


def main(model: str, lb_port: int, widget_port: int) -> int:
    """`serve.py --scale-out`: the whole set-up on this machine until Ctrl-C or SIGTERM."""
    (REPO / ".state" / "logs").mkdir(parents=True, exist_ok=True)

    def on_signal(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    try:
        with scale_out(model, lb_port=lb_port, widget_port=widget_port) as cluster:
            widget = widget_server(widget_port, cluster.url)
            widget.start()
            try:
                print(f"serve: load balancer  {cluster.url}/webhooks/rest/webhook (HAProxy, hash on sender)")
                for name, instance in zip("ab", cluster.instances, strict=True):
                    print(f"serve: instance {name}     {instance.rasa_url} (logs {instance.log_dir})")
                print(f"serve: PostgreSQL     127.0.0.1:{cluster.postgres.port} db rasa; Redis "
                      f"127.0.0.1:{cluster.redis.port}; data and logs in {cluster.work}")
                print(f"serve: widget         http://127.0.0.1:{widget_port}/ ; Ctrl-C stops everything",
                      flush=True)
                while all(not s.died() for i in cluster.instances for s in i.servers.values()):
                    time.sleep(1)
                print("serve: a server died; stopping", flush=True)
                return 1
            finally:
                widget.stop()
    except AssistantFailed as error:
        print(f"serve: {error}", flush=True)
        return 1
    except KeyboardInterrupt:
        print("serve: stopping", flush=True)
        return 0

