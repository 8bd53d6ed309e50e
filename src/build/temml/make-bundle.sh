#!/bin/sh
# Rebuilds src/main/resources/org/essaykit/math/temml.js: Temml's browser bundle (dist/temml.js, which defines
# the global `temml`) rewritten by Babel into ES5, which Rhino runs (Rhino has no `class` syntax yet).
# Versions are pinned in package.json; change them there, run this, and commit the new bundle.
# Needs node and npm. Usage: sh src/build/temml/make-bundle.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../main/resources/org/essaykit/math"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/babel.config.json" "$work/"
cd "$work"
npm install --no-audit --no-fund --silent
version=$(node -p 'require("temml/package.json").version')
{
  printf '/* Temml %s (MIT licence, temml-LICENSE.txt), dist/temml.js transpiled to ES5 by src/build/temml/make-bundle.sh. */\n' "$version"
  npx babel node_modules/temml/dist/temml.js
} > "$out/temml.js"
cp node_modules/temml/LICENSE "$out/temml-LICENSE.txt"
echo "wrote $out/temml.js (Temml $version)"
