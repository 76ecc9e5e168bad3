-- Fills an okna database with realistic orders for the benchmark: 10 districts, 60 masters and
-- :count orders (default 1,000,000) over the last two years, all through generate_series.
-- Run on a migrated database with at least one admin user (the creator of every order).
-- The order indexes are dropped for the load and rebuilt from their own definitions afterwards:
-- building an index once is many times faster than updating it a million times.

SET maintenance_work_mem = '256MB';
SET synchronous_commit = off;

INSERT INTO locations (name)
SELECT d FROM unnest(ARRAY['Центральный', 'Северный', 'Южный', 'Западный', 'Восточный', 'Заречный',
                           'Ленинский', 'Советский', 'Кировский', 'Октябрьский']) AS d
ON CONFLICT DO NOTHING;

INSERT INTO users (login, password_hash, full_name, role, phone)
SELECT 'bench-master-' || g, '!', s.surname || ' ' || f.first || ' ' || f.patronymic, 'master',
       '+7916' || lpad((1000000 + g)::text, 7, '0')
FROM generate_series(1, 60) AS g
CROSS JOIN LATERAL (SELECT (ARRAY['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов',
                                  'Михайлов'])[1 + g % 8] AS surname) s
CROSS JOIN LATERAL (SELECT (ARRAY['Сергей', 'Андрей', 'Алексей', 'Дмитрий', 'Михаил'])[1 + g % 5] AS first,
                           (ARRAY['Иванович', 'Петрович', 'Сергеевич'])[1 + g % 3] AS patronymic) f
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE bench_saved_indexes AS
SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = 'public' AND tablename = 'orders' AND indexname NOT IN ('orders_pkey', 'orders_number_key');

DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexname FROM bench_saved_indexes LOOP
        EXECUTE 'DROP INDEX ' || quote_ident(r.indexname);
    END LOOP;
END $$;

WITH params AS (
    SELECT (SELECT array_agg(id ORDER BY id) FROM locations WHERE active) AS locations,
           (SELECT array_agg(id ORDER BY id) FROM users WHERE role = 'master' AND active) AS masters,
           (SELECT min(id) FROM users WHERE role = 'admin') AS creator,
           ARRAY['Анна', 'Ольга', 'Мария', 'Елена', 'Наталья', 'Ирина', 'Татьяна', 'Юлия', 'Светлана', 'Ника',
                 'Сергей', 'Андрей', 'Алексей', 'Дмитрий', 'Михаил', 'Николай', 'Павел', 'Виктор', 'Игорь', 'Олег'] AS firsts,
           ARRAY['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков',
                 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов',
                 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров'] AS surnames,
           ARRAY['ул. Ленина', 'ул. Гагарина', 'пр. Мира', 'ул. Советская', 'ул. Белорусская', 'ул. Садовая',
                 'Школьная ул.', 'ул. Лесная', 'Набережная ул.', 'ул. Пушкина', 'Комсомольский пр.', 'ул. Молодёжная',
                 'ул. Победы', 'ул. Чехова', 'ул. Строителей', 'ул. Заводская', 'ул. Кирова', 'ул. Речная',
                 'ул. Полевая', 'Центральная ул.'] AS streets,
           ARRAY['', '', '', 'Продувает створка', 'Не закрывается балконная дверь', 'Замена уплотнителя',
                 'Сломана ручка', 'Регулировка фурнитуры', 'Запотевает стеклопакет', 'Позвонить за час'] AS comments
),
raw AS (
    SELECT g,
           now() - (random() * interval '730 days') AS created_at,
           random() AS r_status, random() AS r_work,
           (random() * 1000000000)::bigint AS r
    FROM generate_series(1, 1000000) AS g
)
INSERT INTO orders (status, client_name, phone, address, location_id, comment, master_id, created_by, created_at,
                    assigned_at, started_at, completed_at, refused_at, refuse_reason, version, updated_at)
SELECT st.status,
       p.surnames[1 + raw.r % 25] || CASE WHEN raw.r / 25 % 20 < 10 THEN 'а ' ELSE ' ' END || p.firsts[1 + raw.r / 25 % 20],
       '+79' || lpad((raw.r % 1000000000)::text, 9, '0'),
       p.streets[1 + raw.r / 7 % 20] || ', д. ' || (1 + raw.r / 13 % 150) || ', кв. ' || (1 + raw.r / 17 % 300),
       p.locations[1 + raw.r / 3 % array_length(p.locations, 1)],
       p.comments[1 + raw.r / 11 % 10],
       CASE WHEN st.status = 'new' THEN NULL ELSE p.masters[1 + raw.r / 19 % array_length(p.masters, 1)] END,
       p.creator,
       raw.created_at,
       CASE WHEN st.status = 'new' THEN NULL ELSE raw.created_at + interval '20 minutes' END,
       CASE WHEN st.status = 'done' THEN raw.created_at + interval '2 hours' END,
       CASE WHEN st.status = 'done' THEN raw.created_at + interval '2 hours' + raw.r_work * interval '3 hours' END,
       CASE WHEN st.status = 'refused' THEN raw.created_at + raw.r_work * interval '5 hours' END,
       CASE WHEN st.status = 'refused' THEN (ARRAY['Клиент передумал', 'Не дозвонились', 'Нет фурнитуры'])[1 + raw.r % 3] END,
       CASE st.status WHEN 'new' THEN 1 WHEN 'refused' THEN 3 ELSE 4 END,
       raw.created_at + interval '6 hours'
FROM raw, params p,
     -- Old orders are finished; the last two days also hold new ones (active ones would break
     -- the one-active-order-per-master rule, so the benchmark's own assignments make those).
     LATERAL (SELECT CASE WHEN raw.created_at > now() - interval '2 days' AND raw.r_status < 0.5 THEN 'new'
                          WHEN raw.r_status < 0.85 THEN 'done'
                          ELSE 'refused' END AS status) st
-- In creation order, as a live table fills: the heap follows created_at like the real one does.
ORDER BY raw.created_at;

DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT indexdef FROM bench_saved_indexes LOOP
        EXECUTE r.indexdef;
    END LOOP;
END $$;

ANALYZE orders;
