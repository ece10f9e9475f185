// API model of sqlpp11 (sqlpp11/sqlpp11.h and the headers it includes,
// sqlpp11 0.6x): the qualified names and the shape of tables, columns,
// expressions and statements that authtidy's checks rely on, no
// implementation. A table is a struct deriving from
// sqlpp::table_t<Table, ColumnSpec...>; its SQL name, and each column's,
// is the initializer of the nested _alias_t::_literal (as ddl2cpp writes it).
#pragma once

#include <sqlpp11/char_sequence.h>
#include <sqlpp11/data_types.h>
#include <sqlpp11/table.h>
#include <sqlpp11/statements.h>
