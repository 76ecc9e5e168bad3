/* The normal way to run: the image mounted read-only with FUSE (squashfuse's low-level operations, served
   by this process), AppRun started from the mount in a child, the mount removed when the child exits. */
#define _GNU_SOURCE
#include "runtime.h"

#include <squashfuse/ll.h>

#include <errno.h>
#include <fcntl.h>
#include <fuse3/fuse_log.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

/* libfuse's and fusermount3's own messages (several lines, written as they go) are caught here, so that a
   desk without FUSE gets one clear line from us instead of a page of noise. */
static char fuseMessage[512];

static void keepLogMessage(enum fuse_log_level level, const char *fmt, va_list ap)
{
    (void)level;
    if (!fuseMessage[0])
        vsnprintf(fuseMessage, sizeof fuseMessage, fmt, ap);
}

static void firstLine(char *text)
{
    text[strcspn(text, "\n")] = '\0';
}

static int haveFusermount(void)
{
    /* libfuse runs fusermount3 from its build-time directory first, then from PATH. */
    if (access("/usr/bin/fusermount3", X_OK) == 0 || access("/bin/fusermount3", X_OK) == 0)
        return 1;
    const char *path = getenv("PATH");
    if (!path)
        return 0;
    char *copy = strdup(path);
    int found = 0;
    for (char *save = NULL, *dir = strtok_r(copy, ":", &save); dir && !found; dir = strtok_r(NULL, ":", &save)) {
        char *candidate = NULL;
        if (asprintf(&candidate, "%s/fusermount3", dir) >= 0) {
            found = access(candidate, X_OK) == 0;
            free(candidate);
        }
    }
    free(copy);
    return found;
}

static int unavailable(const char *why)
{
    fprintf(stderr,
            RT_NAME ": FUSE is not available (%s); extracting to a temporary folder and running from there "
                    "instead (slower start; --appimage-help tells more)\n",
            why);
    return -1;
}

/* Mounts with stderr caught in a pipe, so that what fusermount3 prints can go into our one line. */
static sqfs_err mountQuietly(sqfs_ll_chan *ch, const char *dir, struct fuse_args *args, struct fuse_lowlevel_ops *ops,
                             sqfs_ll *ll, char *reason, size_t reasonSize)
{
    int pipeFds[2];
    const int savedErr = dup(2);
    const int caught = savedErr >= 0 && pipe2(pipeFds, O_CLOEXEC | O_NONBLOCK) == 0;
    if (caught)
        dup2(pipeFds[1], 2);
    fuse_set_log_func(keepLogMessage);
    const sqfs_err err = sqfs_ll_mount(ch, dir, args, ops, sizeof *ops, ll);
    fuse_set_log_func(NULL); /* what libfuse says while serving goes to stderr again */
    if (caught) {
        dup2(savedErr, 2);
        close(pipeFds[1]);
        const ssize_t n = read(pipeFds[0], reason, reasonSize - 1);
        reason[n > 0 ? n : 0] = '\0';
        close(pipeFds[0]);
    }
    if (savedErr >= 0)
        close(savedErr);
    firstLine(reason);
    firstLine(fuseMessage);
    if (!reason[0])
        snprintf(reason, reasonSize, "%s", fuseMessage[0] ? fuseMessage : "the mount was refused");
    return err;
}

/* Serves FUSE requests until the child exits. Signals arrive through a signalfd, in the same poll as the
   requests: a handler that ended a blocking read could miss a SIGCHLD that came just before the read. */
static int serve(struct fuse_session *session, pid_t child, int signals)
{
    struct pollfd fds[2] = {{.fd = fuse_session_fd(session), .events = POLLIN}, {.fd = signals, .events = POLLIN}};
    struct fuse_buf buf = {.mem = NULL};
    int status = -1;
    while (status < 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[1].revents & POLLIN) {
            struct signalfd_siginfo info;
            if (read(signals, &info, sizeof info) == (ssize_t)sizeof info && info.ssi_signo != SIGCHLD)
                kill(child, (int)info.ssi_signo);
            int raw = 0;
            if (waitpid(child, &raw, WNOHANG) == child)
                status = WIFEXITED(raw) ? WEXITSTATUS(raw) : WIFSIGNALED(raw) ? 128 + WTERMSIG(raw) : 1;
        }
        if (fds[0].fd >= 0 && (fds[0].revents & (POLLIN | POLLERR | POLLHUP))) {
            const int res = fuse_session_receive_buf(session, &buf);
            if (res == -EINTR || res == -EAGAIN)
                continue;
            if (res <= 0) {
                /* Unmounted from outside (fusermount3 -u): nothing more to serve; wait for the child. */
                fds[0].fd = -1;
                continue;
            }
            fuse_session_process_buf(session, &buf);
        }
    }
    free(buf.mem);
    return status < 0 ? 1 : status;
}

int rt_mount_and_run(const char *image, off_t offset, char *const argv[])
{
    if (access("/dev/fuse", F_OK) != 0)
        return unavailable("no /dev/fuse");
    /* Root mounts by itself; anyone else through the setuid fusermount3, which opens /dev/fuse with its
       own rights (so the device's mode is not ours to judge). Without it libfuse fails more verbosely. */
    if (geteuid() != 0 && !haveFusermount())
        return unavailable("fusermount3 is missing: the fuse3 package is not installed");

    sqfs_ll *ll = sqfs_ll_open(image, (size_t)offset);
    if (!ll)
        return unavailable("the image cannot be read by squashfuse");
    fcntl(ll->fs.fd, F_SETFD, FD_CLOEXEC);

    char *dir = rt_make_temp_dir(".mount_okna_");
    if (!dir) {
        sqfs_ll_destroy(ll);
        free(ll);
        return unavailable("no temporary directory for the mount point");
    }

    /* The operations squashfuse_ll's own main() installs; the read-only file system needs no others. */
    struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof ops);
    ops.getattr = sqfs_ll_op_getattr;
    ops.opendir = sqfs_ll_op_opendir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.lookup = sqfs_ll_op_lookup;
    ops.open = sqfs_ll_op_open;
    ops.create = sqfs_ll_op_create;
    ops.release = sqfs_ll_op_release;
    ops.read = sqfs_ll_op_read;
    ops.readlink = sqfs_ll_op_readlink;
    ops.listxattr = sqfs_ll_op_listxattr;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.forget = sqfs_ll_op_forget;
    ops.statfs = stfs_ll_op_statfs;

    /* nodev, nosuid: an image is code to run as the user, never a way to more rights. */
    char *fuseArgv[] = {"okna-appimage", "-o", "ro,nodev,nosuid", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, fuseArgv);
    sqfs_ll_chan ch;
    memset(&ch, 0, sizeof ch);
    char reason[512];
    if (mountQuietly(&ch, dir, &args, &ops, ll, reason, sizeof reason) != SQFS_OK) {
        rmdir(dir);
        free(dir);
        sqfs_ll_destroy(ll);
        free(ll);
        return unavailable(reason);
    }
    fcntl(fuse_session_fd(ch.session), F_SETFD, FD_CLOEXEC);

    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGCHLD);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigprocmask(SIG_BLOCK, &handled, NULL);
    const int signals = signalfd(-1, &handled, SFD_CLOEXEC);

    int status = 1;
    const pid_t child = signals < 0 ? -1 : fork();
    if (child == 0)
        rt_exec_apprun(dir, image, argv);
    if (child < 0)
        fprintf(stderr, RT_NAME ": cannot start the app: %s\n", strerror(errno));
    else
        status = serve(ch.session, child, signals);

    sqfs_ll_unmount(&ch, dir);
    rmdir(dir);
    free(dir);
    sqfs_ll_destroy(ll);
    free(ll);
    return status;
}
