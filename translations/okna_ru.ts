<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>okna::Backup</name>
    <message>
        <source>status must be one of running, verified, failed</source>
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
        <source>Server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input and log in.</source>
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
        <source>Your session has ended. Log in again.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed (trusted %1, presented %2). The connection was refused.</source>
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
        <source>Earlier orders for this number</source>
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
        <source>Enter a valid phone number.</source>
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
</TS>
