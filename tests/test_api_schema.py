"""The API against its own OpenAPI schema (schemathesis): requests generated from /openapi.json, valid
and invalid, must never get a 5xx, and every answer must match the schema's response for its status.
Write endpoints are called with and without the API key. Bounded (a few dozen examples per
operation) to stay under a minute; the store is tests/desk_fixtures.py (texts written for the tests)."""
from __future__ import annotations

import warnings

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the `test` extra")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import not_a_server_error, response_schema_conformance  # noqa: E402

from desk_fixtures import build_store  # noqa: E402
from khobor.api import write  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from khobor.api.app import create_app  # noqa: E402

KEY = "schema-test-key"
# examples per operation and generation mode: a POST runs the whole pipeline; reads are cheap
EXAMPLES = {"GET": 25, "POST": 6, "DELETE": 10}


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("schema") / "desk.db")
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db, api_key=KEY))


def operations() -> list[tuple[str, str]]:
    """(method, path) of every operation in the schema (built from the app, not a stored copy)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        spec = create_app(":memory:").openapi()
    return [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops]


def _check(case) -> None:
    """Call the case (writes: without a key, with a wrong one and with the right one); no 5xx, and
    every answer as the schema describes it for its status."""
    writes = case.method.upper() in ("POST", "DELETE", "PUT", "PATCH")
    for headers in ({}, {"X-API-Key": "wrong"}, {"X-API-Key": KEY}) if writes else ({},):
        response = case.call(headers=headers, timeout=300)  # the first POST loads the models
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
@pytest.mark.parametrize("method, path", operations())
def test_no_request_gets_a_server_error(api_schema, method, path, mode):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES.get(method, 10), deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
    def run(case):
        _check(case)
    run()
