#!/usr/bin/env python3
"""A LangBot-like server on LangBot's own HTTP stack (Quart on Hypercorn).

The benchmark (langbot-bench) starts it beside the built-in fake server and
measures the same work against both. It speaks the 4.0-4.6 model routes the
bench needs: system info, list, get, create, update, delete and test (with a
configurable delay), in LangBot's envelope. Models live in memory.

    python3 reference_server.py --port 5400

Bench-only routes (no auth): POST /bench/generate {"count": N} fills the
server with N models, POST /bench/reset empties it and zeroes the counters,
POST /bench/test-delay {"ms": N} sets how long a test takes, GET /bench/stats
answers {"max_in_flight": N, "requests": N, "models": N}.

Needs Debian's python3-quart and python3-hypercorn (scripts/install-deps.sh
--tests installs them).
"""

import argparse
import asyncio
import datetime
import uuid

from hypercorn.asyncio import serve
from hypercorn.config import Config
from quart import Quart, jsonify, request

API_KEY = "lbk_demo_console_key"
MODELS = "/api/v1/provider/models/llm"

app = Quart(__name__)
state = {"models": {}, "delay_ms": 0, "in_flight": 0, "max_in_flight": 0, "requests": 0}


def envelope(data=None, code=0, msg="ok", status=200):
    body = {"code": code, "msg": msg}
    if code == 0:
        body["data"] = data
    return jsonify(body), status


def model_record(name, fields=None):
    now = datetime.datetime.now().strftime("%Y-%m-%dT%H:%M:%S")
    record = {
        "uuid": str(uuid.uuid4()),
        "name": name,
        "description": "",
        "requester": "openai-chat-completions",
        "requester_config": {"base_url": "https://api.openai.com/v1", "timeout": 120},
        "api_keys": ["sk-bench"],
        "abilities": ["func_call"],
        "extra_args": {},
        "created_at": now,
        "updated_at": now,
    }
    record.update(fields or {})
    return record


@app.before_request
async def count_and_authenticate():
    state["requests"] += 1
    if request.path.startswith("/api/v1/provider/"):
        key = request.headers.get("X-API-Key", "")
        bearer = request.headers.get("Authorization", "")
        if API_KEY not in (key, bearer.removeprefix("Bearer ")):
            return envelope(code=-1, msg="No valid authentication provided", status=401)
    return None


@app.get("/api/v1/system/info")
async def system_info():
    return envelope({"version": "v4.6.5", "debug": False, "enable_marketplace": True})


@app.get(MODELS)
async def list_models():
    return envelope({"models": list(state["models"].values())})


@app.post(MODELS)
async def create_model():
    body = await request.get_json(force=True, silent=True)
    if not isinstance(body, dict) or not body.get("name"):
        return envelope(code=-2, msg="'name'", status=500)
    record = model_record(body["name"], body)
    state["models"][record["uuid"]] = record
    return envelope({"uuid": record["uuid"]})


@app.get(MODELS + "/<model_uuid>")
async def get_model(model_uuid):
    record = state["models"].get(model_uuid)
    if record is None:
        return envelope(code=-1, msg="model not found", status=404)
    return envelope({"model": record})


@app.put(MODELS + "/<model_uuid>")
async def update_model(model_uuid):
    body = await request.get_json(force=True, silent=True)
    if not isinstance(body, dict):
        return envelope(code=-2, msg="bad body", status=500)
    if model_uuid in state["models"]:
        state["models"][model_uuid].update(body)
    return envelope({})


@app.delete(MODELS + "/<model_uuid>")
async def delete_model(model_uuid):
    state["models"].pop(model_uuid, None)
    return envelope({})


@app.post(MODELS + "/<model_uuid>/test")
async def test_model(model_uuid):
    body = await request.get_json(force=True, silent=True)
    if not isinstance(body, dict):
        return envelope(code=-2, msg="no body", status=500)
    state["in_flight"] += 1
    state["max_in_flight"] = max(state["max_in_flight"], state["in_flight"])
    try:
        if state["delay_ms"] > 0:
            await asyncio.sleep(state["delay_ms"] / 1000)
    finally:
        state["in_flight"] -= 1
    if model_uuid != "_" and model_uuid not in state["models"]:
        return envelope(code=-2, msg="model not found", status=500)
    return envelope(None)


@app.post("/bench/generate")
async def bench_generate():
    body = await request.get_json(force=True, silent=True) or {}
    state["models"] = {}
    for i in range(int(body.get("count", 0))):
        record = model_record(f"bench-model-{i:05d}")
        state["models"][record["uuid"]] = record
    return envelope({"count": len(state["models"])})


@app.post("/bench/reset")
async def bench_reset():
    state.update(models={}, in_flight=0, max_in_flight=0, requests=0)
    return envelope({})


@app.post("/bench/test-delay")
async def bench_test_delay():
    body = await request.get_json(force=True, silent=True) or {}
    state["delay_ms"] = int(body.get("ms", 0))
    state["max_in_flight"] = 0
    return envelope({})


@app.get("/bench/stats")
async def bench_stats():
    return envelope(
        {"max_in_flight": state["max_in_flight"], "requests": state["requests"], "models": len(state["models"])}
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5400)
    args = parser.parse_args()
    config = Config()
    config.bind = [f"{args.host}:{args.port}"]
    config.accesslog = None
    config.errorlog = "-"
    config.loglevel = "WARNING"
    asyncio.run(serve(app, config))


if __name__ == "__main__":
    main()
