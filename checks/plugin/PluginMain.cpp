//===--- PluginMain.cpp - guards the plugin against a foreign clang-tidy --===//
// A plugin built for one LLVM major version, loaded into the clang-tidy of
// another, may list its checks and then report nothing at all. Refuse to run
// instead, with a message that says what to do.
#include "clang/Basic/Version.h"

#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <string>

#define AUTHTIDY_STR2(X) #X
#define AUTHTIDY_STR(X) AUTHTIDY_STR2(X)
// The editors' wrapper (integrations/editors/authtidy-clang-tidy) finds this
// string in the file to run the clang-tidy the plugin was built for.
extern "C" __attribute__((used)) const char AuthTidyPluginLlvmMajor[] =
    "authtidy-plugin-llvm-major=" AUTHTIDY_STR(AUTHTIDY_LLVM_MAJOR);

namespace {

/// The major version in a clang version string such as
/// "Debian clang version 19.1.7 (3~deb12u1)"; 0 if there is none.
unsigned majorVersionOf(const std::string &Full) {
  size_t Pos = Full.find("version ");
  if (Pos == std::string::npos)
    return 0;
  return static_cast<unsigned>(std::strtoul(Full.c_str() + Pos + 8, nullptr, 10));
}

std::string hostClangVersion() {
  // AUTHTIDY_PLUGIN_HOST_VERSION stands in for the host's version string, so
  // the refusal can be tested without a second clang-tidy installed.
  if (const char *Forced = std::getenv("AUTHTIDY_PLUGIN_HOST_VERSION"))
    return Forced;
  // Looked up at run time: a link-time reference would fail to load in a
  // host that lacks it, before this guard could explain anything.
  using VersionFn = std::string (*)();
  auto Fn = reinterpret_cast<VersionFn>(
      dlsym(RTLD_DEFAULT, "_ZN5clang19getClangFullVersionB5cxx11Ev"));
  return Fn ? Fn() : std::string();
}

struct HostVersionGuard {
  HostVersionGuard() {
    std::string Host = hostClangVersion();
    unsigned HostMajor = majorVersionOf(Host);
    if (HostMajor == AUTHTIDY_LLVM_MAJOR)
      return;
    std::fprintf(stderr,
                 "error: libauthtidy-plugin.so was built for clang-tidy %d but "
                 "was loaded into %s; run clang-tidy-%d, or rebuild authtidy "
                 "with -DAUTHTIDY_LLVM_VERSION=<the host's major.minor>\n",
                 AUTHTIDY_LLVM_MAJOR,
                 Host.empty() ? "a clang-tidy of unknown version"
                              : ("clang-tidy " + std::to_string(HostMajor) +
                                 " (" + Host + ")")
                                    .c_str(),
                 AUTHTIDY_LLVM_MAJOR);
    std::fflush(stderr);
    std::_Exit(2);
  }
} Guard;

} // namespace
