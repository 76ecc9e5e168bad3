/* --appimage-extract and the extract-and-run fallback: the image's tree written out with squashfuse's own
   reader (sqfs_traverse), so that no unsquashfs is needed on the desk. */
#define _GNU_SOURCE
#include "runtime.h"

#include <squashfuse/squashfuse.h>

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Directories get their modes last (deepest first): a read-only directory must stay writable while its
   contents are written. */
typedef struct DirMode
{
    struct DirMode *next;
    mode_t mode;
    char path[];
} DirMode;

static int makeParents(char *path)
{
    for (char *p = strchr(path + 1, '/'); p; p = strchr(p + 1, '/')) {
        *p = '\0';
        const int rc = mkdir(path, 0755);
        *p = '/';
        if (rc != 0 && errno != EEXIST)
            return -1;
    }
    return 0;
}

static int writeFile(sqfs *fs, sqfs_inode *inode, const char *target, mode_t mode)
{
    /* A file from an earlier extraction is replaced, not written through (it may be a symlink). */
    unlink(target);
    const int out = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out < 0)
        return -1;
    static char buf[1 << 20];
    const sqfs_off_t total = (sqfs_off_t)inode->xtra.reg.file_size;
    for (sqfs_off_t pos = 0; pos < total;) {
        sqfs_off_t size = total - pos < (sqfs_off_t)sizeof buf ? total - pos : (sqfs_off_t)sizeof buf;
        if (sqfs_read_range(fs, inode, pos, &size, buf) != SQFS_OK || size <= 0) {
            errno = EIO;
            close(out);
            return -1;
        }
        for (sqfs_off_t done = 0; done < size;) {
            const ssize_t n = write(out, buf + done, (size_t)(size - done));
            if (n < 0) {
                close(out);
                return -1;
            }
            done += n;
        }
        pos += size;
    }
    /* The mode after writing: a file without write permission for its owner could not be written. */
    if (fchmod(out, mode) != 0) {
        close(out);
        return -1;
    }
    return close(out);
}

static int writeSymlink(sqfs *fs, sqfs_inode *inode, const char *target)
{
    size_t size = 0;
    if (sqfs_readlink(fs, inode, NULL, &size) != SQFS_OK)
        return -1;
    char *link = malloc(size + 1);
    if (!link)
        return -1;
    size += 1;
    int rc = sqfs_readlink(fs, inode, link, &size) == SQFS_OK ? 0 : -1;
    if (rc == 0) {
        unlink(target);
        rc = symlink(link, target);
    }
    free(link);
    return rc;
}

int rt_extract(const char *image, off_t offset, const char *pattern, const char *dest, int verbose)
{
    sqfs fs;
    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK)
        return -1;
    sqfs_traverse trv;
    if (sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs)) != SQFS_OK) {
        fprintf(stderr, RT_NAME ": cannot read the image's root directory\n");
        sqfs_destroy(&fs);
        return -1;
    }
    if (mkdir(dest, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, RT_NAME ": cannot create %s: %s\n", dest, strerror(errno));
        sqfs_traverse_close(&trv);
        sqfs_destroy(&fs);
        return -1;
    }
    DirMode *dirs = NULL;
    int rc = 0;
    sqfs_err err = SQFS_OK;
    while (rc == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end)
            continue;
        /* FNM_LEADING_DIR: a pattern naming a directory takes everything below it, as the reference
           runtime does ("usr/share/icons" extracts the whole folder). */
        if (pattern && fnmatch(pattern, trv.path, FNM_LEADING_DIR) != 0)
            continue;
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, trv.entry.inode) != SQFS_OK) {
            fprintf(stderr, RT_NAME ": cannot read %s in the image\n", trv.path);
            rc = -1;
            break;
        }
        char *target = NULL;
        if (asprintf(&target, "%s/%s", dest, trv.path) < 0) {
            rc = -1;
            break;
        }
        if (verbose)
            printf("%s\n", target);
        const mode_t mode = inode.base.mode & 07777;
        int ok = makeParents(target);
        switch (inode.base.inode_type) {
        case SQUASHFS_DIR_TYPE:
        case SQUASHFS_LDIR_TYPE: {
            /* Owner-writable until the end, also when an earlier extraction left it read-only. */
            if (ok == 0 && mkdir(target, 0700) != 0 && (errno != EEXIST || chmod(target, mode | 0700) != 0))
                ok = -1;
            DirMode *dir = malloc(sizeof *dir + strlen(target) + 1);
            if (dir) {
                dir->mode = mode;
                strcpy(dir->path, target);
                dir->next = dirs;
                dirs = dir;
            }
            break;
        }
        case SQUASHFS_REG_TYPE:
        case SQUASHFS_LREG_TYPE:
            if (ok == 0)
                ok = writeFile(&fs, &inode, target, mode);
            break;
        case SQUASHFS_SYMLINK_TYPE:
        case SQUASHFS_LSYMLINK_TYPE:
            if (ok == 0)
                ok = writeSymlink(&fs, &inode, target);
            break;
        default:
            /* Devices, FIFOs and sockets have no place in an AppDir; mksquashfs only stores them if
               someone put them there. */
            fprintf(stderr, RT_NAME ": skipping special file %s\n", trv.path);
            break;
        }
        if (ok != 0) {
            fprintf(stderr, RT_NAME ": cannot write %s: %s\n", target, strerror(errno ? errno : EIO));
            rc = -1;
        }
        free(target);
    }
    if (rc == 0 && err != SQFS_OK) {
        fprintf(stderr, RT_NAME ": the image is damaged (error %d while reading it)\n", (int)err);
        rc = -1;
    }
    /* The list is deepest-last in traversal order, so head-first is deepest-first. */
    while (dirs) {
        DirMode *next = dirs->next;
        chmod(dirs->path, dirs->mode);
        free(dirs);
        dirs = next;
    }
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return rc;
}
