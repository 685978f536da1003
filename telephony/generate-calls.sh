#!/usr/bin/env bash
# Places simulated calls on the Asterisk sandbox (telephony/asterisk.sh), e.g. for the demo:
#   telephony/generate-calls.sh --calls 20 --per-second 1 --abandon 0.2 --talk 20
set -euo pipefail
cd "$(dirname "$0")/.."
source src/ops/common.sh
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q -DskipTests package
export_lines "$(bash telephony/asterisk.sh ensure)"
exec java -cp "target/quarkus-app/lib/main/*:target/quarkus-app/app/*" cn.hotline12345.telephony.CallGenerator "$@"
