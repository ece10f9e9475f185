#!/usr/bin/python3
"""Validate SARIF 2.1.0 files the way authtidy's tests require.

Usage: validate_sarif.py [--schema-only] [--show-notes] FILE...

Every FILE goes through two independent validators:

  [schema]     JSON Schema validation against the official OASIS SARIF 2.1.0
               schema (test/data/sarif/sarif-schema-2.1.0.json, draft-04),
               with Debian's python3-jsonschema.  Formats (uri,
               uri-reference, date-time) are checked; $refs resolve offline.
               Also rejects non-UTF-8 input, a byte order mark and duplicate
               object keys.
  [multitool]  Microsoft's SARIF SDK validator (Sarif.Multitool, npm package
               @microsoft/sarif-multitool-linux, pinned in
               test/tools/sarif-multitool/package.json), run as
                 Sarif.Multitool validate --rule-kind "Sarif;Ghas"
                   -c <config derived from test/data/sarif/github.config.xml>
                   -o <tmp>/out.sarif --log ForceOverwrite
               Its exit code says nothing about findings, so its output log
               is parsed instead.

A problem is: any schema violation; any multitool result of kind "fail" whose
level is "error" or "warning" (a result without "level" is a warning, as in
the SDK); any multitool tool notification of level error/warning except
WRN999.RuleExplicitlyDisabled.  Multitool "note" results are advice only;
they never fail (--show-notes prints them).

Output: one line per problem,
  FILE: [schema|multitool] <rule id> <level>: <message> (at <where>)
then "validate_sarif: N file(s), E problem(s)".

Exit status: 0 no problems, 1 problems, 2 a validator is missing or could
not run (or bad usage).

Environment: SARIF_MULTITOOL overrides the path of the Sarif.Multitool
binary; SARIF_MULTITOOL_TIMEOUT (seconds, default 300) bounds one run.

Run with Debian's /usr/bin/python3 (it has python3-jsonschema).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import datetime

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.normpath(os.path.join(SCRIPT_DIR, "..", ".."))
DATA_DIR = os.path.join(REPO_ROOT, "test", "data", "sarif")
SCHEMA_PATH = os.path.join(DATA_DIR, "sarif-schema-2.1.0.json")
GITHUB_CONFIG_PATH = os.path.join(DATA_DIR, "github.config.xml")
MULTITOOL_PREFIX = os.path.join(SCRIPT_DIR, "sarif-multitool")
MULTITOOL_PACKAGE_DIR = os.path.join(
    MULTITOOL_PREFIX, "node_modules", "@microsoft", "sarif-multitool-linux")
DEFAULT_MULTITOOL = os.path.join(MULTITOOL_PACKAGE_DIR, "Sarif.Multitool")
INSTALL_HINT = ("install it from the repository root with: "
                "npm ci --prefix test/tools/sarif-multitool")

FAILING_LEVELS = ("error", "warning")


class Unrunnable(Exception):
    """A validator is missing or could not run: exit status 2."""


class Problem(object):
    def __init__(self, validator, rule, level, message, where):
        self.validator = validator
        self.rule = rule
        self.level = level
        self.message = " ".join(str(message).split())
        self.where = where

    def format(self, filename):
        text = "%s: [%s] %s %s: %s" % (filename, self.validator, self.rule,
                                       self.level, self.message)
        if self.where:
            text += " (at %s)" % self.where
        return text


# --------------------------------------------------------------------------
# JSON loading (shared by both validators)
# --------------------------------------------------------------------------

class _ObjectWithDuplicates(dict):
    duplicates = ()


def _pairs_hook(pairs):
    obj = _ObjectWithDuplicates()
    dups = []
    for key, value in pairs:
        if key in obj and key not in dups:
            dups.append(key)
        obj[key] = value
    if dups:
        obj.duplicates = tuple(dups)
    return obj


def json_path(parts):
    path = "$"
    for part in parts:
        if isinstance(part, int):
            path += "[%d]" % part
        elif re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", part):
            path += "." + part
        else:
            path += "[%s]" % json.dumps(part)
    return path


def _find_duplicates(node, parts, out):
    if isinstance(node, dict):
        for key in getattr(node, "duplicates", ()):
            out.append(Problem("schema", "duplicate-key", "error",
                               "object key '%s' appears more than once "
                               "(JSON parsers disagree on which value wins)"
                               % key, json_path(parts)))
        for key, value in node.items():
            _find_duplicates(value, parts + [key], out)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _find_duplicates(value, parts + [index], out)


def load_sarif(raw):
    """Returns (document or None, [Problem])."""
    problems = []
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(Problem("schema", "encoding", "error",
                                "file starts with a UTF-8 byte order mark; "
                                "write plain UTF-8 (RFC 8259 section 8.1)",
                                "byte 0"))
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem("schema", "encoding", "error",
                                "file is not valid UTF-8: %s" % exc.reason,
                                "byte %d" % exc.start))
        return None, problems
    try:
        doc = json.loads(text, object_pairs_hook=_pairs_hook)
    except ValueError as exc:
        where = ("line %d, column %d" % (exc.lineno, exc.colno)
                 if hasattr(exc, "lineno") else None)
        msg = exc.msg if hasattr(exc, "msg") else str(exc)
        problems.append(Problem("schema", "json-syntax", "error",
                                "not valid JSON: %s" % msg, where))
        return None, problems
    _find_duplicates(doc, [], problems)
    return doc, problems


# --------------------------------------------------------------------------
# Validator 1: JSON Schema (python3-jsonschema)
# --------------------------------------------------------------------------

_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?"
    r"([Zz]|[+-](\d{2}):(\d{2}))$")


def _is_rfc3339_date_time(value):
    if not isinstance(value, str):
        return True
    match = _RFC3339.match(value)
    if not match:
        return False
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        # RFC 3339 allows a leap second (60).
        datetime(year, month, day, hour, minute, min(second, 59))
    except ValueError:
        return False
    if second > 60:
        return False
    if match.group(9) is not None:
        if int(match.group(9)) > 23 or int(match.group(10)) > 59:
            return False
    return True


class SchemaValidator(object):
    def __init__(self, schema_path):
        try:
            import jsonschema
        except ImportError:
            raise Unrunnable(
                "python module 'jsonschema' is missing; install Debian's "
                "package with: apt-get install -y python3-jsonschema "
                "python3-rfc3987 (and run this script with /usr/bin/python3)")
        try:
            import rfc3987
        except ImportError:
            raise Unrunnable(
                "python module 'rfc3987' is missing, so 'uri' and "
                "'uri-reference' formats cannot be checked; install it with: "
                "apt-get install -y python3-rfc3987")
        try:
            with open(schema_path, "rb") as handle:
                schema = json.loads(handle.read().decode("utf-8"))
        except (OSError, ValueError) as exc:
            raise Unrunnable("cannot read SARIF schema %s: %s"
                             % (schema_path, exc))

        declared = schema.get("$schema", "")
        if "draft-04" not in declared:
            raise Unrunnable("schema %s declares $schema %r; this script "
                             "expects draft-04 (the OASIS SARIF 2.1.0 schema)"
                             % (schema_path, declared))
        validator_class = jsonschema.Draft4Validator
        try:
            validator_class.check_schema(schema)
        except jsonschema.exceptions.SchemaError as exc:
            raise Unrunnable("schema %s is not a valid draft-04 schema: %s"
                             % (schema_path, exc.message))

        def check_uri(value):
            if not isinstance(value, str):
                return True
            return rfc3987.match(value, rule="URI") is not None

        def check_uri_reference(value):
            if not isinstance(value, str):
                return True
            return rfc3987.match(value, rule="URI_reference") is not None

        checker = jsonschema.FormatChecker(formats=())
        checker.checks("uri")(check_uri)
        checker.checks("uri-reference")(check_uri_reference)
        checker.checks("date-time")(_is_rfc3339_date_time)

        used_formats = set()
        self._collect_formats(schema, used_formats)
        unchecked = sorted(used_formats - set(checker.checkers))
        if unchecked:
            raise Unrunnable("no checker for format(s) %s used by %s"
                             % (", ".join(unchecked), schema_path))

        schema_id = schema.get("id") or schema.get("$id") or ""
        kwargs = {"format_checker": checker}
        try:
            # jsonschema >= 4.18: the 'referencing' registry never fetches.
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT4
            resource = Resource.from_contents(schema,
                                              default_specification=DRAFT4)
            kwargs["registry"] = Registry().with_resource(schema_id, resource)
        except ImportError:
            # Older jsonschema (Debian 12 has 4.10): RefResolver, with the
            # schema pre-loaded under its id and remote fetching refused.
            def no_remote(uri):
                raise jsonschema.exceptions.RefResolutionError(
                    "refusing to fetch remote $ref %s (offline)" % uri)
            kwargs["resolver"] = jsonschema.RefResolver(
                base_uri=schema_id, referrer=schema,
                store={schema_id: schema},
                handlers={"http": no_remote, "https": no_remote,
                          "ftp": no_remote, "file": no_remote})
        self._validator = validator_class(schema, **kwargs)
        self._relevance = jsonschema.exceptions.relevance
        self._best_match = jsonschema.exceptions.best_match

    @classmethod
    def _collect_formats(cls, node, out):
        if isinstance(node, dict):
            fmt = node.get("format")
            if isinstance(fmt, str):
                out.add(fmt)
            for value in node.values():
                cls._collect_formats(value, out)
        elif isinstance(node, list):
            for value in node:
                cls._collect_formats(value, out)

    def validate(self, doc):
        problems = []
        errors = sorted(self._validator.iter_errors(doc),
                        key=lambda e: (list(map(str, e.absolute_path)),
                                       e.validator))
        for error in errors:
            message = error.message
            if len(message) > 300:
                message = message[:300] + "..."
            if error.context:
                # anyOf/oneOf: name the most relevant branch failure too.
                best = self._best_match(error.context, key=self._relevance)
                if best is not None:
                    message += " [closest branch: %s at %s]" % (
                        best.message[:200], json_path(best.absolute_path))
            problems.append(Problem("schema", error.validator, "error",
                                    message, json_path(error.absolute_path)))
        return problems


# --------------------------------------------------------------------------
# Validator 2: Microsoft SARIF SDK multitool
# --------------------------------------------------------------------------

def _pinned_multitool_version():
    try:
        with open(os.path.join(MULTITOOL_PREFIX, "package.json")) as handle:
            deps = json.load(handle).get("dependencies", {})
        return deps.get("@microsoft/sarif-multitool-linux")
    except (OSError, ValueError):
        return None


def _installed_multitool_version():
    try:
        with open(os.path.join(MULTITOOL_PACKAGE_DIR, "package.json")) as h:
            return json.load(h).get("version")
    except (OSError, ValueError):
        return None


def effective_multitool_config(source_path, dest_path):
    """github.config.xml plus two adjustments, written to dest_path.

    1. SARIF2006.UrisShouldBeReachable is disabled unless the config says
       otherwise: it makes HTTP GET requests for $schema, helpUri, ... (no
       network in tests) and only ever produces notes.
    2. github.config.xml raises 'SARIF2012.ProvideHelpUris' to Warning, but
       in Sarif.Multitool 5.x that rule is named
       'SARIF2012.ProvideRuleProperties', so the setting is silently ignored.
       The same setting is applied under the current name, so a rule without
       helpUri or a PascalCase 'name' fails as the config intends.
    """
    try:
        tree = ET.parse(source_path)
    except (OSError, ET.ParseError) as exc:
        raise Unrunnable("cannot read multitool config %s: %s"
                         % (source_path, exc))
    root = tree.getroot()
    sections = {el.get("Key"): el for el in root.findall("Properties")}

    def add(key, value):
        el = ET.SubElement(root, "Properties", {"Key": key})
        ET.SubElement(el, "Property", {"Key": "RuleEnabled", "Value": value})

    old_2012 = sections.get("SARIF2012.ProvideHelpUris.Options")
    if (old_2012 is not None
            and "SARIF2012.ProvideRuleProperties.Options" not in sections):
        for prop in old_2012.findall("Property"):
            if prop.get("Key") == "RuleEnabled":
                add("SARIF2012.ProvideRuleProperties.Options",
                    prop.get("Value"))
    if "SARIF2006.UrisShouldBeReachable.Options" not in sections:
        add("SARIF2006.UrisShouldBeReachable.Options", "Disabled")
    tree.write(dest_path, encoding="utf-8", xml_declaration=True)


def _render_message(message, rule):
    """Expand a SARIF message (text, or id + arguments) to plain text."""
    args = [str(a) for a in message.get("arguments", [])]
    template = message.get("text")
    if template is None:
        strings = rule.get("messageStrings", {}) if rule else {}
        template = strings.get(message.get("id"), {}).get("text")
    if template is None:
        return "%s %s" % (message.get("id", ""), "; ".join(args))

    def substitute(match):
        if match.group(1) is not None:
            return match.group(1)[0]  # '{{' -> '{', '}}' -> '}'
        index = int(match.group(2))
        return args[index] if index < len(args) else match.group(0)
    return re.sub(r"(\{\{|\}\})|\{(\d+)\}", substitute, template)


_JS_PATH = re.compile(r"^(\$schema|version|runs|inlineExternalProperties|"
                      r"properties)([.\[].*)?$")


class MultitoolValidator(object):
    def __init__(self):
        path = os.environ.get("SARIF_MULTITOOL") or DEFAULT_MULTITOOL
        if os.sep not in path:
            path = shutil.which(path) or path
        where = ("SARIF_MULTITOOL=%s" % path if os.environ.get("SARIF_MULTITOOL")
                 else path)
        if not os.path.isfile(path):
            raise Unrunnable("Sarif.Multitool not found (%s); %s, or point "
                             "SARIF_MULTITOOL at the Sarif.Multitool binary"
                             % (where, INSTALL_HINT))
        if not os.access(path, os.X_OK):
            # The npm package makes it executable in a postinstall script;
            # with scripts disabled (--ignore-scripts) it is left 0644.
            try:
                os.chmod(path, os.stat(path).st_mode | 0o100)
            except OSError:
                pass
            if not os.access(path, os.X_OK):
                raise Unrunnable("Sarif.Multitool at %s is not executable "
                                 "(was npm run with --ignore-scripts?); run "
                                 "chmod u+x on it or reinstall: %s"
                                 % (path, INSTALL_HINT))
        if not os.environ.get("SARIF_MULTITOOL"):
            pinned = _pinned_multitool_version()
            installed = _installed_multitool_version()
            if pinned and installed and pinned != installed:
                raise Unrunnable("installed @microsoft/sarif-multitool-linux "
                                 "is %s but %s is pinned; %s"
                                 % (installed, pinned, INSTALL_HINT))
        if not os.path.isfile(GITHUB_CONFIG_PATH):
            raise Unrunnable("multitool config %s is missing"
                             % GITHUB_CONFIG_PATH)
        self.path = path
        try:
            self.timeout = float(os.environ.get("SARIF_MULTITOOL_TIMEOUT",
                                                "300"))
        except ValueError:
            raise Unrunnable("SARIF_MULTITOOL_TIMEOUT must be a number")

    def validate(self, raw, tmpdir, show_notes):
        """Returns (problems, notes)."""
        work = tempfile.mkdtemp(prefix="run.", dir=tmpdir)
        try:
            return self._validate(raw, work, show_notes)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _validate(self, raw, work, show_notes):
        # A private copy: the multitool treats its argument as a file
        # specifier (wildcards, directories), so give it a plain name.
        target = os.path.join(work, "input.sarif")
        with open(target, "wb") as handle:
            handle.write(raw)
        config = os.path.join(work, "config.xml")
        effective_multitool_config(GITHUB_CONFIG_PATH, config)
        output = os.path.join(work, "out.sarif")
        home = os.path.join(work, "home")
        os.mkdir(home)
        env = dict(os.environ)
        env.update({
            "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1",
            "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
            "DOTNET_EnableDiagnostics": "0",
            "DOTNET_BUNDLE_EXTRACT_BASE_DIR": os.path.join(work, "bundle"),
            "TMPDIR": work,
            "HOME": home,
        })
        # The input must come before --log: '--log' takes a list of values
        # and would swallow a file name that follows it.
        cmd = [self.path, "validate", target,
               "--rule-kind", "Sarif;Ghas",
               "--level", "Error;Warning;Note",
               "--kind", "Fail",
               "--max-file-size-in-kb", "2000000",
               "-c", config,
               "-o", output,
               "--log", "ForceOverwrite"]
        try:
            proc = subprocess.run(cmd, cwd=work, env=env,
                                  stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT,
                                  timeout=self.timeout)
        except subprocess.TimeoutExpired:
            raise Unrunnable("Sarif.Multitool did not finish within %gs "
                             "(SARIF_MULTITOOL_TIMEOUT)" % self.timeout)
        except OSError as exc:
            raise Unrunnable("cannot run %s: %s (%s)"
                             % (self.path, exc, INSTALL_HINT))
        console = proc.stdout.decode("utf-8", "replace")
        try:
            with open(output, "rb") as handle:
                log = json.loads(handle.read().decode("utf-8-sig"))
        except (OSError, ValueError) as exc:
            tail = "\n".join(console.strip().splitlines()[-15:])
            raise Unrunnable("Sarif.Multitool (exit %d) wrote no usable "
                             "output log (%s). Its output:\n%s"
                             % (proc.returncode, exc, tail))
        return self._interpret(log)

    @staticmethod
    def _interpret(log):
        problems, notes = [], []
        for run in log.get("runs", []):
            rules = run.get("tool", {}).get("driver", {}).get("rules", [])
            by_id = {r.get("id"): r for r in rules}
            for result in run.get("results", []):
                rule = None
                index = result.get("ruleIndex")
                if isinstance(index, int) and 0 <= index < len(rules):
                    rule = rules[index]
                elif result.get("ruleId") in by_id:
                    rule = by_id[result.get("ruleId")]
                kind = result.get("kind", "fail")
                level = result.get("level")
                if level is None:
                    # The SDK omits level when it is "warning" (the SARIF
                    # default); never read an absent level as below that.
                    default = ((rule or {}).get("defaultConfiguration", {})
                               .get("level"))
                    level = "error" if default == "error" else "warning"
                rule_id = result.get("ruleId") or (rule or {}).get("id", "?")
                if rule and rule.get("name"):
                    rule_id = "%s.%s" % (rule_id, rule["name"])
                message = result.get("message", {})
                text = _render_message(message, rule)
                where = []
                args = message.get("arguments") or []
                if (args and message.get("text") is None
                        and isinstance(args[0], str)
                        and (args[0] == "" or _JS_PATH.match(args[0]))):
                    if text.startswith(args[0] + ": "):
                        text = text[len(args[0]) + 2:]
                    where.append(args[0] or "$")
                region = (((result.get("locations") or [{}])[0]
                           .get("physicalLocation") or {}).get("region") or {})
                if "startLine" in region:
                    line = "line %d" % region["startLine"]
                    if "startColumn" in region:
                        line += ":%d" % region["startColumn"]
                    where.append(line)
                problem = Problem("multitool", rule_id, level, text,
                                  ", ".join(where))
                if kind == "fail" and level in FAILING_LEVELS:
                    problems.append(problem)
                else:
                    notes.append(problem)
            for invocation in run.get("invocations", []):
                for key in ("toolExecutionNotifications",
                            "toolConfigurationNotifications"):
                    for note in invocation.get(key, []):
                        desc = (note.get("descriptor") or {}).get("id", "?")
                        level = note.get("level", "warning")
                        text = (note.get("message") or {}).get("text", "")
                        # Keep an exception's message, drop its stack trace.
                        text = re.split(r"\s+at [\w.`<>\[\]]+\(", text)[0]
                        problem = Problem("multitool", desc, level, text,
                                          key)
                        if (level in FAILING_LEVELS
                                and desc != "WRN999.RuleExplicitlyDisabled"):
                            problems.append(problem)
                        else:
                            notes.append(problem)
        return problems, notes


# --------------------------------------------------------------------------

def main(argv):
    parser = argparse.ArgumentParser(
        prog="validate_sarif.py",
        description="Validate SARIF 2.1.0 files against the OASIS JSON schema "
                    "and Microsoft's SARIF multitool (Sarif;Ghas rules, "
                    "GitHub config). Exit 0 clean, 1 problems, 2 a validator "
                    "is missing or could not run.")
    parser.add_argument("--schema-only", action="store_true",
                        help="run only the JSON Schema validator")
    parser.add_argument("--show-notes", action="store_true",
                        help="also print multitool notes (never counted)")
    parser.add_argument("files", nargs="+", metavar="FILE")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 2 if exc.code else 0

    try:
        schema = SchemaValidator(SCHEMA_PATH)
        multitool = None if args.schema_only else MultitoolValidator()
    except Unrunnable as exc:
        print("validate_sarif: error: %s" % exc, file=sys.stderr)
        return 2

    total = 0
    try:
        with tempfile.TemporaryDirectory(prefix="validate_sarif.") as tmpdir:
            for filename in args.files:
                try:
                    with open(filename, "rb") as handle:
                        raw = handle.read()
                except OSError as exc:
                    problems = [Problem("schema", "io", "error",
                                        "cannot read file: %s"
                                        % exc.strerror, None)]
                    notes = []
                else:
                    doc, problems = load_sarif(raw)
                    if doc is not None:
                        problems += schema.validate(doc)
                    notes = []
                    if multitool is not None:
                        mt_problems, notes = multitool.validate(
                            raw, tmpdir, args.show_notes)
                        problems += mt_problems
                for problem in problems:
                    print(problem.format(filename))
                if args.show_notes:
                    for note in notes:
                        print("%s (not counted)" % note.format(filename))
                total += len(problems)
                sys.stdout.flush()
    except Unrunnable as exc:
        print("validate_sarif: error: %s" % exc, file=sys.stderr)
        return 2

    print("validate_sarif: %d file(s), %d problem(s)"
          % (len(args.files), total))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
