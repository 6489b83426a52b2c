#!/usr/bin/env bash
# Run CI as CI does: a fresh clone of HEAD in a temporary folder, shared/ copied beside it.
set -euo pipefail
here=$(git rev-parse --show-toplevel)
d=$(mktemp -d)
git clone -q "$here" "$d/main"
cp -r "$here/../shared" "$d/shared"
cd "$d/main"
CI=true bash .ci/run < /dev/null
