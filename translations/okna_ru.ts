<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApiError</name>
    <message>
        <source>%1 not found</source>
        <translation>%1 не найден</translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation>Вашей роли это не разрешено</translation>
    </message>
    <message>
        <source>Some fields are not valid</source>
        <translation>Некоторые поля заполнены неверно</translation>
    </message>
    <message>
        <source>Internal server error</source>
        <translation>Внутренняя ошибка сервера</translation>
    </message>
    <message>
        <source>The database is unavailable</source>
        <translation>База данных недоступна</translation>
    </message>
    <message>
        <source>Server answered with HTTP status %1</source>
        <translation>Сервер ответил кодом HTTP %1</translation>
    </message>
</context>
<context>
    <name>okna::AdminDashboard</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>&amp;Districts</source>
        <translation>&amp;Районы</translation>
    </message>
    <message>
        <source>&amp;Blacklist</source>
        <translation>&amp;Чёрный список</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Telegram</source>
        <translation>&amp;Telegram</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>&amp;Резервные копии</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Журнал действий</translation>
    </message>
    <message>
        <source>Two-&amp;factor login</source>
        <translation>&amp;Двухфакторный вход</translation>
    </message>
</context>
<context>
    <name>okna::AdminDialogPrompts</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Сброс пароля: %1</translation>
    </message>
    <message>
        <source>New password (at least 8 characters):</source>
        <translation>Новый пароль (не меньше 8 символов):</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не меньше 8 символов.</translation>
    </message>
</context>
<context>
    <name>okna::AdminPage</name>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>okna::ApiClient</name>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <source>Server error %1</source>
        <translation>Ошибка сервера %1</translation>
    </message>
</context>
<context>
    <name>okna::AuditActions</name>
    <message>
        <source>Signed in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>Two-factor sign-in turned on</source>
        <translation>Двухфакторный вход включён</translation>
    </message>
    <message>
        <source>Two-factor sign-in turned off</source>
        <translation>Двухфакторный вход выключен</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Пользователь создан</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Пользователь изменён</translation>
    </message>
    <message>
        <source>District created</source>
        <translation>Район создан</translation>
    </message>
    <message>
        <source>District changed</source>
        <translation>Район изменён</translation>
    </message>
    <message>
        <source>Order reassigned</source>
        <translation>Заявка передана другому мастеру</translation>
    </message>
    <message>
        <source>Order refused</source>
        <translation>Отказ по заявке</translation>
    </message>
    <message>
        <source>Phone blacklisted</source>
        <translation>Телефон внесён в чёрный список</translation>
    </message>
    <message>
        <source>Phone taken off the blacklist</source>
        <translation>Телефон убран из чёрного списка</translation>
    </message>
    <message>
        <source>Order taken despite the blacklist</source>
        <translation>Заявка принята вопреки чёрному списку</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Настройки изменены</translation>
    </message>
    <message>
        <source>Telegram message sent again</source>
        <translation>Сообщение в Telegram отправлено повторно</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Резервная копия не удалась</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Восстановлено из резервной копии</translation>
    </message>
</context>
<context>
    <name>okna::AuditPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Загрузить &amp;ещё</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Нет записей, подходящих под фильтр.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot load the audit log</source>
        <translation>Не удалось загрузить журнал действий</translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; more are available.</source>
        <translation>
            <numerusform>Показана %n запись; есть ещё.</numerusform>
            <numerusform>Показано %n записи; есть ещё.</numerusform>
            <numerusform>Показано %n записей; есть ещё.</numerusform>
        </translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>пользователь #%1</translation>
    </message>
</context>
<context>
    <name>okna::Backup</name>
    <message>
        <source>status must be one of running, verified, failed</source>
        <translation>status: одно из running, verified, failed</translation>
    </message>
</context>
<context>
    <name>okna::BackupsPage</name>
    <message>
        <source>running</source>
        <comment>backup</comment>
        <extracomment>Backup state: being written and test-restored.</extracomment>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>verified</source>
        <comment>backup</comment>
        <extracomment>Backup state: a test restore matched the database.</extracomment>
        <translation>проверена</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>backup</comment>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Create backup now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>A backup counts as verified only after it was restored into a scratch database and its row counts matched the database at the time of the dump.</source>
        <translation>Резервная копия считается проверенной, только когда её восстановили во временную базу и число строк совпало с базой на момент копирования.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>No backups yet. “Create backup now” makes one and checks it by restoring it.</source>
        <translation>Резервных копий пока нет. «Создать резервную копию» сделает копию и проверит её восстановлением.</translation>
    </message>
    <message>
        <source>Cannot load the backups</source>
        <translation>Не удалось загрузить резервные копии</translation>
    </message>
    <message>
        <source>A backup is running; the list refreshes by itself.</source>
        <translation>Идёт резервное копирование; список обновляется сам.</translation>
    </message>
    <message>
        <source>Cannot start a backup</source>
        <translation>Не удалось запустить резервное копирование</translation>
    </message>
    <message>
        <source>Backup started.</source>
        <translation>Резервное копирование запущено.</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Резервное копирование не удалось</translation>
    </message>
    <message>
        <source>The backup is verified; orders in it: %1.</source>
        <translation>Резервная копия проверена; заявок в ней: %1.</translation>
    </message>
    <message>
        <source>The backup is verified.</source>
        <translation>Резервная копия проверена.</translation>
    </message>
</context>
<context>
    <name>okna::BlacklistPage</name>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлен</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>&amp;Add to blacklist</source>
        <translation>&amp;Добавить в чёрный список</translation>
    </message>
    <message>
        <source>&amp;Remove from blacklist</source>
        <translation>&amp;Убрать из чёрного списка</translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <source>Why orders from this number need a second look</source>
        <translation>Почему заявки с этого номера требуют внимания</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>No phone is on the blacklist.</source>
        <translation>В чёрном списке нет ни одного телефона.</translation>
    </message>
    <message>
        <source>Cannot load the blacklist</source>
        <translation>Не удалось загрузить чёрный список</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>пользователь #%1</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <source>Cannot add the phone</source>
        <translation>Не удалось добавить телефон</translation>
    </message>
    <message>
        <source>%1 added to the blacklist.</source>
        <translation>%1 добавлен в чёрный список.</translation>
    </message>
    <message>
        <source>Remove from blacklist</source>
        <translation>Убрать из чёрного списка</translation>
    </message>
    <message>
        <source>Remove %1 from the blacklist?</source>
        <translation>Убрать %1 из чёрного списка?</translation>
    </message>
    <message>
        <source>Cannot remove the phone</source>
        <translation>Не удалось удалить телефон</translation>
    </message>
    <message>
        <source>%1 removed from the blacklist.</source>
        <translation>%1 удалён из чёрного списка.</translation>
    </message>
</context>
<context>
    <name>okna::BusinessTime</name>
    <message>
        <source>Times are shown in the server&apos;s business time zone.</source>
        <translation>Время указано в часовом поясе организации.</translation>
    </message>
    <message>
        <source>Times are shown in the business time zone, %1 (%2).</source>
        <translation>Время указано в часовом поясе организации: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>okna::CertificateAuthorities</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Не удаётся прочитать файл центра сертификации %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>В файле центра сертификации %1 нет ни одного сертификата PEM.</translation>
    </message>
</context>
<context>
    <name>okna::ClientApplication</name>
    <message>
        <source>Okna desktop client</source>
        <translation>Окна — настольный клиент</translation>
    </message>
    <message>
        <source>Login name.</source>
        <translation>Логин.</translation>
    </message>
    <message>
        <source>Pin this SHA-256 certificate fingerprint for the server.</source>
        <translation>Закрепить за сервером этот отпечаток сертификата SHA-256.</translation>
    </message>
    <message>
        <source>UI language (ru, en).</source>
        <translation>Язык интерфейса (ru, en).</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again; the window keeps what you typed.</source>
        <translation>Сеанс завершён. Войдите снова; введённое в окне сохранится.</translation>
    </message>
    <message>
        <source>Server address, e.g. https://server:8443.</source>
        <translation>Адрес сервера, например https://server:8443.</translation>
    </message>
    <message>
        <source>Read the password from standard input and log in at once.</source>
        <translation>Прочитать пароль со стандартного ввода и сразу войти.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (a server certificate they sign needs no fingerprint); remembered as the setting tls/ca_file.</source>
        <translation>Доверять также центрам сертификации из этого PEM-файла (сертификат сервера, подписанный ими, принимается без отпечатка); запоминается в настройке tls/ca_file.</translation>
    </message>
</context>
<context>
    <name>okna::CoordinatorDashboard</name>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>New and active</source>
        <translation>Новые и в работе</translation>
    </message>
    <message>
        <source>Search: number, client, phone, address</source>
        <translation>Поиск: номер, клиент, телефон, адрес</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Orders — drag one onto a master to assign</source>
        <translation>Заявки — перетащите заявку на мастера, чтобы назначить</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Мастера</translation>
    </message>
    <message>
        <source>Master is busy</source>
        <translation>Мастер занят</translation>
    </message>
    <message>
        <source>%1 is busy with another order. A master holds one order at a time: wait until it is done, or unassign it first.</source>
        <translation>%1 занят другой заявкой. У мастера одна заявка за раз: дождитесь её исполнения или сначала снимите её.</translation>
    </message>
    <message>
        <source>The order was not changed</source>
        <translation>Заявка не изменена</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
</context>
<context>
    <name>okna::CredentialStore</name>
    <message>
        <source>The session cannot be remembered on this computer: %1</source>
        <translation>Сеанс нельзя запомнить на этом компьютере: %1</translation>
    </message>
</context>
<context>
    <name>okna::DialogPrompts</name>
    <message>
        <source>Refuse order No. %1</source>
        <translation>Отказ по заявке № %1</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Причина (обязательно):</translation>
    </message>
</context>
<context>
    <name>okna::DisplayFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>okna::JsonReader</name>
    <message>
        <source>%1 must be an object</source>
        <translation>%1: должно быть объектом</translation>
    </message>
    <message>
        <source>%1 must be an integer</source>
        <translation>%1: должно быть целым числом</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1: должно быть числом</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1: должно быть true или false</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1: должно быть строкой</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 timestamp with offset</source>
        <translation>%1: должно быть временем ISO 8601 со смещением</translation>
    </message>
    <message>
        <source>%1 must be one of new, assigned, in_progress, done, refused</source>
        <translation>%1: одно из new, assigned, in_progress, done, refused</translation>
    </message>
    <message>
        <source>%1 must be one of operator, coordinator, master, admin</source>
        <translation>%1: одно из operator, coordinator, master, admin</translation>
    </message>
    <message>
        <source>%1 must be one of free, busy, off_shift</source>
        <translation>%1: одно из free, busy, off_shift</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1: должно быть массивом</translation>
    </message>
    <message>
        <source>%1 must be a string or an integer</source>
        <translation>%1: должно быть строкой или целым числом</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>поле «%1» обязательно</translation>
    </message>
</context>
<context>
    <name>okna::LocationsPage</name>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Add district</source>
        <translation>&amp;Добавить район</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Name of the new district</source>
        <translation>Название нового района</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Новый район</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Cannot load the districts</source>
        <translation>Не удалось загрузить районы</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Enter the district&apos;s name.</source>
        <translation>Введите название района.</translation>
    </message>
    <message>
        <source>Cannot add the district</source>
        <translation>Не удалось добавить район</translation>
    </message>
    <message>
        <source>District “%1” added.</source>
        <translation>Район «%1» добавлен.</translation>
    </message>
    <message>
        <source>Rename district</source>
        <translation>Переименовать район</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>District renamed.</source>
        <translation>Район переименован.</translation>
    </message>
    <message>
        <source>Deactivate district</source>
        <translation>Отключить район</translation>
    </message>
    <message>
        <source>Deactivate “%1”? It takes no new orders; old orders and reports keep it.</source>
        <translation>Отключить «%1»? Новые заявки в него не принимаются; старые заявки и отчёты его сохранят.</translation>
    </message>
    <message>
        <source>District activated.</source>
        <translation>Район включён.</translation>
    </message>
    <message>
        <source>District deactivated.</source>
        <translation>Район отключён.</translation>
    </message>
    <message>
        <source>Cannot change the district</source>
        <translation>Не удалось изменить район</translation>
    </message>
</context>
<context>
    <name>okna::LoginDialog</name>
    <message>
        <source>2FA code:</source>
        <translation>Код 2FA:</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Okna — log in</source>
        <translation>Окна — вход</translation>
    </message>
    <message>
        <source>https://server:8443</source>
        <translation>https://server:8443</translation>
    </message>
    <message>
        <source>6 digits from the authenticator app</source>
        <translation>6 цифр из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://server:8443</source>
        <translation>Введите адрес сервера, например https://server:8443</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Введите код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <source>The 2FA code is wrong or expired.</source>
        <translation>Код 2FA неверен или устарел.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed (trusted %1, presented %2). The connection was refused.</source>
        <translation>Сертификат сервера изменился (доверенный %1, предъявлен %2). Соединение отклонено.</translation>
    </message>
    <message>
        <source>Okna — the order desk</source>
        <translation>Окна — стол заявок</translation>
    </message>
    <message>
        <source>Log in with the account your administrator gave you.</source>
        <translation>Войдите с учётной записью, которую выдал администратор.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) was not trusted, so there is no connection.</source>
        <translation>Сертификату сервера (SHA-256 %1) не доверились, поэтому соединения нет.</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Восстанавливаю сеанс…</translation>
    </message>
</context>
<context>
    <name>okna::MainWindow</name>
    <message>
        <source>Okna — %1 (%2)</source>
        <translation>Окна — %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Закрыть программу</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● На связи</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Подключение…</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Переподключение…</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Нет связи</translation>
    </message>
    <message>
        <source>Live updates from the server</source>
        <translation>Обновления с сервера в реальном времени</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed (trusted %1, presented %2): not connected.</source>
        <translation>Сертификат сервера изменился (доверенный %1, предъявлен %2): соединение не установлено.</translation>
    </message>
</context>
<context>
    <name>okna::MasterDashboard</name>
    <message>
        <source>Check in</source>
        <translation>Начать смену</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Закончить смену</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Current order</source>
        <translation>Текущая заявка</translation>
    </message>
    <message>
        <source>Order No. %1</source>
        <translation>Заявка № %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No current order. The coordinator will assign one.</source>
        <translation>Текущей заявки нет. Координатор назначит её.</translation>
    </message>
    <message>
        <source>On shift since %1</source>
        <translation>На смене с %1</translation>
    </message>
    <message>
        <source>Not on shift</source>
        <translation>Не на смене</translation>
    </message>
    <message>
        <source>The order was not changed</source>
        <translation>Заявка не изменена</translation>
    </message>
    <message>
        <source>Check-in failed</source>
        <translation>Не удалось начать смену</translation>
    </message>
    <message>
        <source>Check-out failed</source>
        <translation>Не удалось закончить смену</translation>
    </message>
    <message>
        <source>You are not on shift. Start the shift to receive orders.</source>
        <translation>Вы не на смене. Начните смену, чтобы получать заявки.</translation>
    </message>
</context>
<context>
    <name>okna::MasterStatus</name>
    <message>
        <source>Free</source>
        <comment>master status</comment>
        <extracomment>Master status: on shift, no order. Russian: &quot;Свободен&quot;.</extracomment>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>master status</comment>
        <extracomment>Master status: holds an order. Russian: &quot;Занят&quot;.</extracomment>
        <translation>Занят</translation>
    </message>
    <message>
        <source>Off shift</source>
        <comment>master status</comment>
        <extracomment>Master status: not checked in. Russian: &quot;Не на смене&quot;.</extracomment>
        <translation>Не на смене</translation>
    </message>
</context>
<context>
    <name>okna::MastersModel</name>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Current order</source>
        <translation>Текущая заявка</translation>
    </message>
    <message>
        <source>Shift since</source>
        <translation>На смене с</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>okna::Notification</name>
    <message>
        <source>status must be one of pending, sent, failed</source>
        <translation>status: одно из pending, sent, failed</translation>
    </message>
</context>
<context>
    <name>okna::OperatorDashboard</name>
    <message>
        <source>Today&apos;s orders</source>
        <translation>Заявки за сегодня</translation>
    </message>
</context>
<context>
    <name>okna::OrderAction</name>
    <message>
        <source>Assign</source>
        <comment>order action</comment>
        <extracomment>Button: send a master to the order. Russian: &quot;Назначить&quot;.</extracomment>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Unassign</source>
        <comment>order action</comment>
        <extracomment>Button: take the order back from its master. Russian: &quot;Снять с мастера&quot;.</extracomment>
        <translation>Снять</translation>
    </message>
    <message>
        <source>Reassign</source>
        <comment>order action</comment>
        <extracomment>Button: give the order to another master. Russian: &quot;Переназначить&quot;.</extracomment>
        <translation>Переназначить</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>order action</comment>
        <extracomment>Button: the master starts the work. Russian: &quot;Начать&quot;.</extracomment>
        <translation>Начать работу</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>order action</comment>
        <extracomment>Button: the work is done. Russian: &quot;Завершить&quot;.</extracomment>
        <translation>Исполнить</translation>
    </message>
    <message>
        <source>Refuse</source>
        <comment>order action</comment>
        <extracomment>Button: refuse the order, a reason is asked next. Russian: &quot;Отказ&quot;.</extracomment>
        <translation>Отказаться</translation>
    </message>
</context>
<context>
    <name>okna::OrderForm</name>
    <message>
        <source>Save order (Enter)</source>
        <translation>Сохранить заявку (Enter)</translation>
    </message>
    <message>
        <source>+7 912 345-67-89</source>
        <translation>+7 912 345-67-89</translation>
    </message>
    <message>
        <source>Client &amp;name:</source>
        <translation>&amp;Имя клиента:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Новая (Ctrl+N)</translation>
    </message>
    <message>
        <source>Not a complete phone number yet</source>
        <translation>Номер телефона ещё не полный</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>⚠ This number is on the blacklist: %1</source>
        <translation>⚠ Этот номер в чёрном списке: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Введите имя клиента.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Введите адрес.</translation>
    </message>
    <message>
        <source>Choose a district.</source>
        <translation>Выберите район.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняю…</translation>
    </message>
    <message>
        <source>Order No. %1 saved.</source>
        <translation>Заявка № %1 сохранена.</translation>
    </message>
    <message>
        <source>Earlier orders of the client appear here once the phone number is typed.</source>
        <translation>Прежние заявки клиента появятся здесь, когда будет введён телефон.</translation>
    </message>
    <message>
        <source>Earlier orders for %1: looking…</source>
        <translation>Прежние заявки для %1: ищу…</translation>
    </message>
    <message>
        <source>No earlier orders for %1.</source>
        <translation>Прежних заявок для %1 нет.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier orders for %1: %n</source>
        <translation>
            <numerusform>Прежние заявки для %1: %n</numerusform>
            <numerusform>Прежние заявки для %1: %n</numerusform>
            <numerusform>Прежние заявки для %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the form? The order typed so far is not saved.</source>
        <translation>Очистить форму? Набранная заявка ещё не сохранена.</translation>
    </message>
    <message>
        <source>— choose a district —</source>
        <translation>— выберите район —</translation>
    </message>
</context>
<context>
    <name>okna::OrderHistory</name>
    <message>
        <source>Created</source>
        <comment>order history</comment>
        <extracomment>Order history: the order was taken. Russian: &quot;Создана&quot;.</extracomment>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>order history</comment>
        <extracomment>Order history: its client, phone, address, district or comment changed. Russian: &quot;Изменена&quot;.</extracomment>
        <translation>Изменена</translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>order history</comment>
        <extracomment>Order history: given to a master. Russian: &quot;Назначена&quot;.</extracomment>
        <translation>Назначена</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <comment>order history</comment>
        <extracomment>Order history: given to another master. Russian: &quot;Переназначена&quot;.</extracomment>
        <translation>Переназначена</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <comment>order history</comment>
        <extracomment>Order history: taken back from its master. Russian: &quot;Снята с мастера&quot;.</extracomment>
        <translation>Снята с мастера</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>order history</comment>
        <extracomment>Order history: the master started the work. Russian: &quot;Начата&quot;.</extracomment>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>order history</comment>
        <extracomment>Order history: the work is done. Russian: &quot;Исполнена&quot;.</extracomment>
        <translation>Исполнена</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>order history</comment>
        <extracomment>Order history: refused, with a reason. Russian: &quot;Отказ&quot;.</extracomment>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Статус&quot;.</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Client</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Клиент&quot;.</extracomment>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Телефон&quot;.</extracomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Адрес&quot;.</extracomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>District</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Район&quot;.</extracomment>
        <translation>Район</translation>
    </message>
    <message>
        <source>Comment</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Комментарий&quot;.</extracomment>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Master</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Мастер&quot;.</extracomment>
        <translation>Мастер</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <comment>order field</comment>
        <extracomment>Order field in its history. Russian: &quot;Причина отказа&quot;.</extracomment>
        <translation>Причина отказа</translation>
    </message>
</context>
<context>
    <name>okna::OrderHistoryDialog</name>
    <message>
        <source>History of order No. %1</source>
        <translation>История заявки № %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
</context>
<context>
    <name>okna::OrderHistoryEntry</name>
    <message>
        <source>changes.%1 must be an array [old, new]</source>
        <translation>changes.%1: должно быть массивом [было, стало]</translation>
    </message>
</context>
<context>
    <name>okna::OrderStatus</name>
    <message>
        <source>Unassigned</source>
        <comment>order status</comment>
        <extracomment>Order status: nobody assigned yet. Russian: &quot;Не назначена&quot;.</extracomment>
        <translation>Не назначена</translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>order status</comment>
        <extracomment>Order status: a master is assigned. Russian: &quot;Назначена&quot;.</extracomment>
        <translation>Назначена</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>order status</comment>
        <extracomment>Order status: the master is working on it. Russian: &quot;В работе&quot;.</extracomment>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>order status</comment>
        <extracomment>Order status: completed. Russian: &quot;Исполнена&quot;.</extracomment>
        <translation>Исполнена</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>order status</comment>
        <extracomment>Order status: the client or master refused. Russian: &quot;Отказ&quot;.</extracomment>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>okna::OrderTransitions</name>
    <message>
        <source>&quot;%1&quot; is not possible for an order in status &quot;%2&quot;</source>
        <translation>«%1» невозможно для заявки в статусе «%2»</translation>
    </message>
</context>
<context>
    <name>okna::OrdersModel</name>
    <message>
        <source>Refused: %1</source>
        <translation>Отказ: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column header: the order number.</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>okna::PhoneNumber</name>
    <message>
        <source>Not a valid phone number, e.g. +7 912 345-67-89</source>
        <translation>Неправильный номер телефона; пример: +7 912 345-67-89</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, brackets, dashes and a +.</source>
        <translation>В номере телефона могут быть только цифры, пробелы, скобки, дефисы и знак +.</translation>
    </message>
    <message>
        <source>Too few digits for a phone number.</source>
        <translation>Слишком мало цифр для номера телефона.</translation>
    </message>
    <message>
        <source>Too many digits for a phone number.</source>
        <translation>Слишком много цифр для номера телефона.</translation>
    </message>
    <message>
        <source>No such number: check the code and the digits.</source>
        <translation>Такого номера нет: проверьте код и цифры.</translation>
    </message>
</context>
<context>
    <name>okna::ReportChart</name>
    <message>
        <source>Orders by status and district</source>
        <translation>Заявки по статусам и районам</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заявки</translation>
    </message>
</context>
<context>
    <name>okna::ReportsPage</name>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Avg. completion</source>
        <translation>Ср. время
исполнения</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX</source>
        <translation>Сохранить в &amp;XLSX</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Предпросмотр…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказов</translation>
    </message>
    <message>
        <source>Avg. work time</source>
        <translation>Ср. время
работы</translation>
    </message>
    <message>
        <source>Time on shift</source>
        <translation>Время
на смене</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Произвольные даты</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>Summary by district…</source>
        <translation>Сводка по районам…</translation>
    </message>
    <message>
        <source>Masters…</source>
        <translation>По мастерам…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;По (включительно):</translation>
    </message>
    <message>
        <source>Dist&amp;rict:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>Orders by district</source>
        <translation>Заявки по районам</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Мастера</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (отключён)</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Загружаю отчёт…</translation>
    </message>
    <message>
        <source>Cannot load the report</source>
        <translation>Не удалось загрузить отчёт</translation>
    </message>
    <message>
        <source>Cannot load the masters report</source>
        <translation>Не удалось загрузить отчёт по мастерам</translation>
    </message>
    <message>
        <source>all districts</source>
        <translation>все районы</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Save the summary as XLSX</source>
        <translation>Сохранить сводку в XLSX</translation>
    </message>
    <message>
        <source>Save the masters report as XLSX</source>
        <translation>Сохранить отчёт по мастерам в XLSX</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Downloading the workbook…</source>
        <translation>Скачиваю книгу…</translation>
    </message>
    <message>
        <source>Cannot download the workbook</source>
        <translation>Не удалось скачать книгу</translation>
    </message>
    <message>
        <source>Cannot save the workbook</source>
        <translation>Не удалось сохранить книгу</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Okna: orders report</source>
        <translation>Окна: отчёт по заявкам</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Предпросмотр отчёта</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>okna::Role</name>
    <message>
        <source>Operator</source>
        <comment>user role</comment>
        <extracomment>User role: answers the phone and creates orders. Russian: &quot;Оператор&quot;.</extracomment>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <comment>user role</comment>
        <extracomment>User role: dispatches masters to orders. Russian: &quot;Координатор&quot;.</extracomment>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Master</source>
        <comment>user role</comment>
        <extracomment>User role: the repair technician. Russian: &quot;Мастер&quot;.</extracomment>
        <translation>Мастер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>user role</comment>
        <extracomment>User role. Russian: &quot;Администратор&quot;.</extracomment>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>okna::TelegramPage</name>
    <message>
        <source>pending</source>
        <comment>outbox</comment>
        <extracomment>Telegram outbox message state.</extracomment>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>outbox</comment>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>outbox</comment>
        <translation>не доставлено</translation>
    </message>
    <message>
        <source>Remove &amp;token</source>
        <translation>Удалить &amp;токен</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Сохранить настройки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>New bot token (leave empty to keep the current one)</source>
        <translation>Новый токен бота (оставьте пустым, чтобы не менять)</translation>
    </message>
    <message>
        <source>e.g. -1001234567890</source>
        <translation>например, -1001234567890</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>Токен бота:</translation>
    </message>
    <message>
        <source>New &amp;bot token:</source>
        <translation>Новый &amp;токен бота:</translation>
    </message>
    <message>
        <source>&amp;Chat for new orders:</source>
        <translation>&amp;Чат для новых заявок:</translation>
    </message>
    <message>
        <source>Business &amp;time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь сообщений</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>No messages here. New orders and assignments put their Telegram messages here.</source>
        <translation>Сообщений нет. Сюда попадают сообщения Telegram о новых заявках и назначениях.</translation>
    </message>
    <message>
        <source>Cannot load the settings</source>
        <translation>Не удалось загрузить настройки</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>задан (скрыт)</translation>
    </message>
    <message>
        <source>not set: no Telegram messages are sent</source>
        <translation>не задан: сообщения в Telegram не отправляются</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Bot token removed.</source>
        <translation>Токен бота удалён.</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Не удалось сохранить настройки</translation>
    </message>
    <message>
        <source>Cannot load the outbox</source>
        <translation>Не удалось загрузить очередь сообщений</translation>
    </message>
    <message>
        <source>Cannot retry the message</source>
        <translation>Не удалось повторить отправку</translation>
    </message>
    <message>
        <source>The message is queued again.</source>
        <translation>Сообщение снова поставлено в очередь.</translation>
    </message>
    <message>
        <source>not set yet</source>
        <comment>chat</comment>
        <translation>ещё не задан</translation>
    </message>
    <message>
        <source>Goes to the chat for new orders as soon as one is set.</source>
        <translation>Уйдёт в чат для новых заявок, как только он будет задан.</translation>
    </message>
</context>
<context>
    <name>okna::TrustDialog</name>
    <message>
        <source>Server certificate changed</source>
        <translation>Сертификат сервера изменился</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning: the certificate of %1 is not the one you trusted before.&lt;/b&gt; Someone may be intercepting the connection. The connection was refused; ask your administrator before doing anything else.</source>
        <translation>&lt;b&gt;Внимание: сертификат %1 не тот, которому вы доверились раньше.&lt;/b&gt; Возможно, соединение перехватывают. Соединение отклонено; прежде чем что-либо делать, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Trusted fingerprint (SHA-256):</source>
        <translation>Доверенный отпечаток (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint presented now (SHA-256):</source>
        <translation>Предъявленный сейчас отпечаток (SHA-256):</translation>
    </message>
    <message>
        <source>Unknown server certificate</source>
        <translation>Неизвестный сертификат сервера</translation>
    </message>
    <message>
        <source>This is the first connection to %1. Its certificate is not signed by an authority this computer trusts. Compare the fingerprint below with the one your administrator gave you. Trust this certificate from now on?</source>
        <translation>Это первое подключение к %1. Его сертификат не подписан центром, которому доверяет этот компьютер. Сверьте отпечаток ниже с тем, что дал администратор. Доверять этому сертификату впредь?</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Отпечаток (SHA-256):</translation>
    </message>
</context>
<context>
    <name>okna::TwoFactorPage</name>
    <message>
        <source>&amp;Set up two-factor login…</source>
        <translation>&amp;Настроить двухфакторный вход…</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>T&amp;urn off</source>
        <translation>&amp;Выключить</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app (e.g. FreeOTP, Google Authenticator) or type the secret in, then enter the 6-digit code the app shows.</source>
        <translation>Отсканируйте код приложением-аутентификатором (например, FreeOTP или Google Authenticator) или введите секрет вручную, затем введите 6-значный код из приложения.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Секрет:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Ссылка:</translation>
    </message>
    <message>
        <source>Two-factor login for your account</source>
        <translation>Двухфакторный вход для вашей учётной записи</translation>
    </message>
    <message>
        <source>Cannot load your account</source>
        <translation>Не удалось загрузить вашу учётную запись</translation>
    </message>
    <message>
        <source>Two-factor login is ON: logging in asks for a code from your app.</source>
        <translation>Двухфакторный вход ВКЛЮЧЁН: при входе спрашивается код из приложения.</translation>
    </message>
    <message>
        <source>Two-factor login is OFF: a password alone logs you in.</source>
        <translation>Двухфакторный вход ВЫКЛЮЧЕН: для входа достаточно пароля.</translation>
    </message>
    <message>
        <source>&amp;Start over with a new secret</source>
        <translation>&amp;Начать заново с новым секретом</translation>
    </message>
    <message>
        <source>Cannot set up two-factor login</source>
        <translation>Не удалось настроить двухфакторный вход</translation>
    </message>
    <message>
        <source>The QR code could not be drawn; type the secret into the app.</source>
        <translation>QR-код не удалось нарисовать; введите секрет в приложение вручную.</translation>
    </message>
    <message>
        <source>Scan the code, then confirm with the code from the app.</source>
        <translation>Отсканируйте код и подтвердите кодом из приложения.</translation>
    </message>
    <message>
        <source>Two-factor login is on.</source>
        <translation>Двухфакторный вход включён.</translation>
    </message>
    <message>
        <source>Two-factor login is off.</source>
        <translation>Двухфакторный вход выключен.</translation>
    </message>
    <message>
        <source>Enter the 6 digits the app shows.</source>
        <translation>Введите 6 цифр, которые показывает приложение.</translation>
    </message>
    <message>
        <source>The code was not accepted</source>
        <translation>Код не принят</translation>
    </message>
</context>
<context>
    <name>okna::UsersPage</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Telegram chat</source>
        <translation>Чат Telegram</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Новый пользователь</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <source>+7 912 345-67-89 (optional)</source>
        <translation>+7 912 345-67-89 (необязательно)</translation>
    </message>
    <message>
        <source>e.g. 123456789 (optional)</source>
        <translation>например, 123456789 (необязательно)</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Не меньше 8 символов.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Telegram chat id:</source>
        <translation>&amp;ID чата Telegram:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Cannot load the users</source>
        <translation>Не удалось загрузить пользователей</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>Use “Reset password…” to set a new one.</source>
        <translation>Новый пароль задаётся через «Сбросить пароль…».</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>Введите ФИО.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation>Создаю пользователя…</translation>
    </message>
    <message>
        <source>This login is taken.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
    <message>
        <source>Cannot create the user</source>
        <translation>Не удалось создать пользователя</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Пользователь %1 создан.</translation>
    </message>
    <message>
        <source>Cannot change the user</source>
        <translation>Не удалось изменить пользователя</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Отключить пользователя</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? The user is logged out at once and cannot log in until activated again.</source>
        <translation>Отключить %1 (%2)? Пользователь сразу выйдет из системы и не сможет войти, пока его снова не включат.</translation>
    </message>
    <message>
        <source>%1 activated.</source>
        <translation>%1: включён.</translation>
    </message>
    <message>
        <source>%1 deactivated.</source>
        <translation>%1: отключён.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Новый пароль для %1 установлен.</translation>
    </message>
</context>
</TS>
