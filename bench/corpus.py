#!/usr/bin/python3
"""Generates the benchmark corpus: N translation units of HTTP handler code.

Every unit is a module of a multi-tenant service written against the real
Debian headers (cpp-httplib `httplib.h`, cpp-jwt `jwt/jwt.hpp`, libpqxx
`pqxx/pqxx`): a few resources with list/get/create/delete handlers that
authenticate a bearer token, authorize, and run SQL, plus their route
registration. A deterministic share of the units carries one of the auth
mistakes authtidy looks for (a JWT decoded without verification, verified
without issuer/audience, `none` accepted, a hardcoded signing key or
database password, a tenant taken from the URL, a query without a tenant
predicate), so the checks' slow paths run too.

The same N always gives byte-identical files. Units share headers the way a
real service does: include/svc/common.h (everything), include/svc/auth.h, and
one include/svc/group_K.h per group of ten units.

    bench/corpus.py --units 200 --out /tmp/corpus [--verify]

--verify compiles every unit with `clang++-19 -fsyntax-only` and fails if
one does not compile.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys

CXX = 'clang++-19'
# Debian's cpp-httplib pkg-config flags: they change httplib::Request's layout.
FLAGS = ['-std=c++17', '-DCPPHTTPLIB_OPENSSL_SUPPORT',
         '-DCPPHTTPLIB_ZLIB_SUPPORT', '-DCPPHTTPLIB_BROTLI_SUPPORT',
         '-I/usr/include/postgresql', '-Iinclude', '-Wall']
GROUP_SIZE = 10

RESOURCES = ['orders', 'invoices', 'projects', 'tickets', 'documents',
             'payments', 'shipments', 'contracts', 'reports', 'devices',
             'subscriptions', 'webhooks', 'api_keys', 'audit_events',
             'warehouses', 'customers', 'quotes', 'refunds']
FIELDS = ['status', 'title', 'amount_cents', 'created_at', 'owner_id',
          'currency', 'note', 'priority', 'region', 'updated_at']
# The mistakes, one per unit in turn; None: a clean unit.
MISTAKES = ['unverified-decode', 'signature-only', 'alg-none',
            'hardcoded-key', None, 'tenant-from-url', 'hardcoded-db-password',
            'unscoped-query', None, None]

COMMON_H = r'''// Shared by every module of the generated service.
#pragma once

#include <httplib.h>
#include <jwt/jwt.hpp>
#include <pqxx/pqxx>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace svc {

struct Principal {
  std::string subject;
  std::string tenant_id;
  std::vector<std::string> permissions;
};

struct TokenIssuer {
  std::string public_key;
  std::string issuer;
  std::string audience;
};

struct Config {
  std::string database_url;
  TokenIssuer idp;
  std::string service_token_key;
};

inline std::string env_or_empty(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string{v} : std::string{};
}

inline std::string bearer_token(const httplib::Request& req) {
  const std::string header = req.get_header_value("Authorization");
  constexpr std::string_view prefix = "Bearer ";
  if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0) return {};
  return header.substr(prefix.size());
}

inline void reply(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json");
}

inline void deny(httplib::Response& res, int status, const char* reason) {
  reply(res, status, std::string{"{\"error\":\""} + reason + "\"}");
}

inline long long id_from_path(const httplib::Request& req) {
  return std::stoll(req.matches[1].str());
}

inline std::optional<Principal> principal_from(const jwt::jwt_object& decoded) {
  const jwt::jwt_payload& claims = decoded.payload();
  if (!claims.has_claim("sub") || !claims.has_claim("tenant_id")) return std::nullopt;
  Principal p;
  p.subject = claims.get_claim_value<std::string>("sub");
  p.tenant_id = claims.get_claim_value<std::string>("tenant_id");
  if (claims.has_claim("scope")) {
    std::istringstream scopes{claims.get_claim_value<std::string>("scope")};
    for (std::string s; scopes >> s;) p.permissions.push_back(s);
  }
  return p;
}

}  // namespace svc
'''

AUTH_H = r'''// The policy enforcement point of the generated service.
#pragma once

#include "svc/common.h"

namespace svc {

inline bool authorize(const Principal& principal, std::string_view permission) {
  for (const auto& p : principal.permissions)
    if (p == permission) return true;
  std::clog << "authz: deny " << principal.subject << " " << permission << '\n';
  return false;
}

}  // namespace svc
'''


def group_header(k):
    return '''// Types shared by the modules of group %(k)d.
#pragma once

#include "svc/auth.h"

namespace svc::group%(k)d {

struct Page {
  int limit = 50;
  long long after_id = 0;
};

inline Page page_from(const httplib::Request& req) {
  Page page;
  if (req.has_param("limit")) page.limit = std::stoi(req.get_param_value("limit"));
  if (req.has_param("after")) page.after_id = std::stoll(req.get_param_value("after"));
  if (page.limit <= 0 || page.limit > 500) page.limit = 50;
  return page;
}

}  // namespace svc::group%(k)d
''' % {'k': k}


def verify_function(name, mistake):
    """The token verification of one module, correct unless `mistake`."""
    full = ('jwt::params::algorithms({"RS256"}), jwt::params::secret(idp.public_key), '
            'jwt::params::issuer(idp.issuer), jwt::params::aud(idp.audience)')
    if mistake == 'unverified-decode':
        args = 'jwt::params::algorithms({"RS256"}), jwt::params::verify(false)'
    elif mistake == 'signature-only':
        args = 'jwt::params::algorithms({"RS256"}), jwt::params::secret(idp.public_key)'
    elif mistake == 'alg-none':
        args = full.replace('{"RS256"}', '{"RS256", "none"}')
    else:
        args = full
    return '''std::optional<Principal> %(name)s(const httplib::Request& req, const TokenIssuer& idp) {
  const std::string token = bearer_token(req);
  if (token.empty()) return std::nullopt;
  try {
    const auto decoded = jwt::decode(token, %(args)s);
    return principal_from(decoded);
  } catch (const std::exception& e) {
    std::clog << "auth: rejected token: " << e.what() << '\\n';
    return std::nullopt;
  }
}
''' % {'name': name, 'args': args}


def handlers(resource, fields, mistake):
    singular = resource[:-1] if resource.endswith('s') else resource
    cols = ', '.join(['id'] + fields)
    out = []
    json_fields = ' + '.join(
        '",\\"%s\\":\\"" + row["%s"].as<std::string>() + "\\""' % (f, f) for f in fields)
    out.append('''std::string %(singular)s_json(const pqxx::row& row) {
  return std::string{"{\\"id\\":"} + row["id"].as<std::string>() + %(json_fields)s + "}";
}
''' % {'singular': singular, 'json_fields': json_fields})

    out.append('''// GET /api/%(r)s
void list_%(r)s(const Config& cfg, const httplib::Request& req, httplib::Response& res) {
  const auto principal = verify(req, cfg.idp);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "%(r)s:read")) return deny(res, 403, "forbidden");
  const auto page = page_from(req);
  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  const pqxx::result rows = txn.exec_params(
      "SELECT %(cols)s FROM %(r)s WHERE tenant_id = $1 AND id > $2 ORDER BY id LIMIT $3",
      principal->tenant_id, page.after_id, page.limit);
  std::string body = "[";
  for (const auto& row : rows) {
    if (body.size() > 1) body += ",";
    body += %(singular)s_json(row);
  }
  reply(res, 200, body + "]");
}
''' % {'r': resource, 'cols': cols, 'singular': singular})

    scope = '' if mistake == 'unscoped-query' else 'tenant_id = $1 AND '
    args = 'id_from_path(req)' if mistake == 'unscoped-query' else \
        'principal->tenant_id, id_from_path(req)'
    placeholder = '$1' if mistake == 'unscoped-query' else '$2'
    out.append('''// GET /api/%(r)s/{id}
void get_%(singular)s(const Config& cfg, const httplib::Request& req, httplib::Response& res) {
  const auto principal = verify(req, cfg.idp);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "%(r)s:read")) return deny(res, 403, "forbidden");
  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  const pqxx::result rows = txn.exec_params(
      "SELECT %(cols)s FROM %(r)s WHERE %(scope)sid = %(ph)s", %(args)s);
  if (rows.empty()) return deny(res, 404, "no such %(singular)s");
  reply(res, 200, %(singular)s_json(rows[0]));
}
''' % {'r': resource, 'cols': cols, 'singular': singular, 'scope': scope,
       'args': args, 'ph': placeholder})

    out.append('''// POST /api/%(r)s
void create_%(singular)s(const Config& cfg, const httplib::Request& req, httplib::Response& res) {
  const auto principal = verify(req, cfg.idp);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "%(r)s:write")) return deny(res, 403, "forbidden");
  if (!req.has_param("%(f0)s")) return deny(res, 400, "%(f0)s is required");
  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  const pqxx::result rows = txn.exec_params(
      "INSERT INTO %(r)s (tenant_id, %(f0)s) VALUES ($1, $2) RETURNING %(cols)s",
      principal->tenant_id, req.get_param_value("%(f0)s"));
  txn.commit();
  reply(res, 201, %(singular)s_json(rows[0]));
}
''' % {'r': resource, 'cols': cols, 'singular': singular, 'f0': fields[0]})

    if mistake == 'tenant-from-url':
        out.append('''// DELETE /api/tenants/{tenant}/%(r)s: the tenant is taken from the URL.
void delete_%(singular)s(const Config& cfg, const httplib::Request& req, httplib::Response& res) {
  const auto principal = verify(req, cfg.idp);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "%(r)s:delete")) return deny(res, 403, "forbidden");
  const std::string tenant_id = req.matches[1].str();
  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  const pqxx::result deleted = txn.exec_params(
      "DELETE FROM %(r)s WHERE tenant_id = $1 AND id = $2", tenant_id, std::stoll(req.matches[2].str()));
  txn.commit();
  if (deleted.affected_rows() == 0) return deny(res, 404, "no such %(singular)s");
  res.status = 204;
}
''' % {'r': resource, 'singular': singular})
    else:
        out.append('''// DELETE /api/%(r)s/{id}
void delete_%(singular)s(const Config& cfg, const httplib::Request& req, httplib::Response& res) {
  const auto principal = verify(req, cfg.idp);
  if (!principal) return deny(res, 401, "missing or invalid access token");
  if (!authorize(*principal, "%(r)s:delete")) return deny(res, 403, "forbidden");
  pqxx::connection conn{cfg.database_url};
  pqxx::work txn{conn};
  const pqxx::result deleted = txn.exec_params(
      "DELETE FROM %(r)s WHERE tenant_id = $1 AND id = $2", principal->tenant_id, id_from_path(req));
  txn.commit();
  if (deleted.affected_rows() == 0) return deny(res, 404, "no such %(singular)s");
  res.status = 204;
}
''' % {'r': resource, 'singular': singular})
    return out


def unit_source(i):
    rng = random.Random(i)
    group = i // GROUP_SIZE
    mistake = MISTAKES[i % len(MISTAKES)]
    resources = rng.sample(RESOURCES, 2)
    parts = ['''// Generated by bench/corpus.py: module %(i)d of the benchmark service.
#include "svc/group_%(g)d.h"

namespace svc::module%(i)d {
namespace {

using group%(g)d::page_from;

''' % {'i': i, 'g': group}]
    parts.append(verify_function('verify', mistake))
    parts.append('\n')
    for r in resources:
        fields = rng.sample(FIELDS, rng.randint(2, 4))
        parts.extend(p + '\n' for p in handlers(r, fields, mistake))

    parts.append('}  // namespace\n\n')
    if mistake == 'hardcoded-key':
        key = '"svc-%d-signing-key-%04x"' % (i, rng.randrange(1 << 16))
    else:
        key = 'cfg.service_token_key'
    parts.append('''// Short-lived tokens for this module's background workers.
std::string sign_worker_token(const Config& cfg, const std::string& tenant_id) {
  jwt::jwt_object token{jwt::params::algorithm("HS256"), jwt::params::secret(%(key)s),
                        jwt::params::payload({{"sub", "module%(i)d"}, {"tenant_id", tenant_id}})};
  token.add_claim("exp", std::chrono::system_clock::now() + std::chrono::minutes{5});
  return token.signature();
}

''' % {'key': key, 'i': i})
    if mistake == 'hardcoded-db-password':
        parts.append('''// Maintenance connection for the nightly cleanup.
pqxx::connection maintenance_connection() {
  return pqxx::connection{"host=db.internal dbname=svc user=maint password=Maint%(n)d!pw"};
}

''' % {'n': 1000 + i})
    reg = ['void register_routes(httplib::Server& svr, const Config& cfg) {']
    for r in resources:
        singular = r[:-1] if r.endswith('s') else r
        reg.append('  svr.Get("/api/%s", [&cfg](const httplib::Request& req, httplib::Response& res) { list_%s(cfg, req, res); });' % (r, r))
        reg.append('  svr.Get(R"(/api/%s/(\\d+))", [&cfg](const httplib::Request& req, httplib::Response& res) { get_%s(cfg, req, res); });' % (r, singular))
        reg.append('  svr.Post("/api/%s", [&cfg](const httplib::Request& req, httplib::Response& res) { create_%s(cfg, req, res); });' % (r, singular))
        path = (r'/api/tenants/([0-9a-f-]{36})/%s/(\d+)' if mistake == 'tenant-from-url'
                else r'/api/%s/(\d+)') % r
        reg.append('  svr.Delete(R"(%s)", [&cfg](const httplib::Request& req, httplib::Response& res) { delete_%s(cfg, req, res); });' % (path, singular))
    reg.append('}')
    parts.append('\n'.join(reg) + '\n\n}  // namespace svc::module%d\n' % i)
    return ''.join(parts)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def generate(out, units):
    out = os.path.abspath(out)
    for sub in ('src', 'include'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    write(os.path.join(out, 'include', 'svc', 'common.h'), COMMON_H)
    write(os.path.join(out, 'include', 'svc', 'auth.h'), AUTH_H)
    commands = []
    for i in range(units):
        if i % GROUP_SIZE == 0:
            write(os.path.join(out, 'include', 'svc', 'group_%d.h' % (i // GROUP_SIZE)),
                  group_header(i // GROUP_SIZE))
        rel = 'src/module_%03d.cpp' % i
        write(os.path.join(out, rel), unit_source(i))
        commands.append({'directory': out, 'file': rel,
                         'arguments': [CXX] + FLAGS + ['-c', rel, '-o',
                                                       rel.replace('.cpp', '.o')]})
    write(os.path.join(out, 'compile_commands.json'),
          json.dumps(commands, indent=2) + '\n')
    return commands


def syntax_only(command):
    """The unit's compile command turned into the parse floor's command."""
    args = list(command['arguments'])
    i = args.index('-o')
    del args[i:i + 2]
    args.remove('-c')
    return args[:1] + ['-fsyntax-only'] + args[1:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--units', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--verify', action='store_true',
                    help='compile every unit with -fsyntax-only')
    args = ap.parse_args()
    if args.units < 1:
        ap.error('--units must be at least 1')
    commands = generate(args.out, args.units)
    if args.verify:
        failed = 0
        for c in commands:
            r = subprocess.run(syntax_only(c), cwd=c['directory'],
                               capture_output=True, text=True)
            if r.returncode != 0 or r.stderr:
                failed += 1
                sys.stderr.write('%s does not compile cleanly:\n%s' % (c['file'], r.stderr))
        print('corpus: %d units, %d compile cleanly' % (len(commands), len(commands) - failed))
        return 1 if failed else 0
    print('corpus: %d units in %s' % (len(commands), os.path.abspath(args.out)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
