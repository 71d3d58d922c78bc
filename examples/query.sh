#!/usr/bin/env bash
# Signs in as a demo user and runs one of the example operations through the gateway:
#   examples/query.sh examples/federated-cases.graphql
# GATEWAY (default http://localhost:4000), EMAIL and PASSWORD (the demo administrator) can be overridden.
set -euo pipefail
file=${1:?usage: examples/query.sh <file.graphql>}
gateway=${GATEWAY:-http://localhost:4000}
email=${EMAIL:-admin@imepanel.example}
password=${PASSWORD:-demo-admin-password}
token=$(curl -sf "$gateway/auth/login" -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"$password\"}" | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
node -e 'process.stdout.write(JSON.stringify({ query: require("fs").readFileSync(process.argv[1], "utf8") }))' "$file" |
  curl -s "$gateway/graphql" -H 'content-type: application/json' -H "authorization: Bearer $token" --data-binary @-
echo
