#include "db/embedded/SystemUser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace okna::server {

namespace {

std::vector<gid_t> groupsOf(const char *name, gid_t primary)
{
    int count = 32;
    std::vector<gid_t> groups(static_cast<size_t>(count));
    if (getgrouplist(name, primary, groups.data(), &count) == -1) {
        groups.resize(static_cast<size_t>(count));
        if (getgrouplist(name, primary, groups.data(), &count) == -1)
            return {primary};
    }
    groups.resize(static_cast<size_t>(count));
    return groups;
}

} // namespace

Result<SystemUser> SystemUser::fromPasswd(const ::passwd *pw, const QString &what)
{
    if (!pw)
        return ApiError(ErrorCode::Internal, QStringLiteral("no such user: %1").arg(what));
    SystemUser user;
    user.m_uid = pw->pw_uid;
    user.m_gid = pw->pw_gid;
    user.m_name = QString::fromLocal8Bit(pw->pw_name);
    user.m_home = QString::fromLocal8Bit(pw->pw_dir);
    user.m_groups = groupsOf(pw->pw_name, pw->pw_gid);
    return user;
}

Result<SystemUser> SystemUser::byName(const QString &name)
{
    struct passwd pwd = {};
    struct passwd *found = nullptr;
    std::vector<char> buffer(16384);
    getpwnam_r(QFile::encodeName(name).constData(), &pwd, buffer.data(), buffer.size(), &found);
    return fromPasswd(found, name);
}

Result<SystemUser> SystemUser::byUid(uid_t uid)
{
    struct passwd pwd = {};
    struct passwd *found = nullptr;
    std::vector<char> buffer(16384);
    getpwuid_r(uid, &pwd, buffer.data(), buffer.size(), &found);
    return fromPasswd(found, QStringLiteral("uid %1").arg(uid));
}

SystemUser SystemUser::current()
{
    auto user = byUid(geteuid());
    if (user)
        return user.value();
    // An account without a passwd entry (containers with an arbitrary uid) still runs programs.
    SystemUser anonymous;
    anonymous.m_uid = geteuid();
    anonymous.m_gid = getegid();
    anonymous.m_name = QString::number(anonymous.m_uid);
    anonymous.m_home = QDir::homePath();
    anonymous.m_groups = {anonymous.m_gid};
    return anonymous;
}

bool SystemUser::differsFromProcess() const
{
    return m_uid != geteuid();
}

bool SystemUser::canTraverse(const QString &dir) const
{
    if (m_uid == 0)
        return true;
    struct stat st = {};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    if (st.st_uid == m_uid)
        return (st.st_mode & S_IXUSR) != 0;
    if (std::find(m_groups.begin(), m_groups.end(), st.st_gid) != m_groups.end())
        return (st.st_mode & S_IXGRP) != 0;
    return (st.st_mode & S_IXOTH) != 0;
}

QString SystemUser::firstUntraversableDirectory(const QString &dir) const
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    QString path;
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!canTraverse(QStringLiteral("/")))
        return QStringLiteral("/");
    for (const QString &part : parts) {
        path += QLatin1Char('/') + part;
        if (!canTraverse(path))
            return path;
    }
    return {};
}

} // namespace okna::server
