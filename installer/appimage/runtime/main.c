/* Okna's AppImage runtime (type 2): the ELF at the head of okna-client-VERSION-x86_64.AppImage. It finds
   the SquashFS image appended to itself, mounts it with FUSE (or extracts it where FUSE is missing) and
   runs the AppDir's AppRun. Options starting with --appimage- are ours; everything else goes to the app.
   Written because neither Debian nor npm carries an AppImage runtime (see installer/appimage/README). */
#define _GNU_SOURCE
#include "runtime.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef OKNA_RUNTIME_VERSION
#define OKNA_RUNTIME_VERSION "unknown"
#endif

static void printHelp(const char *argv0)
{
    printf("Usage: %s [--appimage-OPTION | APP ARGUMENTS]\n"
           "\n"
           "Without an --appimage- option the app starts from a read-only FUSE mount of this file. Where\n"
           "FUSE cannot be used (no /dev/fuse, no fusermount3, mount refused) the image is extracted to a\n"
           "temporary folder under $TMPDIR (default /tmp), run from there and removed after.\n"
           "\n"
           "  --appimage-extract [PATTERN]  extract the files (all, or those matching the shell PATTERN,\n"
           "                                e.g. 'usr/share/*') into ./squashfs-root\n"
           "  --appimage-extract-and-run    extract to a temporary folder, run, remove it (no FUSE)\n"
           "  --appimage-offset             print where the SquashFS image starts in this file\n"
           "  --appimage-help               this text\n"
           "  --appimage-version            the runtime's version\n"
           "\n"
           "Environment: APPIMAGE_EXTRACT_AND_RUN=1 is the same as --appimage-extract-and-run;\n"
           "TMPDIR chooses where the mount point or the extracted folder go (it must allow running\n"
           "programs, i.e. not be mounted noexec). AppRun gets APPIMAGE, APPDIR, ARGV0 and OWD.\n",
           argv0);
}

int main(int argc, char *argv[])
{
    /* The kernel's name for this process's file: absolute, symlinks resolved, whatever argv[0] says. */
    char self[PATH_MAX];
    const ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (len <= 0) {
        fprintf(stderr, RT_NAME ": cannot find its own file (is /proc mounted?)\n");
        return 1;
    }
    self[len] = '\0';

    const char *option = argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0 ? argv[1] : NULL;
    if (option && strcmp(option, "--appimage-help") == 0) {
        printHelp(argv[0]);
        return 0;
    }
    if (option && strcmp(option, "--appimage-version") == 0) {
        printf(RT_NAME " runtime %s (type 2, squashfuse, libfuse 3)\n", OKNA_RUNTIME_VERSION);
        return 0;
    }

    const off_t offset = rt_image_offset(self);
    if (offset <= 0) {
        fprintf(stderr, RT_NAME ": %s is not a readable ELF file\n", self);
        return 1;
    }
    if (option && strcmp(option, "--appimage-offset") == 0) {
        printf("%lld\n", (long long)offset);
        return 0;
    }
    if (option && strcmp(option, "--appimage-extract") == 0)
        return rt_extract(self, offset, argc > 2 ? argv[2] : NULL, "squashfs-root", 1) == 0 ? 0 : 1;

    /* The app gets argv without our option; argv[0] stays what the user typed. */
    char **appArgv = argv;
    if (option && strcmp(option, "--appimage-extract-and-run") == 0) {
        appArgv = argv + 1;
        appArgv[0] = argv[0];
    } else if (option) {
        fprintf(stderr, RT_NAME ": unknown option %s (see --appimage-help)\n", option);
        return 1;
    }

    const char *env = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (appArgv != argv || (env && strcmp(env, "1") == 0))
        return rt_extract_and_run(self, offset, appArgv);
    const int status = rt_mount_and_run(self, offset, appArgv);
    return status >= 0 ? status : rt_extract_and_run(self, offset, appArgv);
}
