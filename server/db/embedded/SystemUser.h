// A local Unix account the embedded PostgreSQL runs as, with the checks done on its behalf.
#pragma once

#include "core/Result.h"

#include <QString>

#include <sys/types.h>
#include <vector>

struct passwd;

namespace okna::server {

class SystemUser
{
public:
    static SystemUser current();
    static Result<SystemUser> byName(const QString &name);
    static Result<SystemUser> byUid(uid_t uid);

    uid_t uid() const { return m_uid; }
    gid_t gid() const { return m_gid; }
    const QString &name() const { return m_name; }
    const QString &home() const { return m_home; }
    const std::vector<gid_t> &groups() const { return m_groups; }

    // True when running a program as this user needs a switch of identity (we are root, it is not).
    bool differsFromProcess() const;
    // Whether this user may enter (search) the directory, from its mode bits, owner and groups.
    bool canTraverse(const QString &dir) const;
    // The first directory from / down to and including dir that this user cannot enter, or empty.
    QString firstUntraversableDirectory(const QString &dir) const;

private:
    static Result<SystemUser> fromPasswd(const ::passwd *pw, const QString &what);

    uid_t m_uid = 0;
    gid_t m_gid = 0;
    QString m_name;
    QString m_home;
    std::vector<gid_t> m_groups;
};

} // namespace okna::server
