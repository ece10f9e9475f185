// API model of cpp-httplib (httplib.h): the server's route registration and
// pre-routing hooks, the request data a handler reads, the response it
// writes, and the client's credential setters. Mirrors 0.11 (Debian), plus
// Request::path_params (0.13) and Server::set_pre_request_handler (0.21),
// so that code written for newer releases is modelled too.
#ifndef AUTHTIDY_MODEL_HTTPLIB_H
#define AUTHTIDY_MODEL_HTTPLIB_H

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

namespace httplib {

namespace detail {
struct ci {
  bool operator()(const std::string &s1, const std::string &s2) const;
};
} // namespace detail

using Headers = std::multimap<std::string, std::string, detail::ci>;
using Params = std::multimap<std::string, std::string>;
using Match = std::smatch;

struct MultipartFormData {
  std::string name;
  std::string content;
  std::string filename;
  std::string content_type;
};
using MultipartFormDataMap = std::multimap<std::string, MultipartFormData>;

class DataSink;
using ContentProvider =
    std::function<bool(size_t offset, size_t length, DataSink &sink)>;
using ContentProviderWithoutLength =
    std::function<bool(size_t offset, DataSink &sink)>;
using ContentProviderResourceReleaser = std::function<void(bool success)>;
using ContentReceiver = std::function<bool(const char *data, size_t length)>;

class ContentReader {
public:
  bool operator()(ContentReceiver receiver) const;
};

struct Request {
  std::string method;
  std::string path;
  Headers headers;
  std::string body;
  std::string remote_addr;
  int remote_port = -1;
  std::string version;
  std::string target;
  Params params;
  MultipartFormDataMap files;
  Match matches;
  std::unordered_map<std::string, std::string> path_params;

  bool has_header(const std::string &key) const;
  std::string get_header_value(const std::string &key, size_t id = 0) const;
  size_t get_header_value_count(const std::string &key) const;
  void set_header(const std::string &key, const std::string &val);
  bool has_param(const std::string &key) const;
  std::string get_param_value(const std::string &key, size_t id = 0) const;
  size_t get_param_value_count(const std::string &key) const;
  bool has_file(const std::string &key) const;
  MultipartFormData get_file_value(const std::string &key) const;
};

struct Response {
  std::string version;
  int status = -1;
  std::string reason;
  Headers headers;
  std::string body;
  std::string location;

  bool has_header(const std::string &key) const;
  std::string get_header_value(const std::string &key, size_t id = 0) const;
  void set_header(const std::string &key, const std::string &val);
  void set_redirect(const std::string &url, int status = 302);
  void set_content(const char *s, size_t n, const std::string &content_type);
  void set_content(const std::string &s, const std::string &content_type);
  void set_content_provider(
      size_t length, const std::string &content_type, ContentProvider provider,
      ContentProviderResourceReleaser resource_releaser = nullptr);
  void set_content_provider(
      const std::string &content_type, ContentProviderWithoutLength provider,
      ContentProviderResourceReleaser resource_releaser = nullptr);
  void set_chunked_content_provider(
      const std::string &content_type, ContentProviderWithoutLength provider,
      ContentProviderResourceReleaser resource_releaser = nullptr);
};

class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;
  enum class HandlerResponse {
    Handled,
    Unhandled,
  };
  using HandlerWithResponse =
      std::function<HandlerResponse(const Request &, Response &)>;
  using HandlerWithContentReader = std::function<void(
      const Request &, Response &, const ContentReader &content_reader)>;

  Server();
  virtual ~Server();

  Server &Get(const std::string &pattern, Handler handler);
  Server &Post(const std::string &pattern, Handler handler);
  Server &Post(const std::string &pattern, HandlerWithContentReader handler);
  Server &Put(const std::string &pattern, Handler handler);
  Server &Put(const std::string &pattern, HandlerWithContentReader handler);
  Server &Patch(const std::string &pattern, Handler handler);
  Server &Patch(const std::string &pattern, HandlerWithContentReader handler);
  Server &Delete(const std::string &pattern, Handler handler);
  Server &Delete(const std::string &pattern, HandlerWithContentReader handler);
  Server &Options(const std::string &pattern, Handler handler);

  bool set_mount_point(const std::string &mount_point, const std::string &dir,
                       Headers headers = Headers());
  Server &set_error_handler(Handler handler);
  Server &set_pre_routing_handler(HandlerWithResponse handler);
  Server &set_pre_request_handler(HandlerWithResponse handler);
  Server &set_post_routing_handler(Handler handler);
  Server &set_read_timeout(time_t sec, time_t usec = 0);
  Server &set_payload_max_length(size_t length);

  bool bind_to_port(const std::string &host, int port, int socket_flags = 0);
  bool listen_after_bind();
  bool listen(const std::string &host, int port, int socket_flags = 0);
  bool is_running() const;
  void stop();
};

enum class Error { Success = 0, Unknown, Connection };

class Result {
public:
  explicit operator bool() const;
  const Response &value() const;
  const Response &operator*() const;
  const Response *operator->() const;
  Error error() const;
};

class ClientImpl {
public:
  explicit ClientImpl(const std::string &host);
  explicit ClientImpl(const std::string &host, int port);
  virtual ~ClientImpl();

  Result Get(const std::string &path);
  Result Get(const std::string &path, const Headers &headers);
  Result Post(const std::string &path, const std::string &body,
              const std::string &content_type);
  Result Post(const std::string &path, const Params &params);
  Result Put(const std::string &path, const std::string &body,
             const std::string &content_type);
  Result Delete(const std::string &path);

  void set_default_headers(Headers headers);
  void set_basic_auth(const std::string &username, const std::string &password);
  void set_bearer_token_auth(const std::string &token);
  void set_digest_auth(const std::string &username,
                       const std::string &password);
  void set_proxy(const std::string &host, int port);
  void set_proxy_basic_auth(const std::string &username,
                            const std::string &password);
  void set_proxy_bearer_token_auth(const std::string &token);
  void set_proxy_digest_auth(const std::string &username,
                             const std::string &password);
};

class Client {
public:
  explicit Client(const std::string &scheme_host_port);
  explicit Client(const std::string &host, int port);
  Client(Client &&) = default;
  ~Client();

  Result Get(const std::string &path);
  Result Get(const std::string &path, const Headers &headers);
  Result Post(const std::string &path, const std::string &body,
              const std::string &content_type);
  Result Post(const std::string &path, const Params &params);
  Result Put(const std::string &path, const std::string &body,
             const std::string &content_type);
  Result Delete(const std::string &path);

  void set_default_headers(Headers headers);
  void set_basic_auth(const std::string &username, const std::string &password);
  void set_bearer_token_auth(const std::string &token);
  void set_digest_auth(const std::string &username,
                       const std::string &password);
  void set_proxy(const std::string &host, int port);
  void set_proxy_basic_auth(const std::string &username,
                            const std::string &password);
  void set_proxy_bearer_token_auth(const std::string &token);
  void set_proxy_digest_auth(const std::string &username,
                             const std::string &password);
};

} // namespace httplib

#endif
