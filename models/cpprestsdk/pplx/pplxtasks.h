// API model of cpprestsdk's pplx/pplxtasks.h: the task type the
// asynchronous calls return.
#ifndef AUTHTIDY_MODEL_PPLX_PPLXTASKS_H
#define AUTHTIDY_MODEL_PPLX_PPLXTASKS_H

namespace pplx {

enum task_status { not_complete, completed, canceled };

template <typename ReturnType> class task {
public:
  task();
  ReturnType get() const;
  task_status wait() const;
  template <typename Function> auto then(const Function &func) const -> task<decltype(func(get()))>;
};

template <> class task<void> {
public:
  task();
  void get() const;
  task_status wait() const;
  template <typename Function> auto then(const Function &func) const -> task<decltype(func())>;
};

} // namespace pplx

#endif
