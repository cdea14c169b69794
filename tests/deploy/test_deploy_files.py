"""The deployment files (deploy/compose.yaml, deploy/k8s/*.yaml, deploy/haproxy.cfg, deploy/endpoints.yml)
checked against the configuration they deploy: service names and ports (scripts/serve.py's), the environment
variables the code reads, the health checks serve.py waits on, and the load balancer's routing, run for real
with Debian's HAProxy (scripts/ensure_services.sh) in front of stand-in servers."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from scripts.serve import DEFAULT_PORTS, build, free_port
from tests.conftest import REPO
from tests.infra.standins import Call, StandIn

DEPLOY = REPO / "deploy"
RASA_PORT, ACTIONS_PORT, WIDGET_PORT = DEFAULT_PORTS
# Read by the channels only to reach local stand-ins in tests: never in a deployment.
TEST_ONLY = ("SLACK_API_URL", "TEAMS_OPENID_URL", "TEAMS_LOGIN_URL", "TEAMS_EXTRA_SERVICE_HOSTS",
             "MOBILITY_TODAY")
REQUIRED_SECRETS = {"RASA_TOKEN", "DB_PASSWORD", "REDIS_PASSWORD"}
CHANNEL_SECRETS = {"SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "TEAMS_APP_ID", "TEAMS_APP_PASSWORD",
                   "TEAMS_TENANT_ID"}


def compose() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def k8s() -> dict[tuple[str, str], dict[str, Any]]:
    docs = {}
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            docs[(doc["kind"], doc["metadata"]["name"])] = doc
    return docs


def endpoints() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "endpoints.yml").read_text())


def placeholders(config: Any) -> set[str]:
    """The ${VAR} Rasa expands in a parsed YAML document's values (comments do not count)."""
    if isinstance(config, dict):
        return set().union(set(), *(placeholders(v) for v in config.values()))
    return set(re.findall(r"\$\{(\w+)\}", config)) if isinstance(config, str) else set()


def read_by_code() -> set[str]:
    """Every variable bot/ reads from the environment, plus what the Rasa image's command line uses."""
    names = set()
    for path in (REPO / "bot").rglob("*.py"):
        names |= set(re.findall(r"environ(?:\.get)?[\[(]\s*\"(\w+)\"", path.read_text()))
    command = (DEPLOY / "rasa-entrypoint.sh").read_text()
    assert "rasa-entrypoint.sh" in (DEPLOY / "Dockerfile.rasa").read_text()
    # The settings ConfigMap is shared with the widget, whose nginx template reads its own variable.
    widget = set(re.findall(r"\$\{(\w+)\}", (DEPLOY / "widget.conf.template").read_text()))
    return names | set(re.findall(r"\$(\w+)", command)) | {"SANIC_WORKERS"} | widget


def container(deployment: dict[str, Any]) -> dict[str, Any]:
    return deployment["spec"]["template"]["spec"]["containers"][0]


def k8s_env(docs: dict, deployment: str) -> set[str]:
    spec = container(docs[("Deployment", deployment)])
    names = {e["name"] for e in spec.get("env", [])}
    for source in spec.get("envFrom", []):
        names |= set(docs[("ConfigMap", source["configMapRef"]["name"])]["data"])
    return names


def health_paths() -> dict[str, tuple[str, int]]:
    """The URLs scripts/serve.py waits on before it calls a server ready: the probes must use the same."""
    assistant = build(DEFAULT_PORTS, "model", Path(tempfile.mkdtemp()), Path("unused.db"))
    return {name: (urlsplit(s.ready_url).path, urlsplit(s.ready_url).port) for name, s in
            assistant.servers.items()}


def test_compose_runs_every_part_with_only_the_load_balancer_published() -> None:
    services = compose()["services"]
    assert set(services) == {"rasa", "actions", "postgres", "redis", "widget", "loadbalancer"}
    assert services["rasa"]["deploy"]["replicas"] >= 2
    assert services["rasa"]["expose"] == [str(RASA_PORT)]
    assert services["actions"]["expose"] == [str(ACTIONS_PORT)]
    assert services["widget"]["expose"] == [str(WIDGET_PORT)]
    published = {name for name, s in services.items() if s.get("ports")}
    assert published == {"loadbalancer"}  # never the action server, Rasa's API or the databases
    health = health_paths()
    for name in ("rasa", "actions"):
        path, port = health[name]
        check = " ".join(services[name]["healthcheck"]["test"])
        assert f"127.0.0.1:{port}{path}'" in check, (name, check)
    for name, service in services.items():
        assert "healthcheck" in service, name


def test_endpoints_point_at_the_deployed_services() -> None:
    config, text = endpoints(), (DEPLOY / "endpoints.yml").read_text()
    action = urlsplit(config["action_endpoint"]["url"])
    assert (action.hostname, action.port, action.path) == ("actions", ACTIONS_PORT, "/webhook")
    store = config["tracker_store"]
    assert store["type"] == yaml.safe_load((REPO / "endpoints.yml").read_text())["tracker_store"]["type"]
    assert (store["dialect"], store["url"], store["port"]) == ("postgresql", "${DB_HOST}", 5432)
    lock = config["lock_store"]
    assert (lock["type"], lock["url"], lock["port"]) == ("redis", "${REDIS_HOST}", 6379)
    # Rasa expands ${VAR} only in unquoted values: a quoted one reaches the database as the literal text.
    assert '"${' not in text and "'${" not in text
    services, docs = compose()["services"], k8s()
    environment = services["rasa"]["environment"]
    assert environment["DB_HOST"] == "postgres" and "5432" in services["postgres"]["expose"]
    assert environment["REDIS_HOST"] == "redis" and "6379" in services["redis"]["expose"]
    settings = docs[("ConfigMap", "erasmus-settings")]["data"]
    assert docs[("Service", settings["DB_HOST"])]["spec"]["ports"][0]["port"] == 5432
    assert docs[("Service", settings["REDIS_HOST"])]["spec"]["ports"][0]["port"] == 6379


def test_every_variable_is_provided_known_and_never_a_test_only_one() -> None:
    needed = placeholders(endpoints()) | REQUIRED_SECRETS | {"CORS_ORIGINS"}
    known = read_by_code() | needed
    docs = k8s()
    for where, names in (("compose", set(compose()["services"]["rasa"]["environment"])),
                         ("k8s", k8s_env(docs, "rasa"))):
        assert needed <= names, (where, needed - names)
        assert names >= CHANNEL_SECRETS, (where, CHANNEL_SECRETS - names)
        assert names <= known, (where, names - known)  # a typo would silently configure nothing
    assert read_by_code() >= CHANNEL_SECRETS
    for path in DEPLOY.rglob("*"):
        if path.is_file():
            assert not [v for v in TEST_ONLY if v in path.read_text()], path
    for variable in TEST_ONLY[:3]:  # the list is real: the channels do read these
        assert any(variable in p.read_text() for p in (REPO / "bot" / "channels").glob("*.py")), variable


def test_kubernetes_probes_ports_and_secrets_match_the_configuration() -> None:
    docs, health = k8s(), health_paths()
    expected = {"rasa": (health["rasa"][0], RASA_PORT), "actions": (health["actions"][0], ACTIONS_PORT),
                "widget": ("/healthz", WIDGET_PORT), "loadbalancer": ("/healthz", 8000)}
    for name, (path, port) in expected.items():
        spec = container(docs[("Deployment", name)])
        ports = {p["name"]: p["containerPort"] for p in spec["ports"]}
        for probe in ("readinessProbe", "livenessProbe"):
            check = spec[probe]["httpGet"]
            assert (check["path"], ports[check["port"]]) == (path, port), (name, probe)
        if name != "loadbalancer":
            service = docs[("Service", name)]["spec"]
            assert service["ports"][0]["port"] == port and service["ports"][0]["targetPort"] in ports
            assert service.get("type", "ClusterIP") == "ClusterIP", name  # never exposed directly
    services = [(name, doc["spec"]) for (kind, name), doc in docs.items() if kind == "Service"]
    public = [name for name, spec in services if spec.get("type") == "LoadBalancer"]
    assert public == ["loadbalancer"]
    assert docs[("Service", "rasa")]["spec"]["clusterIP"] == "None"  # HAProxy must see every pod
    hpa = docs[("HorizontalPodAutoscaler", "rasa")]["spec"]
    assert hpa["scaleTargetRef"]["name"] == "rasa" and hpa["minReplicas"] >= 2
    assert all(kind != "Secret" for kind, _ in docs)  # secrets are created outside the repository
    refs = [e["valueFrom"]["secretKeyRef"] for e in container(docs[("Deployment", "rasa")])["env"]
            if "secretKeyRef" in e.get("valueFrom", {})]
    assert {r["name"] for r in refs} == {"erasmus-secrets"}
    required = {r["key"] for r in refs if not r.get("optional")}
    assert required == {"rasa-token", "db-password", "redis-password"}
    configured = docs[("ConfigMap", "haproxy-config")]["data"]["haproxy.cfg"]
    assert configured == (DEPLOY / "haproxy.cfg").read_text()


class Upstream(StandIn):
    def handle(self, call: Call) -> tuple[int, Any]:
        return 200, {"path": call.path}


def get(url: str, data: bytes | None = None) -> int:
    request = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:  # not listening (yet)
        return 0


@pytest.fixture()
def haproxy_in_front(tmp_path: Path):
    rasa, widget = Upstream(), Upstream()
    port = free_port()
    config = (DEPLOY / "haproxy.cfg").read_text()
    config = config.replace("bind :8000", f"bind 127.0.0.1:{port}")
    config = config.replace('"${RASA_SERVICE}:5005"', f"127.0.0.1:{rasa.url.rsplit(':', 1)[1]}")
    config = config.replace('"${WIDGET_SERVICE}:8080"', f"127.0.0.1:{widget.url.rsplit(':', 1)[1]}")
    (tmp_path / "haproxy.cfg").write_text(config)
    process = subprocess.Popen(["haproxy", "-db", "-f", str(tmp_path / "haproxy.cfg")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while get(f"{base}/healthz") != 200:
            assert process.poll() is None and time.monotonic() < deadline, "HAProxy did not start"
            time.sleep(0.1)
        yield base, rasa, widget
    finally:
        process.terminate()
        process.wait(10)
        rasa.close()
        widget.close()


def test_the_load_balancer_routes_only_the_webhooks_and_the_widget(haproxy_in_front: Any) -> None:
    base, rasa, widget = haproxy_in_front
    body = b'{"sender": "someone", "message": "hi"}'
    for path in ("/webhooks/rest/webhook", "/webhooks/slack/webhook", "/webhooks/teams/webhook"):
        assert get(base + path, body) == 200, path
    for path in ("/", "/widget.js", "/embed.html"):
        assert get(base + path) == 200, path
    # Rasa's HTTP API reads every conversation and replaces the model: never reachable from outside.
    for path in ("/status", "/conversations/someone/tracker", "/model", "/model/parse", "/webhooks/rest/",
                 "/socket.io/", "/devserver.py", "/version"):
        assert get(base + path) == 404, path
    reached = {c.path for c in rasa.calls if c.method == "POST"}
    assert reached == {"/webhooks/rest/webhook", "/webhooks/slack/webhook", "/webhooks/teams/webhook"}
    pages = {c.path for c in widget.calls if c.method == "GET" and c.path != "/"}
    assert pages == {"/widget.js", "/embed.html"}
