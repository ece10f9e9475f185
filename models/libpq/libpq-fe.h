// API model of libpq (libpq-fe.h, PostgreSQL's C client): connecting with a
// connection string or a password parameter, and the calls that run SQL
// text or prepared statements. Usable from C and C++.
#ifndef AUTHTIDY_MODEL_LIBPQ_FE_H
#define AUTHTIDY_MODEL_LIBPQ_FE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int Oid;
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

typedef enum {
  CONNECTION_OK,
  CONNECTION_BAD
} ConnStatusType;

typedef enum {
  PGRES_EMPTY_QUERY = 0,
  PGRES_COMMAND_OK,
  PGRES_TUPLES_OK,
  PGRES_COPY_OUT,
  PGRES_COPY_IN,
  PGRES_BAD_RESPONSE,
  PGRES_NONFATAL_ERROR,
  PGRES_FATAL_ERROR
} ExecStatusType;

extern PGconn *PQconnectStart(const char *conninfo);
extern PGconn *PQconnectdb(const char *conninfo);
extern PGconn *PQconnectdbParams(const char *const *keywords,
                                 const char *const *values, int expand_dbname);
extern PGconn *PQsetdbLogin(const char *pghost, const char *pgport,
                            const char *pgoptions, const char *pgtty,
                            const char *dbName, const char *login,
                            const char *pwd);
extern void PQfinish(PGconn *conn);
extern ConnStatusType PQstatus(const PGconn *conn);
extern char *PQerrorMessage(const PGconn *conn);

extern PGresult *PQexec(PGconn *conn, const char *query);
extern PGresult *PQexecParams(PGconn *conn, const char *command, int nParams,
                              const Oid *paramTypes,
                              const char *const *paramValues,
                              const int *paramLengths, const int *paramFormats,
                              int resultFormat);
extern PGresult *PQprepare(PGconn *conn, const char *stmtName,
                           const char *query, int nParams,
                           const Oid *paramTypes);
extern PGresult *PQexecPrepared(PGconn *conn, const char *stmtName,
                                int nParams, const char *const *paramValues,
                                const int *paramLengths,
                                const int *paramFormats, int resultFormat);
extern int PQsendQuery(PGconn *conn, const char *query);
extern int PQsendQueryParams(PGconn *conn, const char *command, int nParams,
                             const Oid *paramTypes,
                             const char *const *paramValues,
                             const int *paramLengths, const int *paramFormats,
                             int resultFormat);
extern int PQsendPrepare(PGconn *conn, const char *stmtName, const char *query,
                         int nParams, const Oid *paramTypes);
extern int PQsendQueryPrepared(PGconn *conn, const char *stmtName, int nParams,
                               const char *const *paramValues,
                               const int *paramLengths,
                               const int *paramFormats, int resultFormat);
extern PGresult *PQgetResult(PGconn *conn);

extern ExecStatusType PQresultStatus(const PGresult *res);
extern char *PQresultErrorMessage(const PGresult *res);
extern int PQntuples(const PGresult *res);
extern int PQnfields(const PGresult *res);
extern char *PQcmdTuples(PGresult *res);
extern char *PQgetvalue(const PGresult *res, int tup_num, int field_num);
extern int PQgetisnull(const PGresult *res, int tup_num, int field_num);
extern void PQclear(PGresult *res);
extern void PQfreemem(void *ptr);
extern char *PQescapeLiteral(PGconn *conn, const char *str, size_t len);
extern char *PQescapeIdentifier(PGconn *conn, const char *str, size_t len);

#ifdef __cplusplus
}
#endif

#endif
