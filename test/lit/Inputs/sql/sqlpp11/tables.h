// Table structs as sqlpp11's ddl2cpp generates them from schema.sql
// (shape of sqlpp11 0.6x): each column and table carries its SQL name in
// _alias_t::_literal; the C++ member names are camelCase.
#pragma once

#include <sqlpp11/sqlpp11.h>

namespace app {
namespace Orders_ {
  struct Id {
    struct _alias_t {
      static constexpr const char _literal[] = "id";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T id;
        T &operator()() { return id; }
        const T &operator()() const { return id; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::bigint>;
  };
  struct TenantId {
    struct _alias_t {
      static constexpr const char _literal[] = "tenant_id";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T tenantId;
        T &operator()() { return tenantId; }
        const T &operator()() const { return tenantId; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::varchar>;
  };
  struct Status {
    struct _alias_t {
      static constexpr const char _literal[] = "status";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T status;
        T &operator()() { return status; }
        const T &operator()() const { return status; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::varchar>;
  };
}  // namespace Orders_

struct Orders : sqlpp::table_t<Orders, Orders_::Id, Orders_::TenantId, Orders_::Status> {
  struct _alias_t {
    static constexpr const char _literal[] = "orders";
    using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
    template <typename T>
    struct _member_t {
      T orders;
      T &operator()() { return orders; }
      const T &operator()() const { return orders; }
    };
  };
};

namespace LineItems_ {
  struct Id {
    struct _alias_t {
      static constexpr const char _literal[] = "id";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T id;
        T &operator()() { return id; }
        const T &operator()() const { return id; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::bigint>;
  };
  struct OrgId {
    struct _alias_t {
      static constexpr const char _literal[] = "org_id";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T orgId;
        T &operator()() { return orgId; }
        const T &operator()() const { return orgId; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::varchar>;
  };
  struct Sku {
    struct _alias_t {
      static constexpr const char _literal[] = "sku";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T sku;
        T &operator()() { return sku; }
        const T &operator()() const { return sku; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::varchar>;
  };
}  // namespace LineItems_

struct LineItems : sqlpp::table_t<LineItems, LineItems_::Id, LineItems_::OrgId, LineItems_::Sku> {
  struct _alias_t {
    static constexpr const char _literal[] = "line_items";
    using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
    template <typename T>
    struct _member_t {
      T lineItems;
      T &operator()() { return lineItems; }
      const T &operator()() const { return lineItems; }
    };
  };
};

namespace Plans_ {
  struct Id {
    struct _alias_t {
      static constexpr const char _literal[] = "id";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T id;
        T &operator()() { return id; }
        const T &operator()() const { return id; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::bigint>;
  };
  struct Name {
    struct _alias_t {
      static constexpr const char _literal[] = "name";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T name;
        T &operator()() { return name; }
        const T &operator()() const { return name; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::varchar>;
  };
}  // namespace Plans_

struct Plans : sqlpp::table_t<Plans, Plans_::Id, Plans_::Name> {
  struct _alias_t {
    static constexpr const char _literal[] = "plans";
    using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
    template <typename T>
    struct _member_t {
      T plans;
      T &operator()() { return plans; }
      const T &operator()() const { return plans; }
    };
  };
};

namespace Countries_ {
  struct Code {
    struct _alias_t {
      static constexpr const char _literal[] = "code";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T code;
        T &operator()() { return code; }
        const T &operator()() const { return code; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::varchar>;
  };
  struct Name {
    struct _alias_t {
      static constexpr const char _literal[] = "name";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T name;
        T &operator()() { return name; }
        const T &operator()() const { return name; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::varchar>;
  };
}  // namespace Countries_

struct Countries : sqlpp::table_t<Countries, Countries_::Code, Countries_::Name> {
  struct _alias_t {
    static constexpr const char _literal[] = "countries";
    using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
    template <typename T>
    struct _member_t {
      T countries;
      T &operator()() { return countries; }
      const T &operator()() const { return countries; }
    };
  };
};

namespace Invoices_ {
  struct Id {
    struct _alias_t {
      static constexpr const char _literal[] = "id";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T id;
        T &operator()() { return id; }
        const T &operator()() const { return id; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::bigint>;
  };
  struct TenantId {
    struct _alias_t {
      static constexpr const char _literal[] = "tenant_id";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T tenantId;
        T &operator()() { return tenantId; }
        const T &operator()() const { return tenantId; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::varchar>;
  };
  struct Number {
    struct _alias_t {
      static constexpr const char _literal[] = "number";
      using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
      template <typename T>
      struct _member_t {
        T number;
        T &operator()() { return number; }
        const T &operator()() const { return number; }
      };
    };
    using _traits = sqlpp::make_traits<sqlpp::varchar>;
  };
}  // namespace Invoices_

struct Invoices : sqlpp::table_t<Invoices, Invoices_::Id, Invoices_::TenantId, Invoices_::Number> {
  struct _alias_t {
    static constexpr const char _literal[] = "invoices";
    using _name_t = sqlpp::make_char_sequence<sizeof(_literal), _literal>;
    template <typename T>
    struct _member_t {
      T invoices;
      T &operator()() { return invoices; }
      const T &operator()() const { return invoices; }
    };
  };
};

}  // namespace app
