// API model of <windows.h>: the logon and CryptoAPI declarations the
// checks match, with the parameter lists of Microsoft's documentation
// (winbase.h, wincrypt.h, bcrypt.h). Usable from C and C++.
#ifndef AUTHTIDY_MODEL_WINDOWS_H
#define AUTHTIDY_MODEL_WINDOWS_H

typedef int BOOL;
typedef unsigned char BYTE;
typedef unsigned long DWORD;
typedef unsigned long ULONG;
typedef unsigned long long ULONGLONG;
typedef long NTSTATUS;
typedef unsigned int ALG_ID;
typedef void *HANDLE;
typedef HANDLE *PHANDLE;
typedef const char *LPCSTR;
typedef char *LPSTR;
typedef wchar_t WCHAR;
typedef const WCHAR *LPCWSTR;
typedef WCHAR *LPWSTR;
typedef void *LPVOID;
typedef unsigned char *PUCHAR;
typedef unsigned long HCRYPTPROV;
typedef unsigned long HCRYPTHASH;
typedef unsigned long HCRYPTKEY;
typedef void *BCRYPT_ALG_HANDLE;
typedef struct _STARTUPINFOW *LPSTARTUPINFOW;
typedef struct _PROCESS_INFORMATION *LPPROCESS_INFORMATION;

#define LOGON32_LOGON_INTERACTIVE 2
#define LOGON32_LOGON_NETWORK 3
#define LOGON32_PROVIDER_DEFAULT 0
#define LOGON_WITH_PROFILE 0x00000001
#define PROV_RSA_AES 24
#define CRYPT_VERIFYCONTEXT 0xF0000000
#define CALG_SHA_256 0x0000800c
#define CALG_AES_256 0x00006610
#define CRYPT_EXPORTABLE 0x00000001

#ifdef __cplusplus
extern "C" {
#endif

BOOL LogonUserA(LPCSTR lpszUsername, LPCSTR lpszDomain, LPCSTR lpszPassword,
                DWORD dwLogonType, DWORD dwLogonProvider, PHANDLE phToken);
BOOL LogonUserW(LPCWSTR lpszUsername, LPCWSTR lpszDomain,
                LPCWSTR lpszPassword, DWORD dwLogonType,
                DWORD dwLogonProvider, PHANDLE phToken);
BOOL CreateProcessWithLogonW(LPCWSTR lpUsername, LPCWSTR lpDomain,
                             LPCWSTR lpPassword, DWORD dwLogonFlags,
                             LPCWSTR lpApplicationName, LPWSTR lpCommandLine,
                             DWORD dwCreationFlags, LPVOID lpEnvironment,
                             LPCWSTR lpCurrentDirectory,
                             LPSTARTUPINFOW lpStartupInfo,
                             LPPROCESS_INFORMATION lpProcessInformation);
BOOL CloseHandle(HANDLE hObject);

BOOL CryptAcquireContextA(HCRYPTPROV *phProv, LPCSTR szContainer,
                          LPCSTR szProvider, DWORD dwProvType, DWORD dwFlags);
BOOL CryptCreateHash(HCRYPTPROV hProv, ALG_ID Algid, HCRYPTKEY hKey,
                     DWORD dwFlags, HCRYPTHASH *phHash);
BOOL CryptHashData(HCRYPTHASH hHash, const BYTE *pbData, DWORD dwDataLen,
                   DWORD dwFlags);
BOOL CryptGetHashParam(HCRYPTHASH hHash, DWORD dwParam, BYTE *pbData,
                       DWORD *pdwDataLen, DWORD dwFlags);
BOOL CryptDeriveKey(HCRYPTPROV hProv, ALG_ID Algid, HCRYPTHASH hBaseData,
                    DWORD dwFlags, HCRYPTKEY *phKey);
BOOL CryptDestroyHash(HCRYPTHASH hHash);

NTSTATUS BCryptDeriveKeyPBKDF2(BCRYPT_ALG_HANDLE hPrf, PUCHAR pbPassword,
                               ULONG cbPassword, PUCHAR pbSalt, ULONG cbSalt,
                               ULONGLONG cIterations, PUCHAR pbDerivedKey,
                               ULONG cbDerivedKey, ULONG dwFlags);

#ifdef __cplusplus
}
#endif

#endif
