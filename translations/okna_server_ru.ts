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
    <name>ApiServer</name>
    <message>
        <source>The request body exceeds 1 MiB</source>
        <translation>Тело запроса больше 1 МиБ</translation>
    </message>
</context>
<context>
    <name>AuditRoutes</name>
    <message>
        <source>must be an ISO 8601 timestamp with offset, e.g. 2026-11-25T14:01:00+03:00</source>
        <translation>должно быть временем ISO 8601 со смещением, например 2026-11-25T14:01:00+03:00</translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation>должно быть целым положительным числом</translation>
    </message>
    <message>
        <source>must be an integer from 1 to %1</source>
        <translation>должно быть целым числом от 1 до %1</translation>
    </message>
    <message>
        <source>is not a cursor this server gave out</source>
        <translation>не курсор, выданный этим сервером</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Wrong login or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <source>The code is not valid; check your device&apos;s clock</source>
        <translation>Код неверен; проверьте часы на своём устройстве</translation>
    </message>
    <message>
        <source>must be at least %1 characters</source>
        <translation>должен содержать не меньше %1 символов</translation>
    </message>
    <message>
        <source>must be at most 1024 characters</source>
        <translation>должен содержать не больше 1024 символов</translation>
    </message>
    <message>
        <source>Too many failed logins; try again in %1 seconds</source>
        <translation>Слишком много неудачных попыток входа; попробуйте снова через %1 с</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app</source>
        <translation>Введите код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>The code is not valid</source>
        <translation>Код неверен</translation>
    </message>
    <message>
        <source>Your session has ended; sign in again</source>
        <translation>Сеанс завершён; войдите снова</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>не совпадает с текущим паролем</translation>
    </message>
    <message>
        <source>Two-factor authentication is already on; turn it off first</source>
        <translation>Двухфакторный вход уже включён; сначала выключите его</translation>
    </message>
    <message>
        <source>Two-factor authentication is already on</source>
        <translation>Двухфакторный вход уже включён</translation>
    </message>
    <message>
        <source>Start the setup first</source>
        <translation>Сначала начните настройку</translation>
    </message>
    <message>
        <source>Two-factor authentication is not on</source>
        <translation>Двухфакторный вход не включён</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>a backup is already running</source>
        <translation>Резервное копирование уже идёт</translation>
    </message>
</context>
<context>
    <name>BlacklistRoutes</name>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
</context>
<context>
    <name>BlacklistService</name>
    <message>
        <source>The number %1 is already blacklisted</source>
        <translation>Номер %1 уже в чёрном списке</translation>
    </message>
    <message>
        <source>already blacklisted</source>
        <translation>уже в чёрном списке</translation>
    </message>
    <message>
        <source>Blacklist entry</source>
        <translation>Номер в чёрном списке</translation>
    </message>
</context>
<context>
    <name>DemoOrders</name>
    <message>
        <source>Create locations and users first</source>
        <translation>Сначала создайте районы и пользователей</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>Malformed JSON: %1 at offset %2</source>
        <translation>Неверный JSON: %1 (позиция %2)</translation>
    </message>
    <message>
        <source>The request body must be a JSON object</source>
        <translation>Тело запроса должно быть объектом JSON</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>не длиннее %1 символов</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
</context>
<context>
    <name>LocationRoutes</name>
    <message>
        <source>must not be null</source>
        <translation>не может быть null</translation>
    </message>
</context>
<context>
    <name>LocationService</name>
    <message>
        <source>must not be blank</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>не длиннее %1 символов</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Район</translation>
    </message>
</context>
<context>
    <name>LocationStore</name>
    <message>
        <source>A location named &quot;%1&quot; already exists</source>
        <translation>Район «%1» уже есть</translation>
    </message>
    <message>
        <source>already taken</source>
        <translation>уже занято</translation>
    </message>
</context>
<context>
    <name>MasterRoutes</name>
    <message>
        <source>master_id must be a positive integer</source>
        <translation>master_id: должно быть целым положительным числом</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 timestamp with offset</source>
        <translation>%1: должно быть временем ISO 8601 со смещением</translation>
    </message>
</context>
<context>
    <name>MasterService</name>
    <message>
        <source>Master</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <source>You are already checked in</source>
        <translation>Вы уже на смене</translation>
    </message>
    <message>
        <source>You are not checked in</source>
        <translation>Вы не на смене</translation>
    </message>
</context>
<context>
    <name>NotificationRoutes</name>
    <message>
        <source>must be one of pending, sent, failed</source>
        <translation>должно быть одним из: pending, sent, failed</translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>Notification not found</source>
        <translation>Сообщение не найдено</translation>
    </message>
    <message>
        <source>Only a failed notification can be retried (this one is &quot;%1&quot;)</source>
        <translation>Повторить можно только сообщение, которое не удалось отправить (у этого статус «%1»)</translation>
    </message>
</context>
<context>
    <name>OrderQuery</name>
    <message>
        <source>Unknown order status &quot;%1&quot;</source>
        <translation>Неизвестный статус заявки «%1»</translation>
    </message>
    <message>
        <source>%1 must be a positive integer</source>
        <translation>%1: должно быть целым положительным числом</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 timestamp with offset, e.g. 2026-11-25T14:01:00+03:00</source>
        <translation>%1: должно быть временем ISO 8601 со смещением, например 2026-11-25T14:01:00+03:00</translation>
    </message>
    <message>
        <source>limit must be a positive integer</source>
        <translation>limit: должно быть целым положительным числом</translation>
    </message>
    <message>
        <source>cursor is not a cursor this server gave out</source>
        <translation>cursor: не курсор, выданный этим сервером</translation>
    </message>
</context>
<context>
    <name>OrderRoutes</name>
    <message>
        <source>must be an integer</source>
        <translation>должно быть целым числом</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>Order not found</source>
        <translation>Заявка не найдена</translation>
    </message>
    <message>
        <source>is not a known, active location</source>
        <translation>такого действующего района нет</translation>
    </message>
    <message>
        <source>This phone number is blacklisted: %1. Confirm to create the order anyway.</source>
        <translation>Этот номер в чёрном списке: %1. Подтвердите, чтобы всё равно создать заявку.</translation>
    </message>
    <message>
        <source>This phone number is blacklisted: %1. Only a coordinator or an administrator can accept an order from it.</source>
        <translation>Этот номер в чёрном списке: %1. Принять с него заявку может только координатор или администратор.</translation>
    </message>
    <message>
        <source>Someone else changed this order meanwhile; reload it and try again</source>
        <translation>Заявку тем временем изменил кто-то другой; обновите её и попробуйте снова</translation>
    </message>
    <message>
        <source>Client details can be changed only before the work starts (order is &quot;%1&quot;)</source>
        <translation>Данные клиента можно менять только до начала работ (статус заявки: «%1»)</translation>
    </message>
    <message>
        <source>is not an active master</source>
        <translation>такого действующего мастера нет</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>This master already has an active order; finish or unassign it first</source>
        <translation>У этого мастера уже есть активная заявка; сначала завершите или снимите её</translation>
    </message>
</context>
<context>
    <name>OrderValidator</name>
    <message>
        <source>must not be null</source>
        <translation>не может быть null</translation>
    </message>
    <message>
        <source>is not a known location</source>
        <translation>такого района нет</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>не длиннее %1 символов</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>%1 is required for a custom period</source>
        <translation>%1: обязательно для произвольного периода</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 timestamp with offset</source>
        <translation>%1: должно быть временем ISO 8601 со смещением</translation>
    </message>
    <message>
        <source>period must be one of today, week, month, custom</source>
        <translation>period: одно из today, week, month, custom</translation>
    </message>
    <message>
        <source>to must be later than from</source>
        <translation>to: должно быть позже from</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>location_id must be a positive integer</source>
        <translation>location_id: должно быть целым положительным числом</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>Sign in first</source>
        <translation>Сначала войдите в систему</translation>
    </message>
    <message>
        <source>Method %1 is not allowed here</source>
        <translation>Метод %1 здесь не разрешён</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>Read settings from FILE.</source>
        <translation>Читать настройки из файла FILE.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>See API.md, Server command line.</source>
        <translation>См. API.md, раздел «Server command line».</translation>
    </message>
    <message>
        <source>See README.md, Additions to the contract.</source>
        <translation>См. README.md, раздел «Additions to the contract».</translation>
    </message>
    <message>
        <source>Config file %1 does not exist</source>
        <translation>Файла настроек %1 нет</translation>
    </message>
    <message>
        <source>Config file %1 cannot be read</source>
        <translation>Не удаётся прочитать файл настроек %1</translation>
    </message>
    <message>
        <source>--%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation>--%1: нужно целое положительное число, а не «%2»</translation>
    </message>
    <message>
        <source>--listen must be HOST:PORT, got &quot;%1&quot;</source>
        <translation>--listen: нужно HOST:PORT, а не «%1»</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>must be a Telegram chat id: digits, optionally after a minus sign</source>
        <translation>должно быть id чата Telegram: цифры, возможно со знаком минус впереди</translation>
    </message>
    <message>
        <source>must be an IANA time zone such as Europe/Moscow</source>
        <translation>должно быть часовым поясом IANA, например Europe/Moscow</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>must be one of operator, coordinator, master, admin</source>
        <translation>одно из operator, coordinator, master, admin</translation>
    </message>
    <message>
        <source>is not a valid phone number</source>
        <translation>неправильный номер телефона</translation>
    </message>
    <message>
        <source>must be a Telegram chat id: digits, optionally after a minus sign</source>
        <translation>должно быть id чата Telegram: цифры, возможно со знаком минус впереди</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>не может быть null</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>не длиннее %1 символов</translation>
    </message>
    <message>
        <source>may contain only letters, digits and . _ - @</source>
        <translation>может содержать только буквы, цифры и . _ - @</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another user an administrator first</source>
        <translation>Это последний действующий администратор; сначала сделайте администратором другого пользователя</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The login &quot;%1&quot; is already taken</source>
        <translation>Логин «%1» уже занят</translation>
    </message>
    <message>
        <source>already taken</source>
        <translation>уже занят</translation>
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
    <name>okna::Notification</name>
    <message>
        <source>status must be one of pending, sent, failed</source>
        <translation>status: одно из pending, sent, failed</translation>
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
</TS>
