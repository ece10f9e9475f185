#!/usr/bin/python3
"""Self-test for validate_sarif.py against the fixtures in test/data/sarif.

Needs the multitool installed (npm ci --prefix test/tools/sarif-multitool).
Prints one line per check and closes with 'N passed, N failed'.
"""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
VALIDATOR = os.path.join(HERE, "validate_sarif.py")
DATA = os.path.join(REPO, "test", "data", "sarif")

results = []


def run(args, env_extra=None):
    tmp = tempfile.mkdtemp(prefix="test_validate_sarif.")
    env = dict(os.environ, TMPDIR=tmp)
    env.update(env_extra or {})
    proc = subprocess.run(["/usr/bin/python3", VALIDATOR] + args, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, cwd=REPO)
    leftovers = os.listdir(tmp)
    os.rmdir(tmp) if not leftovers else None
    return proc.returncode, proc.stdout, proc.stderr, leftovers


def check(name, args, rc, expect=(), absent=(), env_extra=None):
    code, out, err, leftovers = run(args, env_extra)
    failures = []
    if code != rc:
        failures.append("exit %d, expected %d" % (code, rc))
    for text in expect:
        if text not in out + err:
            failures.append("missing %r" % text)
    for text in absent:
        if text in out + err:
            failures.append("unexpected %r" % text)
    if leftovers:
        failures.append("left files in TMPDIR: %s" % leftovers)
    results.append(not failures)
    print("%s: %s" % ("PASS" if not failures else "FAIL", name))
    for failure in failures:
        print("    " + failure)
    if failures:
        print("    --- output ---\n    " + (out + err).replace("\n", "\n    "))


def fixture(name):
    return os.path.join("test", "data", "sarif", name)


check("valid-minimal passes both validators",
      [fixture("valid-minimal.sarif")], 0,
      expect=["validate_sarif: 1 file(s), 0 problem(s)"])
check("valid-minimal notes are shown but not counted",
      ["--show-notes", fixture("valid-minimal.sarif")], 0,
      expect=["SARIF2002", "(not counted)", "0 problem(s)"])
check("invalid-schema fails the schema validator",
      [fixture("invalid-schema.sarif")], 1,
      expect=["invalid-schema.sarif: [schema] enum error: 'fatal' is not one of",
              "(at $.runs[0].results[0].level)", "1 problem(s)"])
check("invalid-schema fails with --schema-only",
      ["--schema-only", fixture("invalid-schema.sarif")], 1,
      expect=["[schema] enum error"])
check("ghas-warning fails on multitool warnings only",
      [fixture("ghas-warning.sarif")], 1,
      expect=["[multitool] SARIF2005.ProvideToolProperties warning: The tool "
              "'authtidy' does not provide 'informationUri'",
              "which is not numeric", "2 problem(s)"],
      absent=["[schema]"])
check("ghas-warning is schema-valid",
      ["--schema-only", fixture("ghas-warning.sarif")], 0,
      expect=["0 problem(s)"])
check("ghas-error fails on GHAS errors",
      [fixture("ghas-error.sarif")], 1,
      expect=["[multitool] GH1003.ProvideRequiredRegionProperties error",
              "[multitool] GH1006.ProvideCheckoutPath error",
              "[multitool] GH2012.GhasProvideRequiredReportingDescriptorProperties error",
              "[multitool] SARIF2017.SARIFProvideRequiredRegionProperties warning",
              "4 problem(s)"],
      absent=["[schema]"])
check("several files are counted together",
      [fixture(n) for n in ("valid-minimal.sarif", "invalid-schema.sarif",
                            "ghas-warning.sarif", "ghas-error.sarif")], 1,
      expect=["validate_sarif: 4 file(s), 7 problem(s)"])
check("a missing multitool is exit 2 with the install command",
      [fixture("valid-minimal.sarif")], 2,
      expect=["npm ci --prefix test/tools/sarif-multitool"],
      env_extra={"SARIF_MULTITOOL": "/nonexistent/Sarif.Multitool"})
check("--schema-only does not need the multitool",
      ["--schema-only", fixture("valid-minimal.sarif")], 0,
      env_extra={"SARIF_MULTITOOL": "/nonexistent/Sarif.Multitool"})
check("an unreadable file is a problem",
      [fixture("does-not-exist.sarif")], 1,
      expect=["[schema] io error"])

passed = sum(results)
failed = len(results) - passed
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
