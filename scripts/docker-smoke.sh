#!/bin/sh
# Builds the service image from this checkout and checks it as docs/service.md describes it: the
# health check turns healthy, a request without the token is refused, the seed notification
# renders, the process runs as `node`, and `docker stop` drains and exits 0. Needs a Docker daemon
# (CI has none); uses host networking so it needs no bridge, on port 4180 of 127.0.0.1.
set -eu
cd "$(dirname "$0")/.."
image=fieldcode-serve:smoke
name=fieldcode-serve-smoke
token=$(node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))")
docker build --network host -t "$image" .
docker rm -f "$name" >/dev/null 2>&1 || true
docker run -d --name "$name" --network host -v "$PWD/examples:/srv/responses:ro" -e FIELDCODE_SERVE_TOKEN="$token" "$image" >/dev/null
trap 'docker rm -f "$name" >/dev/null 2>&1 || true' EXIT
health=starting
for _ in $(seq 1 30); do
  health=$(docker inspect --format '{{.State.Health.Status}}' "$name")
  [ "$health" = healthy ] && break
  sleep 1
done
[ "$health" = healthy ] || { echo "health check: $health"; exit 1; }
[ "$(docker exec "$name" id -un)" = node ] || { echo 'not running as node'; exit 1; }
refused=$(curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:4180/v1/render -H 'content-type: application/json' -d '{"response":"bill-reminder.json"}')
[ "$refused" = 401 ] || { echo "without a token: $refused"; exit 1; }
body=$(node -e "const fs=require('node:fs');console.log(JSON.stringify({response:'seed-bill-reminder.body.json',data:JSON.parse(fs.readFileSync('examples/data/bill-reminder.data.json','utf8')),channel:'genesys'}))")
rendered=$(curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:4180/v1/render -H "authorization: Bearer $token" -H 'content-type: application/json' -d "$body")
[ "$rendered" = 200 ] || { echo "render: $rendered"; exit 1; }
docker stop "$name" >/dev/null
[ "$(docker inspect --format '{{.State.ExitCode}}' "$name")" = 0 ] || { echo 'docker stop: non-zero exit'; exit 1; }
docker logs "$name" 2>&1 | grep -q 'draining: finishing requests in flight' || { echo 'no drain on SIGTERM'; exit 1; }
echo "docker smoke: healthy, 401 without token, 200 render, user node, drained on stop"
