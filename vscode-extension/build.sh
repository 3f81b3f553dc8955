#!/usr/bin/env bash
# Builds and tests the VS Code extension: installs the pinned npm packages (package-lock.json),
# compiles the TypeScript client, generates the TextMate grammar from the Xtext grammar, bundles
# the language server jar and packages target/charter-vscode.vsix with @vscode/vsce.
# Needs Node 20+ and a built dsl-ide/target/charter-language-server.jar (mvn -pl dsl-ide -am package).
# Usage: vscode-extension/build.sh [--skip-tests]   (or CHARTER_SKIP_TESTS=true, as mvn -DskipTests sets)
set -euo pipefail
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
cd "$here"
for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "build.sh: $tool is not on the PATH; the VS Code extension needs Node 20+ and npm" \
             "(or leave it out: mvn ... -pl '!vscode-extension,!eclipse-plugin')" >&2
        exit 2
    fi
done
jar=../dsl-ide/target/charter-language-server.jar
if [ ! -f "$jar" ]; then
    echo "build.sh: $jar is missing; build it first: mvn -B -ntp -pl dsl-ide -am package -DskipTests" >&2
    exit 2
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
npx tsc -p .
npm run -s generate-grammar
mkdir -p server target
cp "$jar" server/charter-language-server.jar
npx vsce package --no-update-package-json --out target/charter-vscode.vsix 2>&1 | grep -v '^\s*$' || true
test -f target/charter-vscode.vsix
if [ "${1:-}" != "--skip-tests" ] && [ "${CHARTER_SKIP_TESTS:-false}" != "true" ]; then
    npm test
fi
