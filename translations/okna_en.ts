<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server answered with HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::AdminDashboard</name>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-&amp;factor login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::AdminDialogPrompts</name>
    <message>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (at least 8 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::AdminPage</name>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::ApiClient</name>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::AuditActions</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone taken off the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order taken despite the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram message sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::AuditPage</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; more are available.</source>
        <translation>
            <numerusform>%n entry shown; more are available.</numerusform>
            <numerusform>%n entries shown; more are available.</numerusform>
        </translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::Backup</name>
    <message>
        <source>status must be one of running, verified, failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::BackupsPage</name>
    <message>
        <source>running</source>
        <comment>backup</comment>
        <extracomment>Backup state: being written and test-restored.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <comment>backup</comment>
        <extracomment>Backup state: a test restore matched the database.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>backup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup counts as verified only after it was restored into a scratch database and its row counts matched the database at the time of the dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. “Create backup now” makes one and checks it by restoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is running; the list refreshes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is verified; orders in it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::BlacklistPage</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why orders from this number need a second look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone is on the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the blacklist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::BusinessTime</name>
    <message>
        <source>Times are shown in the server&apos;s business time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are shown in the business time zone, %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::CertificateAuthorities</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::ClientApplication</name>
    <message>
        <source>Okna desktop client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this SHA-256 certificate fingerprint for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UI language (ru, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Log in again; the window keeps what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, e.g. https://server:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input and log in at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (a server certificate they sign needs no fingerprint); remembered as the setting tls/ca_file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::CoordinatorDashboard</name>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: number, client, phone, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders — drag one onto a master to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy with another order. A master holds one order at a time: wait until it is done, or unassign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::CredentialStore</name>
    <message>
        <source>The session cannot be remembered on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::DialogPrompts</name>
    <message>
        <source>Refuse order No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::DisplayFormat</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::JsonReader</name>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 timestamp with offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of new, assigned, in_progress, done, refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of operator, coordinator, master, admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of free, busy, off_shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string or an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::LocationsPage</name>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the district&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate “%1”? It takes no new orders; old orders and reports keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the district</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::LoginDialog</name>
    <message>
        <source>2FA code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okna — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://server:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://server:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2FA code is wrong or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed (trusted %1, presented %2). The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okna — the order desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with the account your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) was not trusted, so there is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::MainWindow</name>
    <message>
        <source>Okna — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed (trusted %1, presented %2): not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::MasterDashboard</name>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current order. The coordinator will assign one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shift since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on shift. Start the shift to receive orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::MasterStatus</name>
    <message>
        <source>Free</source>
        <comment>master status</comment>
        <extracomment>Master status: on shift, no order. Russian: &quot;Свободен&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>master status</comment>
        <extracomment>Master status: holds an order. Russian: &quot;Занят&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off shift</source>
        <comment>master status</comment>
        <extracomment>Master status: not checked in. Russian: &quot;Не на смене&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::MastersModel</name>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::Notification</name>
    <message>
        <source>status must be one of pending, sent, failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::OperatorDashboard</name>
    <message>
        <source>Today&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::OrderAction</name>
    <message>
        <source>Assign</source>
        <comment>order action</comment>
        <extracomment>Button: send a master to the order. Russian: &quot;Назначить&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <comment>order action</comment>
        <extracomment>Button: take the order back from its master. Russian: &quot;Снять с мастера&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <comment>order action</comment>
        <extracomment>Button: give the order to another master. Russian: &quot;Переназначить&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <comment>order action</comment>
        <extracomment>Button: the master starts the work. Russian: &quot;Начать&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>order action</comment>
        <extracomment>Button: the work is done. Russian: &quot;Завершить&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <comment>order action</comment>
        <extracomment>Button: refuse the order, a reason is asked next. Russian: &quot;Отказ&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::OrderForm</name>
    <message>
        <source>Save order (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a complete phone number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This number is on the blacklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order No. %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier orders of the client appear here once the phone number is typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier orders for %1: looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier orders for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Earlier orders for %1: %n</source>
        <translation>
            <numerusform>Earlier orders for %1: %n</numerusform>
            <numerusform>Earlier orders for %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the form? The order typed so far is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a district —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::OrderHistory</name>
    <message>
        <source>Created</source>
        <comment>order history</comment>
        <extracomment>Order history: the order was taken. Russian: &quot;Создана&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>order history</comment>
        <extracomment>Order history: its client, phone, address, district or comment changed. Russian: &quot;Изменена&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>order history</comment>
        <extracomment>Order history: given to a master. Russian: &quot;Назначена&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <comment>order history</comment>
        <extracomment>Order history: given to another master. Russian: &quot;Переназначена&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <comment>order history</comment>
        <extracomment>Order history: taken back from its master. Russian: &quot;Снята с мастера&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <comment>order history</comment>
        <extracomment>Order history: the master started the work. Russian: &quot;Начата&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>order history</comment>
        <extracomment>Order history: the work is done. Russian: &quot;Исполнена&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>order history</comment>
        <extracomment>Order history: refused, with a reason. Russian: &quot;Отказ&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Статус&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Клиент&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Телефон&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Адрес&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Район&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Комментарий&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Мастер&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Причина отказа&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::OrderHistoryDialog</name>
    <message>
        <source>History of order No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::OrderHistoryEntry</name>
    <message>
        <source>changes.%1 must be an array [old, new]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::OrderStatus</name>
    <message>
        <source>Unassigned</source>
        <comment>order status</comment>
        <extracomment>Order status: nobody assigned yet. Russian: &quot;Не назначена&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>order status</comment>
        <extracomment>Order status: a master is assigned. Russian: &quot;Назначена&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>order status</comment>
        <extracomment>Order status: the master is working on it. Russian: &quot;В работе&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>order status</comment>
        <extracomment>Order status: completed. Russian: &quot;Исполнена&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>order status</comment>
        <extracomment>Order status: the client or master refused. Russian: &quot;Отказ&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::OrderTransitions</name>
    <message>
        <source>&quot;%1&quot; is not possible for an order in status &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::OrdersModel</name>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column header: the order number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::PhoneNumber</name>
    <message>
        <source>Not a valid phone number, e.g. +7 912 345-67-89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, brackets, dashes and a +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such number: check the code and the digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::ReportChart</name>
    <message>
        <source>Orders by status and district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::ReportsPage</name>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. work time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary by district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dist&amp;rict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the masters report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the masters report as XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okna: orders report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::Role</name>
    <message>
        <source>Operator</source>
        <comment>user role</comment>
        <extracomment>User role: answers the phone and creates orders. Russian: &quot;Оператор&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>user role</comment>
        <extracomment>User role: dispatches masters to orders. Russian: &quot;Координатор&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <comment>user role</comment>
        <extracomment>User role: the repair technician. Russian: &quot;Мастер&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>user role</comment>
        <extracomment>User role. Russian: &quot;Администратор&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::TelegramPage</name>
    <message>
        <source>pending</source>
        <comment>outbox</comment>
        <extracomment>Telegram outbox message state.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <comment>outbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>outbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bot token (leave empty to keep the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. -1001234567890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;bot token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat for new orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages here. New orders and assignments put their Telegram messages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: no Telegram messages are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retry the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set yet</source>
        <comment>chat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to the chat for new orders as soon as one is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::TrustDialog</name>
    <message>
        <source>Server certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning: the certificate of %1 is not the one you trusted before.&lt;/b&gt; Someone may be intercepting the connection. The connection was refused; ask your administrator before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint presented now (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to %1. Its certificate is not signed by an authority this computer trusts. Compare the fingerprint below with the one your administrator gave you. Trust this certificate from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::TwoFactorPage</name>
    <message>
        <source>&amp;Set up two-factor login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app (e.g. FreeOTP, Google Authenticator) or type the secret in, then enter the 6-digit code the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor login for your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor login is ON: logging in asks for a code from your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor login is OFF: a password alone logs you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start over with a new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up two-factor login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be drawn; type the secret into the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code, then confirm with the code from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor login is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor login is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6 digits the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okna::UsersPage</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 912 345-67-89 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 123456789 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telegram chat id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Reset password…” to set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? The user is logged out at once and cannot log in until activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
