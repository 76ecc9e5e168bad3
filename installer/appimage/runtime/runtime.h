/* Okna's AppImage type-2 runtime: the pieces main.c ties together. */
#pragma once

#include <stddef.h>
#include <sys/types.h>

/* Prefix of every line the runtime itself prints, so that a user can tell ours from the app's. */
#define RT_NAME "okna AppImage"

/* Offset of the SquashFS image in the file at path: the end of the ELF (elf.c). 0 on error. */
off_t rt_image_offset(const char *path);

/* Extracts the image (or the paths matching pattern, fnmatch-style, NULL for all) into dest, which is
   created if needed (extract.c). Returns 0 on success; prints the reason and returns -1 otherwise. */
int rt_extract(const char *image, off_t offset, const char *pattern, const char *dest, int verbose);

/* Mounts the image with FUSE on a fresh directory, runs AppRun from it and serves the mount until AppRun
   exits (mount.c). Returns AppRun's exit status; returns -1 without having started anything when FUSE
   cannot be used here, after printing one line saying why (the caller then falls back). */
int rt_mount_and_run(const char *image, off_t offset, char *const argv[]);

/* Extracts the whole image into a fresh temporary directory, runs AppRun from it and removes the
   directory after (run.c). Returns AppRun's exit status, or 1. */
int rt_extract_and_run(const char *image, off_t offset, char *const argv[]);

/* In a forked child: sets APPDIR, APPIMAGE, ARGV0, OWD and execs appdir/AppRun with argv[1..]
   (run.c). Never returns. */
void rt_exec_apprun(const char *appdir, const char *image, char *const argv[]);

/* Waits for pid (the caller passes signals on to it); returns its exit
   status, 128 + signal if it was killed (run.c). */
int rt_wait_child(pid_t pid);

/* Makes a directory "<TMPDIR or /tmp>/<prefix>XXXXXX"; returns a malloc'ed path or NULL (run.c). */
char *rt_make_temp_dir(const char *prefix);

/* rm -rf path, not following symlinks (run.c). */
void rt_remove_tree(const char *path);
