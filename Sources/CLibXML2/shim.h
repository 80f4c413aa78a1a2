#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>

// libxml2's encoding.h includes the system ICU headers when LIBXML_ICU_ENABLED
// is set (Debian). They clash with the ICU that Foundation bundles in any module
// that sees both. We never touch the ICU-only fields, so hide them.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemas.h>

// Swift 6 refuses the global variable `xmlFree` ("not concurrency-safe").
static inline void clibxml2_free(void *pointer) {
    xmlFree(pointer);
}

// XML_PARSE_NO_XXE exists from libxml2 2.13; Debian 12 has 2.9.14, where this returns 0.
static inline int clibxml2_hardening_options(void) {
#if LIBXML_VERSION >= 21300
    return XML_PARSE_NO_XXE;
#else
    return 0;
#endif
}

#endif
