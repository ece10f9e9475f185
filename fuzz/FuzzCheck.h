//===--- FuzzCheck.h - invariants the fuzz targets assert -----------------===//
// The project builds with -fno-exceptions and NDEBUG: a broken invariant
// prints what broke and aborts, which libFuzzer reports as a crash.
#ifndef AUTHTIDY_FUZZ_FUZZCHECK_H
#define AUTHTIDY_FUZZ_FUZZCHECK_H

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(Cond)                                                       \
  do {                                                                         \
    if (!(Cond)) {                                                             \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__,          \
                   __LINE__, #Cond);                                           \
      std::abort();                                                            \
    }                                                                          \
  } while (0)

#endif
