// A header: analyzed with the command of its closest source file.
#pragma once
inline const char *smtp_password = "mailpass1";
