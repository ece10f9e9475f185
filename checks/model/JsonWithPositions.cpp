//===--- JsonWithPositions.cpp --------------------------------------------===//
#include "JsonWithPositions.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace authtidy {

TextPosition PositionedJson::at(llvm::StringRef Pointer) const {
  while (true) {
    auto It = Positions.find(Pointer);
    if (It != Positions.end())
      return It->second;
    if (Pointer.empty())
      return TextPosition{1, 1};
    Pointer = Pointer.rsplit('/').first;
  }
}

namespace {

/// The offsets where lines start, so that each position costs a binary
/// search: positionOf for every value of a pack was quadratic in its size.
class LineTable {
public:
  explicit LineTable(llvm::StringRef Text) : Size(Text.size()) {
    Starts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        Starts.push_back(I + 1);
  }
  TextPosition at(size_t Offset) const {
    Offset = std::min(Offset, Size);
    auto It = std::upper_bound(Starts.begin(), Starts.end(), Offset) - 1;
    return TextPosition{static_cast<unsigned>(It - Starts.begin() + 1),
                        static_cast<unsigned>(Offset - *It + 1)};
  }

private:
  std::vector<size_t> Starts;
  size_t Size;
};

} // namespace

TextPosition positionOf(llvm::StringRef Text, size_t Offset) {
  return LineTable(Text).at(Offset);
}

namespace {

/// A char iterator that counts how far nlohmann's lexer has read, which is
/// the only way to learn positions from its SAX interface.
class CountingIterator {
public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char *;
  using reference = const char &;

  CountingIterator(const char *P, size_t *Consumed) : P(P), Consumed(Consumed) {}
  reference operator*() const { return *P; }
  CountingIterator &operator++() {
    ++P;
    ++*Consumed;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator Old = *this;
    ++*this;
    return Old;
  }
  bool operator==(const CountingIterator &O) const { return P == O.P; }
  bool operator!=(const CountingIterator &O) const { return P != O.P; }

private:
  const char *P;
  size_t *Consumed;
};

using Json = nlohmann::json;

/// Builds the DOM through nlohmann's own SAX DOM builder and records, for
/// every value, its JSON pointer and where the lexer was when it ended.
class PositionRecorder {
public:
  PositionRecorder(llvm::StringRef Text, PositionedJson &Out,
                   const size_t *Consumed)
      : Lines(Text), Out(Out), Dom(Out.Value, /*allow_exceptions=*/false),
        Consumed(Consumed) {}

  bool null() { return value(0) && Dom.null(); }
  bool boolean(bool V) { return value(0) && Dom.boolean(V); }
  bool number_integer(Json::number_integer_t V) {
    return value(0) && Dom.number_integer(V);
  }
  bool number_unsigned(Json::number_unsigned_t V) {
    return value(0) && Dom.number_unsigned(V);
  }
  bool number_float(Json::number_float_t V, const std::string &S) {
    return value(0) && Dom.number_float(V, S);
  }
  bool string(std::string &V) { return value(V.size() + 2) && Dom.string(V); }
  bool binary(Json::binary_t &V) { return value(0) && Dom.binary(V); }
  bool start_object(std::size_t N) {
    if (!value(1))
      return false;
    Stack.push_back({Current, false, 0, ""});
    return Dom.start_object(N);
  }
  bool key(std::string &K) {
    Frame &F = Stack.back();
    F.Key = K;
    // An object member is located at its key: that is what "unknown key"
    // and "wrong type" messages point at.
    size_t End = *Consumed, Len = K.size() + 2;
    Out.Positions[F.Pointer + "/" + escapePointerToken(K)] =
        Lines.at(End >= Len ? End - Len : 0);
    return Dom.key(K);
  }
  bool end_object() {
    Stack.pop_back();
    return Dom.end_object();
  }
  bool start_array(std::size_t N) {
    if (!value(1))
      return false;
    Stack.push_back({Current, true, 0, ""});
    return Dom.start_array(N);
  }
  bool end_array() {
    Stack.pop_back();
    return Dom.end_array();
  }
  bool parse_error(std::size_t Position, const std::string &,
                   const nlohmann::detail::exception &Ex) {
    llvm::StringRef Msg(Ex.what());
    // "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
    size_t Colon = Msg.find(": ");
    if (Colon != llvm::StringRef::npos)
      Msg = Msg.drop_front(Colon + 2);
    TextPosition P = Lines.at(Position ? Position - 1 : 0);
    Error = std::to_string(P.Line) + ":" + std::to_string(P.Column) + ": " +
            Msg.str();
    return false;
  }

  std::string Error;

private:
  struct Frame {
    std::string Pointer;
    bool IsArray;
    size_t Index;
    std::string Key;
  };

  static std::string escapePointerToken(llvm::StringRef Token) {
    std::string R;
    for (char C : Token) {
      if (C == '~')
        R += "~0";
      else if (C == '/')
        R += "~1";
      else
        R += C;
    }
    return R;
  }

  /// Records the pointer and position of the value that just ended lexing;
  /// \p TokenLength steps back to where the token started.
  bool value(size_t TokenLength) {
    if (Stack.empty()) {
      Current = "";
    } else {
      Frame &F = Stack.back();
      Current = F.Pointer + "/" +
                (F.IsArray ? std::to_string(F.Index++) : escapePointerToken(F.Key));
    }
    size_t End = *Consumed;
    Out.Positions.try_emplace(
        Current, Lines.at(End >= TokenLength ? End - TokenLength : 0));
    return true;
  }

  LineTable Lines;
  PositionedJson &Out;
  nlohmann::detail::json_sax_dom_parser<Json> Dom;
  const size_t *Consumed;
  std::vector<Frame> Stack;
  std::string Current;
};

} // namespace

bool parseJsonWithPositions(llvm::StringRef Text, PositionedJson &Out,
                            std::string &Error) {
  size_t Consumed = 0;
  PositionRecorder Recorder(Text, Out, &Consumed);
  CountingIterator Begin(Text.data(), &Consumed);
  CountingIterator End(Text.data() + Text.size(), &Consumed);
  bool Ok = Json::sax_parse(Begin, End, &Recorder);
  if (!Ok) {
    Error = Recorder.Error.empty() ? "1:1: invalid JSON" : Recorder.Error;
    return false;
  }
  return true;
}

} // namespace authtidy
