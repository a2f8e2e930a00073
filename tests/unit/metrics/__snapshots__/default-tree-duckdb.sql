-- request 0 optimised events aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	count(*) AS "active_customers.value",
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 0 optimised events series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		date_trunc('day', "events"."ts" + periods.shift) AS bucket,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-07-14' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	bucket,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	bucket,
	count(*) AS "active_customers.value",
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, bucket, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 0 optimised tickets aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 0 optimised tickets series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		date_trunc('day', "tickets"."created_at" + periods.shift) AS bucket,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-07-14' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	bucket,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	greatest(date_trunc('day', changes.changed_at + periods.shift), periods.first_bucket) AS bucket,
	sum(changes.change) AS "backlog.change"
FROM (
	SELECT "tickets".*, "tickets"."created_at" AS changed_at, 1 AS change
	FROM "tickets"
	UNION ALL
	SELECT "tickets".*, greatest("tickets"."resolved_at", "tickets"."created_at") AS changed_at, -1 AS change
	FROM "tickets"
	WHERE "tickets"."resolved_at" IS NOT NULL
) AS changes
JOIN periods ON changes.changed_at < periods.period_end
GROUP BY ALL;

-- request 0 optimised surveys aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-09-01' AND "surveys"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 optimised surveys series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		date_trunc('day', "surveys"."ts" + periods.shift) AS bucket,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-07-14' AND "surveys"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	bucket,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 raw events aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "active_customers.value",
	list_count(list_filter(map_values(histogram("customer_id") FILTER (WHERE ("event_type" = 'order'))), lambda n: n >= 2)) AS "repurchase_rate.num",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "repurchase_rate.den",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 0 raw events series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(date_trunc('day', "events"."ts" + periods.shift), periods.first_bucket) AS bucket,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
)
SELECT
	period,
	bucket,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "active_customers.value",
	list_count(list_filter(map_values(histogram("customer_id") FILTER (WHERE ("event_type" = 'order'))), lambda n: n >= 2)) AS "repurchase_rate.num",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "repurchase_rate.den",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 0 raw tickets aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
)
SELECT
	period,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 0 raw tickets series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(date_trunc('day', "tickets"."created_at" + periods.shift), periods.first_bucket) AS bucket,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
)
SELECT
	period,
	bucket,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	greatest(date_trunc('day', changes.changed_at + periods.shift), periods.first_bucket) AS bucket,
	sum(changes.change) AS "backlog.change"
FROM (
	SELECT "tickets".*, "tickets"."created_at" AS changed_at, 1 AS change
	FROM "tickets"
	UNION ALL
	SELECT "tickets".*, greatest("tickets"."resolved_at", "tickets"."created_at") AS changed_at, -1 AS change
	FROM "tickets"
	WHERE "tickets"."resolved_at" IS NOT NULL
) AS changes
JOIN periods ON changes.changed_at < periods.period_end
GROUP BY ALL;

-- request 0 raw surveys aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
)
SELECT
	period,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 raw surveys series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(date_trunc('day', "surveys"."ts" + periods.shift), periods.first_bucket) AS bucket,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
)
SELECT
	period,
	bucket,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown contact_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown contact_rate by channel: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown contact_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown contact_rate by category: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown contact_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown contact_rate by priority: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown contact_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown contact_rate by team: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown tickets by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown tickets by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown tickets by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown tickets by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown orders by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown orders by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown csat by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown csat by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown csat by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown csat by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown nps by touchpoint
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys"."touchpoint" AS dimension_value,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-09-01' AND "surveys"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq"
FROM facts
GROUP BY ALL;

-- request 0 breakdown frt_median by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown frt_median by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown frt_median by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown frt_median by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown resolution_median by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown resolution_median by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown resolution_median by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown resolution_median by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown self_service_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown self_service_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown self_service_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown self_service_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown sla_attainment by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown sla_attainment by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown sla_attainment by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown sla_attainment by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown frt_p90 by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown frt_p90 by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown frt_p90 by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown frt_p90 by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 0 breakdown backlog by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."channel" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 0 breakdown backlog by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."category" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 0 breakdown backlog by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."priority" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 0 breakdown backlog by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."team" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 0 breakdown one_touch_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown one_touch_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown one_touch_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown one_touch_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown reopen_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown reopen_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown reopen_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown reopen_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown repeat_contact_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown repeat_contact_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown repeat_contact_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown repeat_contact_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown active_customers by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 0 breakdown active_customers by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 0 breakdown orders_per_customer by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown orders_per_customer by channel: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 0 breakdown orders_per_customer by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown orders_per_customer by segment: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 0 breakdown repurchase_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 0 breakdown repurchase_rate by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 0 breakdown detractor_rate by touchpoint
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys"."touchpoint" AS dimension_value,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-09-01' AND "surveys"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 0 breakdown visits by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown visits by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown conversion_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown conversion_rate by channel: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown conversion_rate by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 0 breakdown conversion_rate by segment: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 1 optimised events aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	count(*) AS "active_customers.value",
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 1 optimised events series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		CASE WHEN periods.period = 'daily' THEN date_trunc('day', "events"."ts") ELSE date_trunc('week', "events"."ts" + periods.shift) END AS bucket,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-07-14' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	bucket,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	bucket,
	count(*) AS "active_customers.value",
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, bucket, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 1 optimised tickets aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
	AND "tickets"."priority" IN ('o''high')
GROUP BY ALL;

-- request 1 optimised tickets series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		CASE WHEN periods.period = 'daily' THEN date_trunc('day', "tickets"."created_at") ELSE date_trunc('week', "tickets"."created_at" + periods.shift) END AS bucket,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-07-14' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	bucket,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', changes.changed_at) ELSE date_trunc('week', changes.changed_at + periods.shift) END, periods.first_bucket) AS bucket,
	sum(changes.change) AS "backlog.change"
FROM (
	SELECT "tickets".*, "tickets"."created_at" AS changed_at, 1 AS change
	FROM "tickets"
	WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
	UNION ALL
	SELECT "tickets".*, greatest("tickets"."resolved_at", "tickets"."created_at") AS changed_at, -1 AS change
	FROM "tickets"
	WHERE "tickets"."resolved_at" IS NOT NULL
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
) AS changes
JOIN periods ON changes.changed_at < periods.period_end
GROUP BY ALL;

-- request 1 optimised surveys aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-09-01' AND "surveys"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 optimised surveys series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		CASE WHEN periods.period = 'daily' THEN date_trunc('day', "surveys"."ts") ELSE date_trunc('week', "surveys"."ts" + periods.shift) END AS bucket,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-07-14' AND "surveys"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	bucket,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 raw events aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "active_customers.value",
	list_count(list_filter(map_values(histogram("customer_id") FILTER (WHERE ("event_type" = 'order'))), lambda n: n >= 2)) AS "repurchase_rate.num",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "repurchase_rate.den",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 1 raw events series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "events"."ts") ELSE date_trunc('week', "events"."ts" + periods.shift) END, periods.first_bucket) AS bucket,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	bucket,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "active_customers.value",
	list_count(list_filter(map_values(histogram("customer_id") FILTER (WHERE ("event_type" = 'order'))), lambda n: n >= 2)) AS "repurchase_rate.num",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "repurchase_rate.den",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 1 raw tickets aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
	AND "tickets"."priority" IN ('o''high')
GROUP BY ALL;

-- request 1 raw tickets series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "tickets"."created_at") ELSE date_trunc('week', "tickets"."created_at" + periods.shift) END, periods.first_bucket) AS bucket,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	bucket,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', changes.changed_at) ELSE date_trunc('week', changes.changed_at + periods.shift) END, periods.first_bucket) AS bucket,
	sum(changes.change) AS "backlog.change"
FROM (
	SELECT "tickets".*, "tickets"."created_at" AS changed_at, 1 AS change
	FROM "tickets"
	WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
	UNION ALL
	SELECT "tickets".*, greatest("tickets"."resolved_at", "tickets"."created_at") AS changed_at, -1 AS change
	FROM "tickets"
	WHERE "tickets"."resolved_at" IS NOT NULL
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
) AS changes
JOIN periods ON changes.changed_at < periods.period_end
GROUP BY ALL;

-- request 1 raw surveys aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
)
SELECT
	period,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 raw surveys series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-09-08'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '7 days', TIMESTAMP '2025-09-08'),
		('daily', TIMESTAMP '2025-07-14', TIMESTAMP '2025-09-15', INTERVAL '0 days', TIMESTAMP '2025-07-14')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "surveys"."ts") ELSE date_trunc('week', "surveys"."ts" + periods.shift) END, periods.first_bucket) AS bucket,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
)
SELECT
	period,
	bucket,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown contact_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown contact_rate by channel: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown contact_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown contact_rate by category: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown contact_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown contact_rate by priority: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown contact_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown contact_rate by team: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown tickets by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown tickets by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown tickets by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown tickets by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown orders by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown orders by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown csat by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown csat by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown csat by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown csat by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown nps by touchpoint
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys"."touchpoint" AS dimension_value,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-09-01' AND "surveys"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq"
FROM facts
GROUP BY ALL;

-- request 1 breakdown frt_median by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown frt_median by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown frt_median by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown frt_median by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown resolution_median by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown resolution_median by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown resolution_median by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown resolution_median by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown self_service_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown self_service_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown self_service_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown self_service_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown sla_attainment by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown sla_attainment by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown sla_attainment by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown sla_attainment by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown frt_p90 by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown frt_p90 by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown frt_p90 by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown frt_p90 by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 1 breakdown backlog by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."channel" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
	AND "tickets"."priority" IN ('o''high')
GROUP BY ALL;

-- request 1 breakdown backlog by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."category" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
	AND "tickets"."priority" IN ('o''high')
GROUP BY ALL;

-- request 1 breakdown backlog by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."priority" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
	AND "tickets"."priority" IN ('o''high')
GROUP BY ALL;

-- request 1 breakdown backlog by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."team" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
WHERE ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
	AND "tickets"."priority" IN ('o''high')
GROUP BY ALL;

-- request 1 breakdown one_touch_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown one_touch_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown one_touch_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown one_touch_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown reopen_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown reopen_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown reopen_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown reopen_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown repeat_contact_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown repeat_contact_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown repeat_contact_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown repeat_contact_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-15'
		AND ("tickets"."channel" IN ('email') OR "tickets"."channel" IS NULL)
		AND "tickets"."priority" IN ('o''high')
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown active_customers by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 1 breakdown active_customers by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 1 breakdown orders_per_customer by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown orders_per_customer by channel: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 1 breakdown orders_per_customer by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown orders_per_customer by segment: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 1 breakdown repurchase_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 1 breakdown repurchase_rate by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 1 breakdown detractor_rate by touchpoint
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys"."touchpoint" AS dimension_value,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-09-01' AND "surveys"."ts" < TIMESTAMP '2025-09-15'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 1 breakdown visits by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown visits by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown conversion_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown conversion_rate by channel: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown conversion_rate by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 1 breakdown conversion_rate by segment: denominator events
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-08', TIMESTAMP '2025-09-15'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-15'
		AND ("events"."channel" IN ('email') OR "events"."channel" IS NULL)
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 2 optimised events aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	count(*) AS "active_customers.value",
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 2 optimised events series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-04-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01', INTERVAL '90 days', TIMESTAMP '2025-04-01'),
		('daily', TIMESTAMP '2025-02-04', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-02-04')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		CASE WHEN periods.period = 'daily' THEN date_trunc('day', "events"."ts") ELSE date_trunc('month', "events"."ts" + periods.shift) END AS bucket,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	bucket,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	bucket,
	count(*) AS "active_customers.value",
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, bucket, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 2 optimised tickets aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 2 optimised tickets series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-04-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01', INTERVAL '90 days', TIMESTAMP '2025-04-01'),
		('daily', TIMESTAMP '2025-02-04', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-02-04')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		CASE WHEN periods.period = 'daily' THEN date_trunc('day', "tickets"."created_at") ELSE date_trunc('month', "tickets"."created_at" + periods.shift) END AS bucket,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	bucket,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', changes.changed_at) ELSE date_trunc('month', changes.changed_at + periods.shift) END, periods.first_bucket) AS bucket,
	sum(changes.change) AS "backlog.change"
FROM (
	SELECT "tickets".*, "tickets"."created_at" AS changed_at, 1 AS change
	FROM "tickets"
	UNION ALL
	SELECT "tickets".*, greatest("tickets"."resolved_at", "tickets"."created_at") AS changed_at, -1 AS change
	FROM "tickets"
	WHERE "tickets"."resolved_at" IS NOT NULL
) AS changes
JOIN periods ON changes.changed_at < periods.period_end
GROUP BY ALL;

-- request 2 optimised surveys aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-01-01' AND "surveys"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 optimised surveys series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-04-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01', INTERVAL '90 days', TIMESTAMP '2025-04-01'),
		('daily', TIMESTAMP '2025-02-04', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-02-04')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		CASE WHEN periods.period = 'daily' THEN date_trunc('day', "surveys"."ts") ELSE date_trunc('month', "surveys"."ts" + periods.shift) END AS bucket,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-01-01' AND "surveys"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	bucket,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 raw events aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "active_customers.value",
	list_count(list_filter(map_values(histogram("customer_id") FILTER (WHERE ("event_type" = 'order'))), lambda n: n >= 2)) AS "repurchase_rate.num",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "repurchase_rate.den",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 2 raw events series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-04-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01', INTERVAL '90 days', TIMESTAMP '2025-04-01'),
		('daily', TIMESTAMP '2025-02-04', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-02-04')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "events"."ts") ELSE date_trunc('month', "events"."ts" + periods.shift) END, periods.first_bucket) AS bucket,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
)
SELECT
	period,
	bucket,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "active_customers.value",
	list_count(list_filter(map_values(histogram("customer_id") FILTER (WHERE ("event_type" = 'order'))), lambda n: n >= 2)) AS "repurchase_rate.num",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "repurchase_rate.den",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 2 raw tickets aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
)
SELECT
	period,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 2 raw tickets series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-04-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01', INTERVAL '90 days', TIMESTAMP '2025-04-01'),
		('daily', TIMESTAMP '2025-02-04', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-02-04')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "tickets"."created_at") ELSE date_trunc('month', "tickets"."created_at" + periods.shift) END, periods.first_bucket) AS bucket,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
)
SELECT
	period,
	bucket,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', changes.changed_at) ELSE date_trunc('month', changes.changed_at + periods.shift) END, periods.first_bucket) AS bucket,
	sum(changes.change) AS "backlog.change"
FROM (
	SELECT "tickets".*, "tickets"."created_at" AS changed_at, 1 AS change
	FROM "tickets"
	UNION ALL
	SELECT "tickets".*, greatest("tickets"."resolved_at", "tickets"."created_at") AS changed_at, -1 AS change
	FROM "tickets"
	WHERE "tickets"."resolved_at" IS NOT NULL
) AS changes
JOIN periods ON changes.changed_at < periods.period_end
GROUP BY ALL;

-- request 2 raw surveys aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
)
SELECT
	period,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 raw surveys series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-04-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01', INTERVAL '90 days', TIMESTAMP '2025-04-01'),
		('daily', TIMESTAMP '2025-02-04', TIMESTAMP '2025-07-01', INTERVAL '0 days', TIMESTAMP '2025-02-04')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "surveys"."ts") ELSE date_trunc('month', "surveys"."ts" + periods.shift) END, periods.first_bucket) AS bucket,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
)
SELECT
	period,
	bucket,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown tickets by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 2 breakdown tickets by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 2 breakdown tickets by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 2 breakdown tickets by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 2 breakdown orders by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 2 breakdown orders by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 2 breakdown csat by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown csat by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown csat by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown csat by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown nps by touchpoint
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys"."touchpoint" AS dimension_value,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-01-01' AND "surveys"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq"
FROM facts
GROUP BY ALL;

-- request 2 breakdown frt_median by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown frt_median by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown frt_median by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown frt_median by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown resolution_median by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown resolution_median by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown resolution_median by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown resolution_median by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown self_service_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown self_service_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown self_service_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown self_service_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown sla_attainment by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown sla_attainment by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown sla_attainment by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown sla_attainment by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown frt_p90 by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown frt_p90 by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown frt_p90 by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown frt_p90 by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 2 breakdown backlog by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."channel" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 2 breakdown backlog by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."category" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 2 breakdown backlog by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."priority" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 2 breakdown backlog by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."team" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 2 breakdown one_touch_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown one_touch_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown one_touch_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown one_touch_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown reopen_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown reopen_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown reopen_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown reopen_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown repeat_contact_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown repeat_contact_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown repeat_contact_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown repeat_contact_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-01' AND "tickets"."created_at" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown active_customers by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 2 breakdown active_customers by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 2 breakdown repurchase_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 2 breakdown repurchase_rate by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 2 breakdown detractor_rate by touchpoint
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys"."touchpoint" AS dimension_value,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-01-01' AND "surveys"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 2 breakdown visits by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 2 breakdown visits by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-04-01', TIMESTAMP '2025-07-01'),
		('previous', TIMESTAMP '2025-01-01', TIMESTAMP '2025-04-01')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-01-01' AND "events"."ts" < TIMESTAMP '2025-07-01'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 3 optimised events aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	count(*) AS "active_customers.value",
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 3 optimised events series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-09-10'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '9 days', TIMESTAMP '2025-09-10'),
		('daily', TIMESTAMP '2025-07-16', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-07-16')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "events"."ts") ELSE date_trunc('week', "events"."ts" + periods.shift) END, periods.first_bucket) AS bucket,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-07-16' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	bucket,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	bucket,
	count(*) AS "active_customers.value",
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, bucket, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 3 optimised tickets aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 3 optimised tickets series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-09-10'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '9 days', TIMESTAMP '2025-09-10'),
		('daily', TIMESTAMP '2025-07-16', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-07-16')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "tickets"."created_at") ELSE date_trunc('week', "tickets"."created_at" + periods.shift) END, periods.first_bucket) AS bucket,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-07-16' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	bucket,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', changes.changed_at) ELSE date_trunc('week', changes.changed_at + periods.shift) END, periods.first_bucket) AS bucket,
	sum(changes.change) AS "backlog.change"
FROM (
	SELECT "tickets".*, "tickets"."created_at" AS changed_at, 1 AS change
	FROM "tickets"
	UNION ALL
	SELECT "tickets".*, greatest("tickets"."resolved_at", "tickets"."created_at") AS changed_at, -1 AS change
	FROM "tickets"
	WHERE "tickets"."resolved_at" IS NOT NULL
) AS changes
JOIN periods ON changes.changed_at < periods.period_end
GROUP BY ALL;

-- request 3 optimised surveys aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-09-01' AND "surveys"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 optimised surveys series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-09-10'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '9 days', TIMESTAMP '2025-09-10'),
		('daily', TIMESTAMP '2025-07-16', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-07-16')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "surveys"."ts") ELSE date_trunc('week', "surveys"."ts" + periods.shift) END, periods.first_bucket) AS bucket,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-07-16' AND "surveys"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	bucket,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 raw events aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
)
SELECT
	period,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "active_customers.value",
	list_count(list_filter(map_values(histogram("customer_id") FILTER (WHERE ("event_type" = 'order'))), lambda n: n >= 2)) AS "repurchase_rate.num",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "repurchase_rate.den",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 3 raw events series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-09-10'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '9 days', TIMESTAMP '2025-09-10'),
		('daily', TIMESTAMP '2025-07-16', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-07-16')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "events"."ts") ELSE date_trunc('week', "events"."ts" + periods.shift) END, periods.first_bucket) AS bucket,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
)
SELECT
	period,
	bucket,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "active_customers.value",
	list_count(list_filter(map_values(histogram("customer_id") FILTER (WHERE ("event_type" = 'order'))), lambda n: n >= 2)) AS "repurchase_rate.num",
	count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "repurchase_rate.den",
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 3 raw tickets aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
)
SELECT
	period,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 3 raw tickets series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-09-10'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '9 days', TIMESTAMP '2025-09-10'),
		('daily', TIMESTAMP '2025-07-16', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-07-16')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "tickets"."created_at") ELSE date_trunc('week', "tickets"."created_at" + periods.shift) END, periods.first_bucket) AS bucket,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
)
SELECT
	period,
	bucket,
	count(*) AS "tickets.value",
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi",
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	periods.period,
	greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', changes.changed_at) ELSE date_trunc('week', changes.changed_at + periods.shift) END, periods.first_bucket) AS bucket,
	sum(changes.change) AS "backlog.change"
FROM (
	SELECT "tickets".*, "tickets"."created_at" AS changed_at, 1 AS change
	FROM "tickets"
	UNION ALL
	SELECT "tickets".*, greatest("tickets"."resolved_at", "tickets"."created_at") AS changed_at, -1 AS change
	FROM "tickets"
	WHERE "tickets"."resolved_at" IS NOT NULL
) AS changes
JOIN periods ON changes.changed_at < periods.period_end
GROUP BY ALL;

-- request 3 raw surveys aggregate
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
)
SELECT
	period,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 raw surveys series
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-09-10'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08', INTERVAL '9 days', TIMESTAMP '2025-09-10'),
		('daily', TIMESTAMP '2025-07-16', TIMESTAMP '2025-09-17', INTERVAL '0 days', TIMESTAMP '2025-07-16')
	) AS p(period, period_start, period_end, shift, first_bucket)
),
facts AS (
	SELECT
		periods.period,
		greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', "surveys"."ts") ELSE date_trunc('week', "surveys"."ts" + periods.shift) END, periods.first_bucket) AS bucket,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
)
SELECT
	period,
	bucket,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq",
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown tickets by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 3 breakdown tickets by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 3 breakdown tickets by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 3 breakdown tickets by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) AS "tickets.value"
FROM facts
GROUP BY ALL;

-- request 3 breakdown orders by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 3 breakdown orders by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'order')) AS "orders.value"
FROM facts
GROUP BY ALL;

-- request 3 breakdown csat by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown csat by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown csat by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown csat by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
	count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown nps by touchpoint
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys"."touchpoint" AS dimension_value,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-09-01' AND "surveys"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	sum(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.sum",
	count(CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) AS "nps.n",
	sum((CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END) * (CASE WHEN "score" >= 9 THEN 100 WHEN "score" <= 6 THEN -100 ELSE 0 END)) AS "nps.sumsq"
FROM facts
GROUP BY ALL;

-- request 3 breakdown frt_median by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown frt_median by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown frt_median by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown frt_median by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.5) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.4) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.6) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_median.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "frt_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown resolution_median by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown resolution_median by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown resolution_median by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown resolution_median by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.5) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.value",
	count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.n",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.4) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.lo",
	quantile_cont(epoch("resolved_at" - "created_at") / 3600, 0.6) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "resolution_median.hi",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, floor(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_lo",
	list_sort(list(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE (epoch("resolved_at" - "created_at") / 3600) IS NOT NULL AND ("resolved_at" IS NOT NULL)))[least(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)), greatest(1, ceil(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("resolved_at" - "created_at") / 3600) FILTER (WHERE ("resolved_at" IS NOT NULL)) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT] AS "resolution_median.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown self_service_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown self_service_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown self_service_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown self_service_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (coalesce("self_service", false))) AS "self_service_rate.num",
	count(*) AS "self_service_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown sla_attainment by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown sla_attainment by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown sla_attainment by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown sla_attainment by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE (NOT coalesce("self_service", false)) AND ("first_response_at" <= "created_at" + to_minutes(CASE "channel" WHEN 'chat' THEN 5 WHEN 'phone' THEN 5 WHEN 'social' THEN 60 WHEN 'email' THEN 240 ELSE 240 END))) AS "sla_attainment.num",
	count(*) FILTER (WHERE (NOT coalesce("self_service", false))) AS "sla_attainment.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown frt_p90 by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown frt_p90 by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown frt_p90 by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown frt_p90 by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.value",
	count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.n",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.lo",
	quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) FILTER (WHERE ("first_response_at" IS NOT NULL)) AS "frt_p90.hi",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
	list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL AND ("first_response_at" IS NOT NULL)))[least(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE ("first_response_at" IS NOT NULL)) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi"
FROM facts
GROUP BY ALL;

-- request 3 breakdown backlog by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."channel" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 3 breakdown backlog by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."category" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 3 breakdown backlog by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."priority" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 3 breakdown backlog by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
)
SELECT
	periods.period,
	"tickets"."team" AS dimension_value,
	count(*) AS "backlog.value"
FROM "tickets"
JOIN periods ON "tickets"."created_at" < periods.period_end
	AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
GROUP BY ALL;

-- request 3 breakdown one_touch_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown one_touch_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown one_touch_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown one_touch_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false)) AND (coalesce("agent_replies", 0) <= 1 AND coalesce("reopens", 0) = 0)) AS "one_touch_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL AND NOT coalesce("self_service", false))) AS "one_touch_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown reopen_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown reopen_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown reopen_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown reopen_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL) AND (coalesce("reopens", 0) > 0)) AS "reopen_rate.num",
	count(*) FILTER (WHERE ("resolved_at" IS NOT NULL)) AS "reopen_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown repeat_contact_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."channel" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown repeat_contact_rate by category
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."category" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown repeat_contact_rate by priority
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."priority" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown repeat_contact_rate by team
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"tickets"."team" AS dimension_value,
		"tickets".*,
		EXISTS (
			SELECT 1 FROM "tickets" AS later
			WHERE later."customer_id" = "tickets"."customer_id"
				AND later."created_at" > "tickets"."created_at"
				AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
		) AS "repeat_contact_rate.repeat"
	FROM "tickets"
	JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
	WHERE "tickets"."created_at" >= TIMESTAMP '2025-09-01' AND "tickets"."created_at" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
	count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown active_customers by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 3 breakdown active_customers by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) AS "active_customers.value"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 3 breakdown repurchase_rate by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 3 breakdown repurchase_rate by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS NOT MATERIALIZED (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value
FROM facts
GROUP BY ALL
UNION ALL BY NAME
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
	count(*) AS "repurchase_rate.den"
FROM (
	SELECT period, dimension_value, "customer_id" AS distinct_value, count(*) AS value_rows
	FROM facts
	WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
	GROUP BY ALL
) AS per_value
GROUP BY ALL;

-- request 3 breakdown detractor_rate by touchpoint
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"surveys"."touchpoint" AS dimension_value,
		"surveys".*
	FROM "surveys"
	JOIN periods ON "surveys"."ts" >= periods.period_start AND "surveys"."ts" < periods.period_end
	WHERE "surveys"."ts" >= TIMESTAMP '2025-09-01' AND "surveys"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("score" <= 6)) AS "detractor_rate.num",
	count(*) AS "detractor_rate.den"
FROM facts
GROUP BY ALL;

-- request 3 breakdown visits by channel
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."channel" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;

-- request 3 breakdown visits by segment
WITH periods AS (
	SELECT * FROM (VALUES
		('current', TIMESTAMP '2025-09-10', TIMESTAMP '2025-09-17'),
		('previous', TIMESTAMP '2025-09-01', TIMESTAMP '2025-09-08')
	) AS p(period, period_start, period_end)
),
facts AS (
	SELECT
		periods.period,
		"events"."segment" AS dimension_value,
		"events".*
	FROM "events"
	JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
	WHERE "events"."ts" >= TIMESTAMP '2025-09-01' AND "events"."ts" < TIMESTAMP '2025-09-17'
)
SELECT
	period,
	dimension_value,
	count(*) FILTER (WHERE ("event_type" = 'visit')) AS "visits.value"
FROM facts
GROUP BY ALL;
