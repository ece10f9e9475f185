// API model of Poco/Timestamp.h (POCO Foundation): a point in time, what
// Poco::JWT::Token's expiry and issue times are compared as.
#ifndef AUTHTIDY_MODEL_POCO_TIMESTAMP_H
#define AUTHTIDY_MODEL_POCO_TIMESTAMP_H

#include <cstdint>
#include <ctime>

namespace Poco {

class Timestamp {
public:
  using TimeVal = std::int64_t;
  using TimeDiff = std::int64_t;

  Timestamp();
  Timestamp(TimeVal tv);
  Timestamp(const Timestamp &other);
  Timestamp &operator=(const Timestamp &other);
  Timestamp &operator=(TimeVal tv);
  void update();
  bool operator==(const Timestamp &ts) const;
  bool operator!=(const Timestamp &ts) const;
  bool operator>(const Timestamp &ts) const;
  bool operator>=(const Timestamp &ts) const;
  bool operator<(const Timestamp &ts) const;
  bool operator<=(const Timestamp &ts) const;
  Timestamp operator+(TimeDiff d) const;
  Timestamp operator-(TimeDiff d) const;
  TimeDiff operator-(const Timestamp &ts) const;
  std::time_t epochTime() const;
  TimeVal epochMicroseconds() const;
  bool isElapsed(TimeDiff interval) const;
  static Timestamp fromEpochTime(std::time_t t);
};

} // namespace Poco

#endif
