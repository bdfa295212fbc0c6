#include "lazylib.h"

#include <dlfcn.h>
#include <stdio.h>

int bt_lazylib_open(const char *soname, const char *const *names, void **syms, size_t n,
                    char *failure, size_t cap)
{
    void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        snprintf(failure, cap, "cannot load %s: %s", soname, dlerror());
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        if (!(syms[i] = dlsym(lib, names[i]))) {
            snprintf(failure, cap, "cannot load %s: it lacks %s", soname, names[i]);
            return -1;
        }
    return 0;
}
