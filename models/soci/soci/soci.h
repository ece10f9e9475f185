// API model of SOCI (soci/soci.h): sessions opened with a backend and a
// connection string, and SQL streamed into a session with '<<' (run at
// once, or prepared into a statement), with into() and use() after ','.
#ifndef AUTHTIDY_MODEL_SOCI_H
#define AUTHTIDY_MODEL_SOCI_H

#include <cstddef>
#include <string>

namespace soci {

class session;
class statement;

enum indicator { i_ok, i_null, i_truncated };

namespace details {

class into_type_base;
class use_type_base;
typedef into_type_base *into_type_ptr;
typedef use_type_base *use_type_ptr;

class once_temp_type {
public:
  explicit once_temp_type(session &s);
  once_temp_type(once_temp_type const &o);
  ~once_temp_type() noexcept(false);
  template <typename T> once_temp_type &operator<<(T const &t);
  once_temp_type &operator,(into_type_ptr const &);
  once_temp_type &operator,(use_type_ptr const &);
};

class prepare_temp_type {
public:
  explicit prepare_temp_type(session &);
  prepare_temp_type(prepare_temp_type const &);
  ~prepare_temp_type();
  template <typename T> prepare_temp_type &operator<<(T const &t);
  prepare_temp_type &operator,(into_type_ptr const &i);
  prepare_temp_type &operator,(use_type_ptr const &u);
};

class once_type {
public:
  once_type();
  once_type(session *s);
  template <typename T> once_temp_type operator<<(T const &t);
};

class prepare_type {
public:
  prepare_type();
  prepare_type(session *s);
  template <typename T> prepare_temp_type operator<<(T const &t);
};

} // namespace details

class backend_factory {
public:
  virtual ~backend_factory();
};

class session {
public:
  session();
  explicit session(std::string const &connectString);
  session(backend_factory const &factory, std::string const &connectString);
  ~session();
  void open(std::string const &connectString);
  void open(backend_factory const &factory, std::string const &connectString);
  void close();
  void begin();
  void commit();
  void rollback();

  template <typename T> details::once_temp_type operator<<(T const &t);

  details::once_type once;
  details::prepare_type prepare;
};

class statement {
public:
  statement(session &s);
  statement(details::prepare_temp_type const &prep);
  bool execute(bool withDataExchange = false);
  bool fetch();
  long long get_affected_rows();
};

template <typename T> details::into_type_ptr into(T &t);
template <typename T> details::into_type_ptr into(T &t, indicator &ind);
template <typename T>
details::use_type_ptr use(T &t, const std::string &name = std::string());
template <typename T>
details::use_type_ptr use(T const &t, const std::string &name = std::string());

} // namespace soci

#endif
