/* Starting AppRun (from a FUSE mount or an extracted tree), waiting for it, and the extract-and-run mode. */
#define _GNU_SOURCE
#include "runtime.h"

#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

char *rt_make_temp_dir(const char *prefix)
{
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    char *dir = NULL;
    if (asprintf(&dir, "%s/%sXXXXXX", tmp, prefix) < 0)
        return NULL;
    if (!mkdtemp(dir)) {
        fprintf(stderr, RT_NAME ": cannot create a directory in %s: %s\n", tmp, strerror(errno));
        free(dir);
        return NULL;
    }
    return dir;
}

static int removeOne(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    if (type == FTW_DP)
        rmdir(path);
    else
        unlink(path);
    return 0;
}

void rt_remove_tree(const char *path)
{
    /* FTW_PHYS: a symlink in the tree is removed, never followed out of it. */
    nftw(path, removeOne, 32, FTW_DEPTH | FTW_PHYS);
}

void rt_exec_apprun(const char *appdir, const char *image, char *const argv[])
{
    /* The variables every AppImage runtime sets: AppRun and the app find their files through APPDIR,
       updaters and desktop integration the file itself through APPIMAGE, and OWD is the directory the
       user started from (AppRun may change directory). */
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
    setenv("APPDIR", appdir, 1);
    setenv("APPIMAGE", image, 1);
    setenv("ARGV0", argv[0], 1);
    char *apprun = NULL;
    if (asprintf(&apprun, "%s/AppRun", appdir) < 0)
        _exit(127);
    /* The runtime blocks these to pass them on; the app must get them as usual. */
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    /* argv[0] stays the AppImage's own name: Qt and error messages then name what the user started. */
    char **args = (char **)argv;
    execve(apprun, args, environ);
    fprintf(stderr, RT_NAME ": cannot start %s: %s\n", apprun, strerror(errno));
    _exit(127);
}

int rt_wait_child(pid_t pid)
{
    int status = 0;
    for (;;) {
        const pid_t got = waitpid(pid, &status, 0);
        if (got == pid)
            break;
        if (got < 0 && errno != EINTR)
            return 1;
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}

static volatile sig_atomic_t childPid;

static void forward(int sig)
{
    if (childPid > 0)
        kill((pid_t)childPid, sig);
}

int rt_extract_and_run(const char *image, off_t offset, char *const argv[])
{
    char *dir = rt_make_temp_dir("appimage_extracted_okna_");
    if (!dir)
        return 1;
    if (rt_extract(image, offset, NULL, dir, 0) != 0) {
        rt_remove_tree(dir);
        free(dir);
        return 1;
    }
    /* Ctrl+C or a kill must end the app, and still let us remove the extracted tree. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = forward;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    const pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, RT_NAME ": cannot fork: %s\n", strerror(errno));
        rt_remove_tree(dir);
        free(dir);
        return 1;
    }
    if (pid == 0) {
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        rt_exec_apprun(dir, image, argv);
    }
    childPid = pid;
    const int status = rt_wait_child(pid);
    if (!getenv("APPIMAGE_EXTRACT_AND_RUN_KEEP"))
        rt_remove_tree(dir);
    free(dir);
    return status;
}
