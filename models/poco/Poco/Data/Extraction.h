// <Poco/Data/Extraction.h>: into() is in the API model's Binding.h.
#include "Poco/Data/Binding.h"
