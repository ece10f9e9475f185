//===--- SecretText.h - text heuristics for credentials -------------------===//
#ifndef AUTHTIDY_MODEL_SECRETTEXT_H
#define AUTHTIDY_MODEL_SECRETTEXT_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace authtidy {

/// The only form in which a secret value may appear in a message, a note or
/// SARIF: its first floor(N/4) bytes (at most 4, never a partial UTF-8
/// sequence, control characters shown as '?') followed by "...". N is the
/// length in bytes.
std::string maskSecret(llvm::StringRef Value);

/// Shannon entropy of \p Value in bits per byte.
double shannonEntropy(llvm::StringRef Value);

/// An identifier split into lowercase words joined by '_':
/// "kDbPassword" -> "k_db_password", "APIKey" -> "api_key",
/// "client-secret2" -> "client_secret_2".
std::string normalizeIdentifier(llvm::StringRef Name);

/// The password component of a libpq/ODBC-style keyword connection string
/// ("host=db password=x", "Server=s;Pwd=x;") or of a URI with user info
/// ("postgresql://user:x@host/db"); empty when there is none.
std::string connectionStringPassword(llvm::StringRef Value);

/// The password of a "user:password" pair (curl's CURLOPT_USERPWD); empty
/// when there is none.
std::string userPasswordPart(llvm::StringRef Value);

/// Whether \p Value holds a PEM private key block with a body.
bool isPemPrivateKey(llvm::StringRef Value);

/// Whether \p Value looks like an identifier or a dotted configuration key
/// (letters, digits, '_', '.'): such a literal may be the name of a
/// credential ("access_token", "db.password"), not its value.
bool isIdentifierLike(llvm::StringRef Value);

} // namespace authtidy

#endif
