--
-- PostgreSQL database dump
--

\restrict kRryyaP5CQR5LPwVqKZQxOdIxn3dvP9hEPh2aymHdKgkxiPAvv6qjBqNrgCC3s7

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: mt_archive_stream(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_archive_stream(streamid uuid) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  update public.mt_streams set is_archived = TRUE where id = streamid ;
  update public.mt_events set is_archived = TRUE where stream_id = streamid ;
END;
$$;


--
-- Name: mt_get_next_hi(character varying); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_get_next_hi(entity character varying) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
current_value bigint;
    next_value
bigint;
BEGIN
select hi_value
into current_value
from public.mt_hilo
where entity_name = entity;
IF
current_value is null THEN
        insert into public.mt_hilo (entity_name, hi_value) values (entity, 0);
        next_value
:= 0;
ELSE
        next_value := current_value + 1;
update public.mt_hilo
set hi_value = next_value
where entity_name = entity and hi_value = current_value;

IF
NOT FOUND THEN
            next_value := -1;
END IF;
END IF;

return next_value;
END

$$;


--
-- Name: mt_grams_array(text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_grams_array(words text, use_unaccent boolean DEFAULT false) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
        DECLARE
result text[];
        DECLARE
word text;
        DECLARE
clean_word text;
BEGIN
                FOREACH
word IN ARRAY string_to_array(words, ' ')
                LOOP
                     clean_word = regexp_replace(public.mt_safe_unaccent(use_unaccent, word), '[^a-zA-Z0-9]+', '','g');
FOR i IN 1 .. length(clean_word)
                     LOOP
                         result := result || quote_literal(substr(lower(clean_word), i, 1));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 2));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 3));
END LOOP;
END LOOP;

RETURN ARRAY(SELECT DISTINCT e FROM unnest(result) AS a(e) ORDER BY e);
END;
$$;


--
-- Name: mt_grams_query(text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_grams_query(text, use_unaccent boolean DEFAULT false) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(public.mt_grams_array($1, use_unaccent), ' & ') ::tsquery);
END
$_$;


--
-- Name: mt_grams_vector(text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_grams_vector(text, use_unaccent boolean DEFAULT false) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(public.mt_grams_array($1, use_unaccent), ' ') ::tsvector);
END
$_$;


--
-- Name: mt_immutable_date(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_immutable_date(value text) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$
select value::date

$$;


--
-- Name: mt_immutable_time(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_immutable_time(value text) RETURNS time without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::time

$$;


--
-- Name: mt_immutable_timestamp(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_immutable_timestamp(value text) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamp

$$;


--
-- Name: mt_immutable_timestamptz(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_immutable_timestamptz(value text) RETURNS timestamp with time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamptz

$$;


--
-- Name: mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    patch_expression ALIAS FOR $5;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
            END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    tmp_value jsonb;
    _key text;
BEGIN
    tmp_value = retval #> location;

    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN NOT tmp_value ?| ARRAY(SELECT jsonb_object_keys(val)) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_copy(jsonb, text[], text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_copy(jsonb, text[], text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_path ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = public.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value::jsonb, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_duplicate(jsonb, text[], jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_duplicate(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    targets ALIAS FOR $3;
    tmp_value jsonb;
    target_path text[];
    target text;
BEGIN
    FOR target IN SELECT jsonb_array_elements_text(targets)
    LOOP
        target_path = public.mt_jsonb_path_to_array(target, '\.');
        retval = public.mt_jsonb_copy(retval, location, target_path);
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_fix_null_parent(jsonb, text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_fix_null_parent(jsonb, text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    dst_path ALIAS FOR $2;
    dst_path_segment text[] = ARRAY[]::text[];
    dst_path_array_length integer;
    i integer = 1;
BEGIN
    dst_path_array_length = array_length(dst_path, 1);
    WHILE i <=(dst_path_array_length - 1)
    LOOP
        dst_path_segment = dst_path_segment || ARRAY[dst_path[i]];
        IF retval #> dst_path_segment IS NULL OR retval #> dst_path_segment = 'null'::jsonb THEN
            retval = jsonb_set(retval, dst_path_segment, '{}'::jsonb, TRUE);
        END IF;
        i = i + 1;
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_increment(jsonb, text[], numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_increment(jsonb, text[], numeric) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    location ALIAS FOR $2;
    increment_value ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NULL THEN
        tmp_value = to_jsonb(0);
END IF;

RETURN jsonb_set(retval, location, to_jsonb(tmp_value::numeric + increment_value), TRUE);
END;
$_$;


--
-- Name: mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    elm_index ALIAS FOR $4;
    if_not_exists ALIAS FOR $5;
    patch_expression ALIAS FOR $6;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF elm_index IS NULL THEN
            elm_index = jsonb_array_length(tmp_value) + 1;
        END IF;
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_move(jsonb, text[], text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_move(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_name ALIAS FOR $3;
    dst_path text[];
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = retval #- src_path;
    dst_path = src_path;
    dst_path[array_length(dst_path, 1)] = dst_name;
    retval = public.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_patch(jsonb, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_patch(jsonb, jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    patchset ALIAS FOR $2;
    patch jsonb;
    patch_path text[];
    patch_expression jsonb;
    value jsonb;
BEGIN
    FOR patch IN SELECT * from jsonb_array_elements(patchset)
    LOOP
        patch_path = public.mt_jsonb_path_to_array((patch->>'path')::text, '\.');

        patch_expression = null;
        IF (patch->>'type') IN ('remove', 'append_if_not_exists', 'insert_if_not_exists') AND (patch->>'expression') IS NOT NULL THEN
            patch_expression = jsonb_path_query_array(retval #> patch_path, (patch->>'expression')::jsonpath);
        END IF;

        CASE patch->>'type'
            WHEN 'set' THEN
                retval = jsonb_set(retval, patch_path, (patch->'value')::jsonb, TRUE);
            WHEN 'delete' THEN
                retval = retval#-patch_path;
            WHEN 'append' THEN
                retval = public.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, FALSE);
            WHEN 'append_if_not_exists' THEN
                retval = public.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, TRUE, patch_expression);
            WHEN 'append_key_value' THEN
                retval = public.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, FALSE);
            WHEN 'append_key_value_if_not_exists' THEN
                retval = public.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, TRUE);
            WHEN 'insert' THEN
                retval = public.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, FALSE);
            WHEN 'insert_if_not_exists' THEN
                retval = public.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, TRUE, patch_expression);
            WHEN 'remove' THEN
                retval = public.mt_jsonb_remove(retval, patch_path, COALESCE(patch_expression, (patch->'value')::jsonb));
            WHEN 'remove_key' THEN
                retval = public.mt_jsonb_remove_key(retval, patch_path, (patch->>'key'));
            WHEN 'duplicate' THEN
                retval = public.mt_jsonb_duplicate(retval, patch_path, (patch->'targets')::jsonb);
            WHEN 'rename' THEN
                retval = public.mt_jsonb_move(retval, patch_path, (patch->>'to')::text);
            WHEN 'increment' THEN
                retval = public.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            WHEN 'increment_float' THEN
                retval = public.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            ELSE NULL;
        END CASE;
    END LOOP;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_path_to_array(text, character); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_path_to_array(text, character) RETURNS text[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    location ALIAS FOR $1;
    regex_pattern ALIAS FOR $2;
BEGIN
RETURN regexp_split_to_array(location, regex_pattern)::text[];
END;
$_$;


--
-- Name: mt_jsonb_remove(jsonb, text[], jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_remove(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF jsonb_typeof(val) = 'array' THEN
            tmp_remove = val;
        ELSE
            tmp_remove = jsonb_build_array(val);
        END IF;

        FOR patch_remove IN SELECT * FROM jsonb_array_elements(tmp_remove)
        LOOP
            tmp_value =(SELECT jsonb_agg(elem)
            FROM jsonb_array_elements(tmp_value) AS elem
            WHERE elem <> patch_remove);
        END LOOP;

        IF tmp_value IS NULL THEN
            tmp_value = '[]'::jsonb;
        END IF;
    END IF;
    RETURN jsonb_set(retval, location, tmp_value, FALSE);
END;
$_$;


--
-- Name: mt_jsonb_remove_key(jsonb, text[], text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_remove_key(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    _key ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        RETURN jsonb_set(retval, location, tmp_value - _key, FALSE);
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_mark_event_progression(character varying, bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_mark_event_progression(name character varying, last_encountered bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
INSERT INTO public.mt_event_progression (name, last_seq_id, last_updated)
VALUES (name, last_encountered, transaction_timestamp())
ON CONFLICT ON CONSTRAINT pk_mt_event_progression
    DO
UPDATE SET last_seq_id = last_encountered, last_updated = transaction_timestamp();

END;

$$;


--
-- Name: mt_mark_progression_with_skip(character varying, bigint, bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_mark_progression_with_skip(shard_name character varying, ending_sequence bigint, starting_sequence bigint) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    current_value bigint;
BEGIN
    select last_seq_id into current_value from public.mt_event_progression where name = shard_name;

    IF current_value is null then
        -- Bootstrap the high-water row on first invocation. Previously this branch
        -- returned 0, which left HighWaterAgent.CheckNowAsync polling forever because
        -- statistics.CurrentMark never advanced. Issue #4425.
        INSERT INTO public.mt_event_progression (name, last_seq_id, last_updated)
        VALUES (shard_name, ending_sequence, transaction_timestamp())
        ON CONFLICT ON CONSTRAINT pk_mt_event_progression
            DO UPDATE SET last_seq_id = ending_sequence, last_updated = transaction_timestamp();
        IF ending_sequence > starting_sequence THEN
            -- Idempotent: a rebuild/replay re-marks the same skip (ending_sequence is the
            -- PK). Re-recording an existing gap is a no-op. Conflict target is the PK
            -- constraint (the bare column name collides with the function parameter). #4530.
            insert into public.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
                on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        END IF;
        return ending_sequence;
    ELSIF current_value = starting_sequence THEN
        update public.mt_event_progression SET last_seq_id = ending_sequence, last_updated = transaction_timestamp() where shard_name = name;
        insert into public.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
            on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        return ending_sequence;
    ELSE
        return current_value;
    END IF;
END
$$;


--
-- Name: mt_quick_append_events(uuid, character varying, character varying, uuid[], character varying[], character varying[], jsonb[], bytea[], jsonb[], character varying[], timestamp with time zone[], bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_quick_append_events(stream uuid, stream_type character varying, tenantid character varying, event_ids uuid[], event_types character varying[], dotnet_types character varying[], bodies jsonb[], bdatas bytea[], headers jsonb[], user_names character varying[], timestamps timestamp with time zone[], expected_version bigint DEFAULT NULL::bigint) RETURNS bigint[]
    LANGUAGE plpgsql
    AS $$
DECLARE
	event_version bigint;
	stream_is_archived boolean;
	event_type varchar;
	event_id uuid;
	body jsonb;
	index int;
	seq bigint;
    actual_tenant varchar;
    is_new_stream boolean := false;
	return_value bigint[];
BEGIN
    if expected_version IS NOT NULL then
        -- COALESCE turns the NULL we get for a brand-new stream into 0, so a
        -- FetchForWriting against a non-existent stream (which sets
        -- ExpectedVersionOnServer = 0) and a StartStream(id, version: 0) both
        -- land on the new-stream branch instead of mis-firing the guard.
        select version, is_archived into event_version, stream_is_archived from public.mt_streams where id = stream;
        if COALESCE(event_version, 0) != expected_version then
            RAISE EXCEPTION 'Stream version mismatch on ''%'': expected %, actual %', stream, expected_version, COALESCE(event_version, 0) USING ERRCODE = 'MT003';
        end if;
    else
        select version, is_archived into event_version, stream_is_archived from public.mt_streams where id = stream;
    end if;

	if event_version IS NULL then
		event_version = 0;
		is_new_stream := true;
		-- #5456 follow-up: insert the FINAL version straight away rather than 0 plus a
		-- trailing UPDATE of the row we just wrote in this same transaction. That UPDATE
		-- is a second heap tuple + WAL record per stream creation for no observable gain
		-- -- nothing outside this transaction can see the intermediate 0. The trailing
		-- UPDATE below is skipped for this branch via is_new_stream.
		insert into public.mt_streams (id, type, version, timestamp, tenant_id) values (stream, stream_type, COALESCE(array_length(event_ids, 1), 0), now(), tenantid);
    else
        if stream_is_archived then
            RAISE EXCEPTION 'Attempted to append event to archived stream with Id ''%''.', stream USING ERRCODE = 'MT001';
        end if;
        if tenantid IS NOT NULL then
            select tenant_id into actual_tenant from public.mt_streams where id = stream;
            if actual_tenant != tenantid then
                RAISE EXCEPTION 'The tenantid does not match the existing stream';
            end if;
        end if;
	end if;

	index := 1;
	-- #5062: array_length('{}', 1) is NULL in PostgreSQL, not 0, so a call with an
	-- empty event array used to return ARRAY[NULL] -- a bigint[] whose only element
	-- is NULL, which Npgsql cannot read into long[] ('Cannot read a non-nullable
	-- collection of elements because the returned array contains nulls'). COALESCE
	-- makes the empty case mean what it says: zero events appended, so the final
	-- version is the stream's current version.
	return_value := ARRAY[event_version + COALESCE(array_length(event_ids, 1), 0)];

	foreach event_id in ARRAY event_ids
	loop
        seq := nextval('public.mt_events_sequence');
		return_value := array_append(return_value, seq);

	    event_version := event_version + 1;
		event_type = event_types[index];
		body = bodies[index];

		-- #4515 / #4578 / Phase 2: bdatas[index] carries the binary payload
		-- for events opted in to binary serialization (NULL otherwise).
		-- bodies[index] is the {} JSON placeholder for those events so the
		-- existing data jsonb NOT NULL constraint stays intact.
		insert into public.mt_events
			(seq_id, id, stream_id, version, data, bdata, type, tenant_id, timestamp, mt_dotnet_type, is_archived, headers, user_name)
		values
			(seq, event_id, stream, event_version, body, bdatas[index], event_type, tenantid, timestamps[index], dotnet_types[index], FALSE, headers[index], user_names[index]);

		index := index + 1;
	end loop;

	-- A brand-new stream already carries its final version from the insert above, so the
	-- UPDATE is only needed when we appended onto a stream that already existed.
	--
	-- #5539: and only when we actually appended something. With ZERO events this was a BLIND write-back
	-- of the version read at the top of the function, and under READ COMMITTED that is a lost update: the
	-- UPDATE waits on a concurrent appender's row lock, the winner commits, the WHERE clause is
	-- re-evaluated against the new row, and `set version = <the stale value>` lands -- leaving
	-- mt_streams.version BELOW the stream's own events. Every later append then computes a version that
	-- already exists and dies on pk_mt_events_stream_and_version, forever, until the row is repaired by
	-- hand. A non-empty call cannot do this: its first INSERT collides with the winner on that same
	-- primary key and rolls the whole thing back, which is why only the empty case was exposed.
	--
	-- Two independent guards, because either alone would have been enough and the cost of both is nil:
	--   * the append count -- appending nothing has nothing to write, so the correct number of statements
	--     is zero rather than one that happens to be harmless;
	--   * greatest(), so the write-back can never LOWER a stream's version whoever calls it. An append
	--     only ever moves a version forward, so this is a no-op on every correct path and a backstop on
	--     any future caller that reads the version and then writes it back.
	if not is_new_stream and COALESCE(array_length(event_ids, 1), 0) > 0 then
		update public.mt_streams set version = greatest(version, event_version), timestamp = now() where id = stream;
	end if;

	return return_value;
END
$$;


--
-- Name: mt_safe_unaccent(boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_safe_unaccent(use_unaccent boolean, word text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
BEGIN
IF use_unaccent THEN
    RETURN public.unaccent(word);
ELSE
    RETURN word;
END IF;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: mt_doc_auditseal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_auditseal (
    id bigint NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_dashboardview; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_dashboardview (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_deadletterevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_deadletterevent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_envelope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_envelope (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_investigation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_investigation (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_measure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_measure (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_shift; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_shift (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_event_progression; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_event_progression (
    name character varying NOT NULL,
    last_seq_id bigint,
    last_updated timestamp with time zone DEFAULT transaction_timestamp(),
    mode character varying DEFAULT 'none'::character varying,
    rebuild_threshold integer DEFAULT 0,
    assigned_node integer DEFAULT 0,
    heartbeat timestamp with time zone,
    agent_status character varying(20),
    pause_reason text,
    running_on_node integer,
    warning_behind_threshold bigint,
    critical_behind_threshold bigint,
    failure_category character varying(50),
    failure_event_sequence bigint,
    failure_event_type character varying(500),
    failure_event_tenant_id character varying(500)
);


--
-- Name: mt_event_projection_floors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_event_projection_floors (
    name character varying NOT NULL,
    tenant_id character varying NOT NULL,
    floor bigint NOT NULL,
    last_updated timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_events (
    seq_id bigint NOT NULL,
    id uuid NOT NULL,
    stream_id uuid,
    version bigint NOT NULL,
    data jsonb NOT NULL,
    bdata bytea,
    type character varying(500) NOT NULL,
    "timestamp" timestamp with time zone DEFAULT '2026-11-23 21:20:06.107717+00'::timestamp with time zone NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    mt_dotnet_type character varying,
    headers jsonb,
    user_name character varying,
    is_archived boolean DEFAULT false
);


--
-- Name: mt_events_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mt_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mt_events_sequence; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mt_events_sequence OWNED BY public.mt_events.seq_id;


--
-- Name: mt_high_water_skips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_high_water_skips (
    ending_sequence bigint NOT NULL,
    starting_sequence bigint NOT NULL,
    "timestamp" timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_hilo; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_hilo (
    entity_name character varying NOT NULL,
    hi_value bigint DEFAULT 0
);


--
-- Name: mt_streams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_streams (
    id uuid NOT NULL,
    type character varying,
    version bigint,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    compacted_version bigint DEFAULT 0 NOT NULL,
    is_archived boolean DEFAULT false
);


--
-- Name: wolverine_agent_restrictions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wolverine_agent_restrictions (
    id uuid NOT NULL,
    uri character varying NOT NULL,
    type character varying NOT NULL,
    node integer DEFAULT 0 NOT NULL
);


--
-- Name: wolverine_control_queue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wolverine_control_queue (
    id uuid NOT NULL,
    message_type character varying NOT NULL,
    node_id uuid NOT NULL,
    body bytea NOT NULL,
    posted timestamp with time zone DEFAULT now() NOT NULL,
    expires timestamp with time zone
);


--
-- Name: wolverine_dead_letter_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wolverine_dead_letter_history (
    id uuid NOT NULL,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    first_failed_at timestamp with time zone
);


--
-- Name: wolverine_dead_letters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wolverine_dead_letters (
    id uuid NOT NULL,
    execution_time timestamp with time zone,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    source character varying,
    exception_type character varying,
    exception_message character varying,
    sent_at timestamp with time zone,
    replayable boolean,
    failure_group character varying(100),
    failure_title character varying(500),
    failed_at timestamp with time zone,
    first_failed_at timestamp with time zone,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    archived_at timestamp with time zone
);


--
-- Name: wolverine_incoming_envelopes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wolverine_incoming_envelopes (
    id uuid NOT NULL,
    status character varying NOT NULL,
    owner_id integer NOT NULL,
    execution_time timestamp with time zone,
    attempts integer DEFAULT 0,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    keep_until timestamp with time zone
);


--
-- Name: wolverine_node_assignments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wolverine_node_assignments (
    id character varying NOT NULL,
    node_id uuid,
    started timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: wolverine_node_records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wolverine_node_records (
    id integer NOT NULL,
    node_number integer NOT NULL,
    event_name character varying NOT NULL,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    description character varying
);


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.wolverine_node_records_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.wolverine_node_records_id_seq OWNED BY public.wolverine_node_records.id;


--
-- Name: wolverine_nodes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wolverine_nodes (
    id uuid NOT NULL,
    node_number integer NOT NULL,
    description character varying NOT NULL,
    uri character varying NOT NULL,
    started timestamp with time zone DEFAULT now() NOT NULL,
    health_check timestamp with time zone DEFAULT now() NOT NULL,
    version character varying,
    capabilities text[]
);


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.wolverine_nodes_node_number_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.wolverine_nodes_node_number_seq OWNED BY public.wolverine_nodes.node_number;


--
-- Name: wolverine_outgoing_envelopes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wolverine_outgoing_envelopes (
    id uuid NOT NULL,
    owner_id integer NOT NULL,
    destination character varying NOT NULL,
    deliver_by timestamp with time zone,
    body bytea NOT NULL,
    attempts integer DEFAULT 0,
    message_type character varying NOT NULL
);


--
-- Name: wolverine_node_records id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_node_records ALTER COLUMN id SET DEFAULT nextval('public.wolverine_node_records_id_seq'::regclass);


--
-- Name: wolverine_nodes node_number; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_nodes ALTER COLUMN node_number SET DEFAULT nextval('public.wolverine_nodes_node_number_seq'::regclass);


--
-- Data for Name: mt_doc_auditseal; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_auditseal (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
1	{"id": 1, "hash": "07beed3fcb50cef70a0de4383d0a64075a62bbd7f42e55392b895646e68db060", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "0000000000000000000000000000000000000000000000000000000000000000"}	2026-11-23 21:20:14.533028+00	01a20a47-e87a-4320-b0c3-c48011e691c5	Handlingsplan.Audit.AuditSeal
2	{"id": 2, "hash": "ed03dd833fbced852b54ba9e36a0f82ba8acbd83c6bd225a443e95ec43a90ba7", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "07beed3fcb50cef70a0de4383d0a64075a62bbd7f42e55392b895646e68db060"}	2026-11-23 21:20:14.533028+00	01a20a47-e87b-4945-90cb-1fbab7c98e93	Handlingsplan.Audit.AuditSeal
3	{"id": 3, "hash": "c1007ef20f1825ed69ec3576ae765b379e5acb31e6c40900ad5b883fd2b35050", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "ed03dd833fbced852b54ba9e36a0f82ba8acbd83c6bd225a443e95ec43a90ba7"}	2026-11-23 21:20:14.533028+00	01a20a47-e87b-45b6-b35f-de47aa70c4f6	Handlingsplan.Audit.AuditSeal
4	{"id": 4, "hash": "25052a057fa43ecc0d65571b096bdd24d0b427a6245d461c85a8d579e27f5848", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "c1007ef20f1825ed69ec3576ae765b379e5acb31e6c40900ad5b883fd2b35050"}	2026-11-23 21:20:14.533028+00	01a20a47-e87b-43e5-86ae-2e716b05db56	Handlingsplan.Audit.AuditSeal
5	{"id": 5, "hash": "0cd6c97428e1b439244dfa91c85a153257ea1fba94f51b5535c6ee9d45e43db3", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "25052a057fa43ecc0d65571b096bdd24d0b427a6245d461c85a8d579e27f5848"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b1-4d8e-bb1f-0eedf30d44df	Handlingsplan.Audit.AuditSeal
6	{"id": 6, "hash": "997795fe05d4347bfeb3983f58daf25bf0ce7a626c886f23c9ee17a218ec859c", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "0cd6c97428e1b439244dfa91c85a153257ea1fba94f51b5535c6ee9d45e43db3"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4f9a-a35e-1b38e76c5ab1	Handlingsplan.Audit.AuditSeal
7	{"id": 7, "hash": "a9fa93a4983e4c9419eb434a4dd096b7099aaa894fff98560b943f2ac2a31829", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "997795fe05d4347bfeb3983f58daf25bf0ce7a626c886f23c9ee17a218ec859c"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4a9e-b387-824f7b45dfc9	Handlingsplan.Audit.AuditSeal
8	{"id": 8, "hash": "ba918a83c484c08c4dc5cbc8f5c7325fa8864e7d602d25a5fc7f1b26cc594d12", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "a9fa93a4983e4c9419eb434a4dd096b7099aaa894fff98560b943f2ac2a31829"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4565-92b6-dc5f2af9c004	Handlingsplan.Audit.AuditSeal
9	{"id": 9, "hash": "881e6242bd4ddcf5cb7fccc6e5f8c639971cacfceb9e6870dee778fdf197ce39", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "ba918a83c484c08c4dc5cbc8f5c7325fa8864e7d602d25a5fc7f1b26cc594d12"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-41c7-a26b-51ffb2483545	Handlingsplan.Audit.AuditSeal
10	{"id": 10, "hash": "b2081fae5fda82003f61198bfd5e48827df7756936c0cfc49b9dacaf0977e4f4", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "881e6242bd4ddcf5cb7fccc6e5f8c639971cacfceb9e6870dee778fdf197ce39"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-41ad-aa5e-fbf94fc245e0	Handlingsplan.Audit.AuditSeal
11	{"id": 11, "hash": "26a66f0d381ca05f975a45052757e540dd2feacbe2759e8f9d6a5aecd4d06132", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "b2081fae5fda82003f61198bfd5e48827df7756936c0cfc49b9dacaf0977e4f4"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4579-9507-b72be60a93bf	Handlingsplan.Audit.AuditSeal
12	{"id": 12, "hash": "4a8f337fd62c76a6627800df02e5faf8b222031f81dc742b96efeba137d3a8e0", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "26a66f0d381ca05f975a45052757e540dd2feacbe2759e8f9d6a5aecd4d06132"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4318-a664-fa7a60118a86	Handlingsplan.Audit.AuditSeal
13	{"id": 13, "hash": "50f7a54cd2f83e613de9ef2c7cbfa8e34a4d3d75ee7985e46ebf0dd6bea9ea1c", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "4a8f337fd62c76a6627800df02e5faf8b222031f81dc742b96efeba137d3a8e0"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-46bc-9946-94fb5bd7887f	Handlingsplan.Audit.AuditSeal
14	{"id": 14, "hash": "963ee4695a936a623bfe401b942bb4f47446b99c3450ad2a34f7677d5122a815", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "50f7a54cd2f83e613de9ef2c7cbfa8e34a4d3d75ee7985e46ebf0dd6bea9ea1c"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-40a9-bc19-5be5f8aef1ba	Handlingsplan.Audit.AuditSeal
15	{"id": 15, "hash": "c68cecb8db31c0999899a63c10a09a310c38e8b6bca4b51a8f8ce71ed79b2227", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "963ee4695a936a623bfe401b942bb4f47446b99c3450ad2a34f7677d5122a815"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-43e0-beb7-170b348995b2	Handlingsplan.Audit.AuditSeal
16	{"id": 16, "hash": "ea5c8c53a629316f5e77370ce52bfd4aaf79e2fda108e2ce00668980ab8df46c", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "c68cecb8db31c0999899a63c10a09a310c38e8b6bca4b51a8f8ce71ed79b2227"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-45bf-a2bf-aa5efc971e66	Handlingsplan.Audit.AuditSeal
17	{"id": 17, "hash": "dfa2d4f509b927db3be799c971f2bcfdc9ba5e6d22f293bc73b9c180a1f4ecd0", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "ea5c8c53a629316f5e77370ce52bfd4aaf79e2fda108e2ce00668980ab8df46c"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-413f-8b33-a1a9711d8e99	Handlingsplan.Audit.AuditSeal
18	{"id": 18, "hash": "4a98cab5e077143ad523ca28adc7dc61536720fe9ea31d8d609365cc38b99313", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "dfa2d4f509b927db3be799c971f2bcfdc9ba5e6d22f293bc73b9c180a1f4ecd0"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4b79-99d1-e2b9abed590f	Handlingsplan.Audit.AuditSeal
19	{"id": 19, "hash": "321b88c058a49db8d85bb95b0869659950b322f19f912bf08efd7dca72d0b42c", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "4a98cab5e077143ad523ca28adc7dc61536720fe9ea31d8d609365cc38b99313"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-471e-8028-a6f5241cc85d	Handlingsplan.Audit.AuditSeal
20	{"id": 20, "hash": "c623533db0dcab47d4fdcce030add6ab943a7cac27885d5b17e60e1004528553", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "321b88c058a49db8d85bb95b0869659950b322f19f912bf08efd7dca72d0b42c"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-414c-87cb-8081cc4331eb	Handlingsplan.Audit.AuditSeal
21	{"id": 21, "hash": "e1d008eed921148d2173aaa1c60a811d6b717bb1de748ff939f0930abe99f34d", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "c623533db0dcab47d4fdcce030add6ab943a7cac27885d5b17e60e1004528553"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-48b6-b2ca-3c9fd135e52a	Handlingsplan.Audit.AuditSeal
22	{"id": 22, "hash": "2c714cfac2a0ec02d4ad061bfd59dd7af3743c986adbf610c2a9d7cbd69f3422", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "e1d008eed921148d2173aaa1c60a811d6b717bb1de748ff939f0930abe99f34d"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4bf9-be84-f3f76e757766	Handlingsplan.Audit.AuditSeal
23	{"id": 23, "hash": "91a0dcb294504efeea370c6365655f1aef2fb017152ba1b37236c3ae400c4f16", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "2c714cfac2a0ec02d4ad061bfd59dd7af3743c986adbf610c2a9d7cbd69f3422"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-497e-8eaa-54bc29ee2761	Handlingsplan.Audit.AuditSeal
24	{"id": 24, "hash": "c2b1e9ed40b17c21373043e67c16ab750eeb3921c50156b1aecfbf50b55c3ce2", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "91a0dcb294504efeea370c6365655f1aef2fb017152ba1b37236c3ae400c4f16"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-49d9-ae51-5546035f45d3	Handlingsplan.Audit.AuditSeal
25	{"id": 25, "hash": "4c6bc2382771d7b06a43e26ce4d38791ab5c8244bd81ce739d8bbab796487b57", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "c2b1e9ed40b17c21373043e67c16ab750eeb3921c50156b1aecfbf50b55c3ce2"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-478b-a315-61ce1804735f	Handlingsplan.Audit.AuditSeal
26	{"id": 26, "hash": "ff3e80bb86a00ec065667adecf96b0306e13688123ddf9ff96632cc1023b72b2", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "4c6bc2382771d7b06a43e26ce4d38791ab5c8244bd81ce739d8bbab796487b57"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4b54-871e-86a987798716	Handlingsplan.Audit.AuditSeal
27	{"id": 27, "hash": "05a3ba1c36e79169e990acdca5b666aa19a354e6a6ef7ee485fd3875a5f0e00b", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "ff3e80bb86a00ec065667adecf96b0306e13688123ddf9ff96632cc1023b72b2"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-42cc-b19c-2c146f46ae1c	Handlingsplan.Audit.AuditSeal
28	{"id": 28, "hash": "6712b20645868edb8dc970e961f37cbf604693d7baa644f739ff6cdac1ffe44b", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "05a3ba1c36e79169e990acdca5b666aa19a354e6a6ef7ee485fd3875a5f0e00b"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-44f8-bb8c-e1eadb3cd295	Handlingsplan.Audit.AuditSeal
29	{"id": 29, "hash": "5060247dce29eca7cda3eaee9c39d75c7eec7944c3df7a923dd8014ce2deec85", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "6712b20645868edb8dc970e961f37cbf604693d7baa644f739ff6cdac1ffe44b"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4d86-9227-9c02119d7579	Handlingsplan.Audit.AuditSeal
30	{"id": 30, "hash": "c5634da4a88203e99916ae56261615a20ea3461db2d1045435163dba57465067", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "5060247dce29eca7cda3eaee9c39d75c7eec7944c3df7a923dd8014ce2deec85"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4bf1-bc17-080e8a00a47b	Handlingsplan.Audit.AuditSeal
31	{"id": 31, "hash": "45724c50381e28c3c7d4a5d643491647b0a386e59c232cb755ef35610bf86f92", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "c5634da4a88203e99916ae56261615a20ea3461db2d1045435163dba57465067"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-414c-ae16-96ea37358491	Handlingsplan.Audit.AuditSeal
32	{"id": 32, "hash": "04180d22f7ba2b80b3edd57c78610ff1817ae1acee04a81cf5fd570bb84d47bc", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "45724c50381e28c3c7d4a5d643491647b0a386e59c232cb755ef35610bf86f92"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4b2e-92f9-3ee1fb170df6	Handlingsplan.Audit.AuditSeal
33	{"id": 33, "hash": "b7134622808ce30f1db9a8d05115d1b2f064a0a1f13f533c31f6f445d4d2ed0a", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "04180d22f7ba2b80b3edd57c78610ff1817ae1acee04a81cf5fd570bb84d47bc"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4849-a045-0a769518c477	Handlingsplan.Audit.AuditSeal
34	{"id": 34, "hash": "daab50a75744d809413d6850d3de10cdfb5561aa2ccf9e6d696ea4f474e0d02f", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "b7134622808ce30f1db9a8d05115d1b2f064a0a1f13f533c31f6f445d4d2ed0a"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-49cb-a636-7a122b02695d	Handlingsplan.Audit.AuditSeal
35	{"id": 35, "hash": "83ec06cbc0a6ebfaaa33e05afab6be5759d6c5fb35b44260ab137b5c46c7c432", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "daab50a75744d809413d6850d3de10cdfb5561aa2ccf9e6d696ea4f474e0d02f"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4b28-a84c-ddac3b39c728	Handlingsplan.Audit.AuditSeal
36	{"id": 36, "hash": "b840e100d5787a7cbeeb3ee61f7a37b4caf4785c9e6b85e998e8a5c62a186cfd", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "83ec06cbc0a6ebfaaa33e05afab6be5759d6c5fb35b44260ab137b5c46c7c432"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4261-b844-2ecbee323b53	Handlingsplan.Audit.AuditSeal
37	{"id": 37, "hash": "67f5daeb467272fb1cb184cbf825c7b9e8fda7e69dad4c551b8f23b644dbe05c", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "b840e100d5787a7cbeeb3ee61f7a37b4caf4785c9e6b85e998e8a5c62a186cfd"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-42af-9287-124f8870bd3f	Handlingsplan.Audit.AuditSeal
38	{"id": 38, "hash": "7ea1323b14fd550328f6156df36adbac6b9c29cd748fa38475ad147b6aed30d3", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "67f5daeb467272fb1cb184cbf825c7b9e8fda7e69dad4c551b8f23b644dbe05c"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-456a-b0cc-445f9ec5942c	Handlingsplan.Audit.AuditSeal
39	{"id": 39, "hash": "ff9102e73c9a21d324b9abcd6d4cc6bea135b4d73515e0e1e9b2fbdaba803aaf", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "7ea1323b14fd550328f6156df36adbac6b9c29cd748fa38475ad147b6aed30d3"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-48d4-9f2a-75ba6440d784	Handlingsplan.Audit.AuditSeal
40	{"id": 40, "hash": "46621542ec04d62d20310250464abf3d951dca1f8ee1b261d4d249b2c37f54cf", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "ff9102e73c9a21d324b9abcd6d4cc6bea135b4d73515e0e1e9b2fbdaba803aaf"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4009-af92-2595231d71ba	Handlingsplan.Audit.AuditSeal
41	{"id": 41, "hash": "dcae1150b94c50dac6708d9895ddf01f9acae998007d69e880b2421fc4f72510", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "46621542ec04d62d20310250464abf3d951dca1f8ee1b261d4d249b2c37f54cf"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-499d-8705-e671e2bfc820	Handlingsplan.Audit.AuditSeal
42	{"id": 42, "hash": "879e2366cc741c6bbc6fb67b60187cb1ab144edfb83ebe28df92239b4d394de9", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "dcae1150b94c50dac6708d9895ddf01f9acae998007d69e880b2421fc4f72510"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4c47-a369-a261831b0fd7	Handlingsplan.Audit.AuditSeal
43	{"id": 43, "hash": "aa00347ba0e80ea52c40a0ab95d571437a7837b3df9264f71116b931f5405da5", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "879e2366cc741c6bbc6fb67b60187cb1ab144edfb83ebe28df92239b4d394de9"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4166-ae9c-a998760e1fa7	Handlingsplan.Audit.AuditSeal
44	{"id": 44, "hash": "7ed639ca0fcd42ef88a0f4702b11e1983e3597e5fcc25749c4685d3ad6d996fc", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "aa00347ba0e80ea52c40a0ab95d571437a7837b3df9264f71116b931f5405da5"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4d6d-891b-0bdde079f9f6	Handlingsplan.Audit.AuditSeal
45	{"id": 45, "hash": "365f35a687e17b8611a401fedb279278079dbfd049b5f6d1610e481feb02335e", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "7ed639ca0fcd42ef88a0f4702b11e1983e3597e5fcc25749c4685d3ad6d996fc"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4e0d-a195-697282a74660	Handlingsplan.Audit.AuditSeal
46	{"id": 46, "hash": "a8c9d75f98b53013074babf6a08afc7bf55ea2b384a6e8aaa627739763961a15", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "365f35a687e17b8611a401fedb279278079dbfd049b5f6d1610e481feb02335e"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4e6b-ac8c-5d16fd5e01d0	Handlingsplan.Audit.AuditSeal
47	{"id": 47, "hash": "2e9e4b9d47e84494ad3f96b84cfb0bc9d5bc7ac8f97c96ef5fe83e354291237e", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "a8c9d75f98b53013074babf6a08afc7bf55ea2b384a6e8aaa627739763961a15"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-411b-8b5c-19ef01cbb907	Handlingsplan.Audit.AuditSeal
48	{"id": 48, "hash": "64628fffbb8100a0d773a09e437991c4c3ec453528c00ef0f7d51de3e126e615", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "2e9e4b9d47e84494ad3f96b84cfb0bc9d5bc7ac8f97c96ef5fe83e354291237e"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4307-9674-98d63cae5188	Handlingsplan.Audit.AuditSeal
49	{"id": 49, "hash": "2f18eae5c36ac1c08d4233dd50034c646f6ef1eb07ae1c29d93a2e553e1cf520", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "64628fffbb8100a0d773a09e437991c4c3ec453528c00ef0f7d51de3e126e615"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4a65-aa05-e1a0bdaf395f	Handlingsplan.Audit.AuditSeal
50	{"id": 50, "hash": "d66b0e4e6ba711fdc49e1f6110b61f3962da9c2210afb4d26d158b47c0119dfd", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "2f18eae5c36ac1c08d4233dd50034c646f6ef1eb07ae1c29d93a2e553e1cf520"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4391-96f0-da25875b4cb8	Handlingsplan.Audit.AuditSeal
51	{"id": 51, "hash": "64c7c330ec52472e79e514efd4d9b0d09acb0f059ac52778dbc4b1b4b641b441", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "d66b0e4e6ba711fdc49e1f6110b61f3962da9c2210afb4d26d158b47c0119dfd"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-40d5-85d9-e9c633dcffb3	Handlingsplan.Audit.AuditSeal
52	{"id": 52, "hash": "3eb11a4d15ec830114d84113986ecbd965f3fbea5a7f20c17a77b9e2ddb7c04e", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "64c7c330ec52472e79e514efd4d9b0d09acb0f059ac52778dbc4b1b4b641b441"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-44bb-b787-ad6c5b4a184d	Handlingsplan.Audit.AuditSeal
53	{"id": 53, "hash": "d9007095e94c9dd19c49e8ddb5ad848bc36c1086e51bd52c6e7ca94305521b83", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "3eb11a4d15ec830114d84113986ecbd965f3fbea5a7f20c17a77b9e2ddb7c04e"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4c16-8486-8224343e0b11	Handlingsplan.Audit.AuditSeal
54	{"id": 54, "hash": "392ad1e25c8a3f6fa87aa89e0d305eb9158d657728edcee638de49305ba0d43d", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "d9007095e94c9dd19c49e8ddb5ad848bc36c1086e51bd52c6e7ca94305521b83"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-432a-b241-d5265e5ba1cc	Handlingsplan.Audit.AuditSeal
55	{"id": 55, "hash": "2edd897b5f5e2baa8ec6ba3526f75e252037eed2fc9acb143d7292376f91cc9a", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "392ad1e25c8a3f6fa87aa89e0d305eb9158d657728edcee638de49305ba0d43d"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-49b9-8412-d36bf565d077	Handlingsplan.Audit.AuditSeal
56	{"id": 56, "hash": "299d1b82f0df02a0df2350c5a20ca6f12994911244576b13294e637b935e6bfa", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "2edd897b5f5e2baa8ec6ba3526f75e252037eed2fc9acb143d7292376f91cc9a"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4435-ba3a-e582f163cfa0	Handlingsplan.Audit.AuditSeal
57	{"id": 57, "hash": "df5fea97aecc2fb3a8cfadf91877d2b349fb2dc72e76d9d24e368fb3408ba49f", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "299d1b82f0df02a0df2350c5a20ca6f12994911244576b13294e637b935e6bfa"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-48ee-b58f-a206f9d56989	Handlingsplan.Audit.AuditSeal
58	{"id": 58, "hash": "925cdc49ab6abd2964ac46643f4dbb9245d3aa7fa20c4e75e35189afde1379e6", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "df5fea97aecc2fb3a8cfadf91877d2b349fb2dc72e76d9d24e368fb3408ba49f"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4414-9363-66ac8ae72a40	Handlingsplan.Audit.AuditSeal
59	{"id": 59, "hash": "db080176f886ea1237871992f88000289113b4c2ed00c084ce15599e10849b73", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "925cdc49ab6abd2964ac46643f4dbb9245d3aa7fa20c4e75e35189afde1379e6"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4e48-94f1-1a8e67b29aeb	Handlingsplan.Audit.AuditSeal
60	{"id": 60, "hash": "4fdb81b5d93398bc5a737d5d6fd30476e7dabdff200f5b16bf5fb718a5d330f5", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "db080176f886ea1237871992f88000289113b4c2ed00c084ce15599e10849b73"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-46a0-a5d1-c74a7a2188f3	Handlingsplan.Audit.AuditSeal
61	{"id": 61, "hash": "ba922e436ebb98e7e2ba26f88a03ce347a75a9d5fdb79db8f5975d45525993a0", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "4fdb81b5d93398bc5a737d5d6fd30476e7dabdff200f5b16bf5fb718a5d330f5"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-44a1-b59f-06ab6a43771e	Handlingsplan.Audit.AuditSeal
62	{"id": 62, "hash": "ae4d16938178e4a9357e3af273dc202198d85c7d64583ad9b622ec1f33f26caa", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "ba922e436ebb98e7e2ba26f88a03ce347a75a9d5fdb79db8f5975d45525993a0"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-46a8-8ef6-73fb7f9fdcdf	Handlingsplan.Audit.AuditSeal
63	{"id": 63, "hash": "a8d057299b1c886ea822c6240b0685e335b3ab73c84c3b074177b7ca82239962", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "ae4d16938178e4a9357e3af273dc202198d85c7d64583ad9b622ec1f33f26caa"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4023-abf7-f11e5a35820f	Handlingsplan.Audit.AuditSeal
64	{"id": 64, "hash": "da222130ec20c4d044a5e766d16c96d88045e4265dc8f1ca6eb7e58630299e05", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "a8d057299b1c886ea822c6240b0685e335b3ab73c84c3b074177b7ca82239962"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4a98-ba8e-b7e5d7076d5e	Handlingsplan.Audit.AuditSeal
65	{"id": 65, "hash": "406e18d72f80a19ad374bcc010b6f7327f3085e9079c4b5855d1aa76f2f5ac86", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "da222130ec20c4d044a5e766d16c96d88045e4265dc8f1ca6eb7e58630299e05"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-40f4-bc9f-2b37ecd37823	Handlingsplan.Audit.AuditSeal
66	{"id": 66, "hash": "777c37d74f9284f1a2b69a850c242c2fbc90eb8e92e0e3591caa8eaaa80848ae", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "406e18d72f80a19ad374bcc010b6f7327f3085e9079c4b5855d1aa76f2f5ac86"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-4ef5-ab83-95fbc45008fd	Handlingsplan.Audit.AuditSeal
67	{"id": 67, "hash": "8d5fbcf8765f5c7703fd8946c329efd65248d929a202be60fd60fc03d0eb7160", "sealedAt": "2026-11-23T21:20:13.3333702+00:00", "previousHash": "777c37d74f9284f1a2b69a850c242c2fbc90eb8e92e0e3591caa8eaaa80848ae"}	2026-11-23 21:20:14.533028+00	01a20a47-e8b2-45b9-834d-a1bea603d572	Handlingsplan.Audit.AuditSeal
68	{"id": 68, "hash": "30a65d8c9bf298d8a93f5d86c8f2f22b3dfd5fbb2bb53baf942f239fbb47246c", "sealedAt": "2026-11-23T21:20:42.1831725+00:00", "previousHash": "8d5fbcf8765f5c7703fd8946c329efd65248d929a202be60fd60fc03d0eb7160"}	2026-11-23 21:20:42.413207+00	01a20a48-55ac-4e97-83c6-c27aeb0f340d	Handlingsplan.Audit.AuditSeal
69	{"id": 69, "hash": "e2cced32dca63b5a06efecdf7526dca8c4bd79e508964e05a9c020c9d51a24bb", "sealedAt": "2026-11-23T21:20:43.7841529+00:00", "previousHash": "30a65d8c9bf298d8a93f5d86c8f2f22b3dfd5fbb2bb53baf942f239fbb47246c"}	2026-11-23 21:20:43.793084+00	01a20a48-5b10-456f-a7c4-7fce66a19c07	Handlingsplan.Audit.AuditSeal
70	{"id": 70, "hash": "0fd7dc1c1f892adeeaab4f1132872772df94a21f716bc91189db7be24731cc74", "sealedAt": "2026-11-23T21:20:44.3602964+00:00", "previousHash": "e2cced32dca63b5a06efecdf7526dca8c4bd79e508964e05a9c020c9d51a24bb"}	2026-11-23 21:20:44.377803+00	01a20a48-5d58-483c-8dd5-65c8b64f5ed4	Handlingsplan.Audit.AuditSeal
71	{"id": 71, "hash": "1c69037d73a99f0bd4033e0dcaca453c82aae7620fc9788ef84f668506760fac", "sealedAt": "2026-11-23T21:20:45.1406786+00:00", "previousHash": "0fd7dc1c1f892adeeaab4f1132872772df94a21f716bc91189db7be24731cc74"}	2026-11-23 21:20:45.154642+00	01a20a48-6062-41eb-a1a6-a69071b6fe1f	Handlingsplan.Audit.AuditSeal
72	{"id": 72, "hash": "99c3aea7252b5b0ce921237bd1ecaee279429eae4553ec1b53ff5e9712bc493f", "sealedAt": "2026-11-23T21:20:46.1005223+00:00", "previousHash": "1c69037d73a99f0bd4033e0dcaca453c82aae7620fc9788ef84f668506760fac"}	2026-11-23 21:20:46.125259+00	01a20a48-6428-4f3a-85f8-634af2410f77	Handlingsplan.Audit.AuditSeal
73	{"id": 73, "hash": "ecfb9f4d2cfb57f0c44060564a88fcecbd90d6cdbb0a3574cf01db2d27a1f611", "sealedAt": "2026-11-23T21:20:46.948392+00:00", "previousHash": "99c3aea7252b5b0ce921237bd1ecaee279429eae4553ec1b53ff5e9712bc493f"}	2026-11-23 21:20:46.965471+00	01a20a48-6774-49ad-b6c1-a0fc91a7ab4f	Handlingsplan.Audit.AuditSeal
79	{"id": 79, "hash": "f879365ccacab47f7855322c0d2c09198a86ad94f65c250ce0043fd481c12096", "sealedAt": "2026-11-23T21:20:58.372533+00:00", "previousHash": "df5fbb1d8ac01f7216be5e8155638ec368f710749118ed1266ce829cd9f8b9a0"}	2026-11-23 21:20:58.405061+00	01a20a48-941f-4819-8754-b2f7d47a53a1	Handlingsplan.Audit.AuditSeal
81	{"id": 81, "hash": "ceee0bf995c19942b7f7d8125aee541c699b78271cd8134a8dc40396fa7b2b38", "sealedAt": "2026-11-23T21:21:03.6737343+00:00", "previousHash": "d996d24fb8a43f3f9185b437fa451fca2463be26cf3026ed5f9ed5e7dcfd5eb3"}	2026-11-23 21:21:03.679917+00	01a20a48-a8bd-4836-b22e-79cea2c59f39	Handlingsplan.Audit.AuditSeal
83	{"id": 83, "hash": "d6b4a8cab1898711b4d206ffb89f15995bc81e7d46efa188c4c7ae55c6f58360", "sealedAt": "2026-11-23T21:21:07.7057928+00:00", "previousHash": "0f6e388f943ba5580a7e4d6363f965ffae5693205cf468440c804d02d9fc7d62"}	2026-11-23 21:21:07.73786+00	01a20a48-b891-4358-a55d-a119f21463c1	Handlingsplan.Audit.AuditSeal
85	{"id": 85, "hash": "786d0a21ba65157bc693845511d5d2cc597884072498be0f13650f4ecc5538fd", "sealedAt": "2026-11-23T21:21:12.7718587+00:00", "previousHash": "5a329adc139f9abb558b4e0bb59d87c30b71578216aedb6ab7e57bb093214926"}	2026-11-23 21:21:12.793024+00	01a20a48-cc53-49a2-bf8e-d96614b3fcf5	Handlingsplan.Audit.AuditSeal
88	{"id": 88, "hash": "2f45a8ce89e881e9d2b334f0fcf1541e95583a63102a4a68496a50d746e14996", "sealedAt": "2026-11-23T21:21:17.6549638+00:00", "previousHash": "cb16c213eb93cde57864e74523390b177b43f3ec4ec53301ac1409b62a4596dd"}	2026-11-23 21:21:17.699824+00	01a20a48-df7f-40d5-b28f-7a326c38ee77	Handlingsplan.Audit.AuditSeal
74	{"id": 74, "hash": "3609397ab181eed706d95939ac03316423ac0df3c1c08b0de1fcfae9e5d5378c", "sealedAt": "2026-11-23T21:20:47.748237+00:00", "previousHash": "ecfb9f4d2cfb57f0c44060564a88fcecbd90d6cdbb0a3574cf01db2d27a1f611"}	2026-11-23 21:20:47.757497+00	01a20a48-6a8d-4e15-b102-670dd0021d7d	Handlingsplan.Audit.AuditSeal
75	{"id": 75, "hash": "9b8486a4b9566caf535d45238f4591b79aac05f6ab0327dd485525b203aef836", "sealedAt": "2026-11-23T21:20:48.8584046+00:00", "previousHash": "3609397ab181eed706d95939ac03316423ac0df3c1c08b0de1fcfae9e5d5378c"}	2026-11-23 21:20:48.879376+00	01a20a48-6eee-401e-abf2-4f953324356b	Handlingsplan.Audit.AuditSeal
77	{"id": 77, "hash": "d1b00b953fc3767893d552875c0f6c149f69cc8909c241187c84d92f4ed6e0b1", "sealedAt": "2026-11-23T21:20:50.526112+00:00", "previousHash": "d04af41326f91dfeab7d1143a08d8eb18b64d6dced6fca54f9408a7c1128325b"}	2026-11-23 21:20:50.540592+00	01a20a48-756c-47e5-bb0e-4d715e13d9b8	Handlingsplan.Audit.AuditSeal
78	{"id": 78, "hash": "df5fbb1d8ac01f7216be5e8155638ec368f710749118ed1266ce829cd9f8b9a0", "sealedAt": "2026-11-23T21:20:55.1962287+00:00", "previousHash": "d1b00b953fc3767893d552875c0f6c149f69cc8909c241187c84d92f4ed6e0b1"}	2026-11-23 21:20:55.244448+00	01a20a48-87c5-47c5-a499-b94ac7410543	Handlingsplan.Audit.AuditSeal
80	{"id": 80, "hash": "d996d24fb8a43f3f9185b437fa451fca2463be26cf3026ed5f9ed5e7dcfd5eb3", "sealedAt": "2026-11-23T21:21:01.3243889+00:00", "previousHash": "f879365ccacab47f7855322c0d2c09198a86ad94f65c250ce0043fd481c12096"}	2026-11-23 21:21:01.345923+00	01a20a48-9f9e-431d-8bb1-fc6077fabafb	Handlingsplan.Audit.AuditSeal
82	{"id": 82, "hash": "0f6e388f943ba5580a7e4d6363f965ffae5693205cf468440c804d02d9fc7d62", "sealedAt": "2026-11-23T21:21:05.7655464+00:00", "previousHash": "ceee0bf995c19942b7f7d8125aee541c699b78271cd8134a8dc40396fa7b2b38"}	2026-11-23 21:21:05.798474+00	01a20a48-b105-4952-8b62-be44ef0e4338	Handlingsplan.Audit.AuditSeal
84	{"id": 84, "hash": "5a329adc139f9abb558b4e0bb59d87c30b71578216aedb6ab7e57bb093214926", "sealedAt": "2026-11-23T21:21:09.7182459+00:00", "previousHash": "d6b4a8cab1898711b4d206ffb89f15995bc81e7d46efa188c4c7ae55c6f58360"}	2026-11-23 21:21:09.72236+00	01a20a48-c05a-4ca4-a33a-ff850bb9e55b	Handlingsplan.Audit.AuditSeal
86	{"id": 86, "hash": "11d295fcbf17d29d9ebe5e94fc5fa33044e0c6e43fc32962537d76ad555636c5", "sealedAt": "2026-11-23T21:21:14.3800625+00:00", "previousHash": "786d0a21ba65157bc693845511d5d2cc597884072498be0f13650f4ecc5538fd"}	2026-11-23 21:21:14.397592+00	01a20a48-d29c-48e2-baa1-9e5c34ad8bf0	Handlingsplan.Audit.AuditSeal
89	{"id": 89, "hash": "7c54d750a21276922f4b53ff5565bbe58641ed634e49d854b09fcc07dc927253", "sealedAt": "2026-11-23T21:21:18.9729757+00:00", "previousHash": "2f45a8ce89e881e9d2b334f0fcf1541e95583a63102a4a68496a50d746e14996"}	2026-11-23 21:21:19.019842+00	01a20a48-e4a2-457e-8c93-be814620f8ef	Handlingsplan.Audit.AuditSeal
76	{"id": 76, "hash": "d04af41326f91dfeab7d1143a08d8eb18b64d6dced6fca54f9408a7c1128325b", "sealedAt": "2026-11-23T21:20:49.7126625+00:00", "previousHash": "9b8486a4b9566caf535d45238f4591b79aac05f6ab0327dd485525b203aef836"}	2026-11-23 21:20:49.718044+00	01a20a48-7234-42bd-a29c-3d5b481d6032	Handlingsplan.Audit.AuditSeal
87	{"id": 87, "hash": "cb16c213eb93cde57864e74523390b177b43f3ec4ec53301ac1409b62a4596dd", "sealedAt": "2026-11-23T21:21:15.9659429+00:00", "previousHash": "11d295fcbf17d29d9ebe5e94fc5fa33044e0c6e43fc32962537d76ad555636c5"}	2026-11-23 21:21:15.992482+00	01a20a48-d8d6-4c3a-bf53-70a4ff6ad566	Handlingsplan.Audit.AuditSeal
90	{"id": 90, "hash": "4a8546b7a838b9ebad92feb2c9a5911e05cfccb6a3d67ae4a8215f2f0b39fd92", "sealedAt": "2026-11-23T21:21:20.6407078+00:00", "previousHash": "7c54d750a21276922f4b53ff5565bbe58641ed634e49d854b09fcc07dc927253"}	2026-11-23 21:21:20.661638+00	01a20a48-eb14-4d78-9d8d-64987be8e7d0	Handlingsplan.Audit.AuditSeal
91	{"id": 91, "hash": "99da717a229d11d104615599e4864a19471bb9a13f3032d80692db1fbc7ae1c9", "sealedAt": "2026-11-23T21:21:22.6278783+00:00", "previousHash": "4a8546b7a838b9ebad92feb2c9a5911e05cfccb6a3d67ae4a8215f2f0b39fd92"}	2026-11-23 21:21:22.641509+00	01a20a48-f2d0-4514-9df4-7db6de4dcadf	Handlingsplan.Audit.AuditSeal
92	{"id": 92, "hash": "1cbbe69a49edcb96f9141869e321aed19ea879fba3487974f08a2cb02634358c", "sealedAt": "2026-11-23T21:21:25.2606306+00:00", "previousHash": "99da717a229d11d104615599e4864a19471bb9a13f3032d80692db1fbc7ae1c9"}	2026-11-23 21:21:25.48918+00	01a20a48-fdee-4f30-b73f-a2244572fbb7	Handlingsplan.Audit.AuditSeal
93	{"id": 93, "hash": "19ee4aba55b89103235baf848b8f056d009217d0dc9c86499173c9b487c383ff", "sealedAt": "2026-11-23T21:21:28.077304+00:00", "previousHash": "1cbbe69a49edcb96f9141869e321aed19ea879fba3487974f08a2cb02634358c"}	2026-11-23 21:21:28.11702+00	01a20a49-082c-4ea1-828e-371f697c1df2	Handlingsplan.Audit.AuditSeal
94	{"id": 94, "hash": "b5667cbd1c74511a0276ac23387f32fb654a6be66c5ac099f4b085e21de51866", "sealedAt": "2026-11-23T21:21:31.6600308+00:00", "previousHash": "19ee4aba55b89103235baf848b8f056d009217d0dc9c86499173c9b487c383ff"}	2026-11-23 21:21:31.673215+00	01a20a49-1618-4e63-ab30-085d7c843093	Handlingsplan.Audit.AuditSeal
95	{"id": 95, "hash": "22b8f24cf47f28f545ad211dd6896e50be16903a79b2804e54baa8908b394377", "sealedAt": "2026-11-23T21:21:33.6651289+00:00", "previousHash": "b5667cbd1c74511a0276ac23387f32fb654a6be66c5ac099f4b085e21de51866"}	2026-11-23 21:21:33.693254+00	01a20a49-1df4-4286-bf25-fed6247ca72c	Handlingsplan.Audit.AuditSeal
96	{"id": 96, "hash": "d1a3892be88f08522b7e486caf086f53736dc100f5cbb979d873a46fc6983d8e", "sealedAt": "2026-11-23T21:21:35.8485235+00:00", "previousHash": "22b8f24cf47f28f545ad211dd6896e50be16903a79b2804e54baa8908b394377"}	2026-11-23 21:21:35.873883+00	01a20a49-2681-4a2f-8d9e-682600781dac	Handlingsplan.Audit.AuditSeal
97	{"id": 97, "hash": "ab2c146885f9b44a1d21564e2bf072eaa27854d80f5170d33145e7999d6d89c1", "sealedAt": "2026-11-23T21:21:38.4039859+00:00", "previousHash": "d1a3892be88f08522b7e486caf086f53736dc100f5cbb979d873a46fc6983d8e"}	2026-11-23 21:21:38.435267+00	01a20a49-3082-4cf6-b8ce-57a7b8ef5bf3	Handlingsplan.Audit.AuditSeal
98	{"id": 98, "hash": "f2f18a763d1e4a1982a902360c2e2bf0b9100b7a2257513083d16977ef3800f8", "sealedAt": "2026-11-23T21:21:38.4039859+00:00", "previousHash": "ab2c146885f9b44a1d21564e2bf072eaa27854d80f5170d33145e7999d6d89c1"}	2026-11-23 21:21:38.435267+00	01a20a49-3082-4eb7-8c79-2dddc06a43b1	Handlingsplan.Audit.AuditSeal
99	{"id": 99, "hash": "61a240b0e21bc6a328c3455286d874f1fd2465a5b66dc40a913e8f327b189ca3", "sealedAt": "2026-11-23T21:21:40.1604054+00:00", "previousHash": "f2f18a763d1e4a1982a902360c2e2bf0b9100b7a2257513083d16977ef3800f8"}	2026-11-23 21:21:40.25667+00	01a20a49-378d-494e-8482-7a0c15a51b76	Handlingsplan.Audit.AuditSeal
100	{"id": 100, "hash": "a20111b98d4da228dea98e8631dab5a1a582da7ab932d054ad979cbeea6e9548", "sealedAt": "2026-11-23T21:21:43.0291958+00:00", "previousHash": "61a240b0e21bc6a328c3455286d874f1fd2465a5b66dc40a913e8f327b189ca3"}	2026-11-23 21:21:43.045316+00	01a20a49-427e-4091-a765-d1be87066d28	Handlingsplan.Audit.AuditSeal
101	{"id": 101, "hash": "c572d524b5fbf2e0ed909500d52ddc03f659bf9018f434a464e589ff0410ac14", "sealedAt": "2026-11-23T21:21:44.4207216+00:00", "previousHash": "a20111b98d4da228dea98e8631dab5a1a582da7ab932d054ad979cbeea6e9548"}	2026-11-23 21:21:44.439688+00	01a20a49-47f2-4ba7-b1de-dcd3fdf9481e	Handlingsplan.Audit.AuditSeal
102	{"id": 102, "hash": "7f4e2979b28343fb284042e8f6a1d9176af1cb8852debd98bbb530b914dea71a", "sealedAt": "2026-11-23T21:21:46.7602059+00:00", "previousHash": "c572d524b5fbf2e0ed909500d52ddc03f659bf9018f434a464e589ff0410ac14"}	2026-11-23 21:21:46.777761+00	01a20a49-5119-404b-944f-fcefc7143d49	Handlingsplan.Audit.AuditSeal
103	{"id": 103, "hash": "ae165e41a84ab19c166b30b64832a20cddf868372908119b7555d0d273e89ad3", "sealedAt": "2026-11-23T21:21:47.9971039+00:00", "previousHash": "7f4e2979b28343fb284042e8f6a1d9176af1cb8852debd98bbb530b914dea71a"}	2026-11-23 21:21:48.014173+00	01a20a49-55e4-4da7-ad74-f80f25ffb8e0	Handlingsplan.Audit.AuditSeal
104	{"id": 104, "hash": "b080b7581fa226e44119f46c30cd2edee62beabfa81a101876a60afbf2a43401", "sealedAt": "2026-11-23T21:21:47.9971039+00:00", "previousHash": "ae165e41a84ab19c166b30b64832a20cddf868372908119b7555d0d273e89ad3"}	2026-11-23 21:21:48.014173+00	01a20a49-55e4-4d8c-a932-5a3ecd14cc96	Handlingsplan.Audit.AuditSeal
105	{"id": 105, "hash": "04f932ae9a775957b71a751f2184fa1539d411548981faedd1b545288d24c7f0", "sealedAt": "2026-11-23T21:21:49.7237934+00:00", "previousHash": "b080b7581fa226e44119f46c30cd2edee62beabfa81a101876a60afbf2a43401"}	2026-11-23 21:21:49.759367+00	01a20a49-5cbc-4bed-8b69-f835b12dec0e	Handlingsplan.Audit.AuditSeal
106	{"id": 106, "hash": "f424948c947e89b766f391e91bfc64051b7c4a104d2fb9f64e1aca816c5d8ad6", "sealedAt": "2026-11-23T21:21:51.9359026+00:00", "previousHash": "04f932ae9a775957b71a751f2184fa1539d411548981faedd1b545288d24c7f0"}	2026-11-23 21:21:51.963868+00	01a20a49-6557-4472-a7bb-c4f0927027cf	Handlingsplan.Audit.AuditSeal
107	{"id": 107, "hash": "e7f882e6afda878d660955ea51101f6fd2641fb0a9e3f3f88623881e4788f1b6", "sealedAt": "2026-11-23T21:21:55.0281249+00:00", "previousHash": "f424948c947e89b766f391e91bfc64051b7c4a104d2fb9f64e1aca816c5d8ad6"}	2026-11-23 21:21:55.05914+00	01a20a49-7168-4f39-bef8-a0088565b624	Handlingsplan.Audit.AuditSeal
108	{"id": 108, "hash": "20fdc87549295588723d82a5fa7c06db6e06923f7a3807857018aa7441f018c8", "sealedAt": "2026-11-23T21:21:57.8278614+00:00", "previousHash": "e7f882e6afda878d660955ea51101f6fd2641fb0a9e3f3f88623881e4788f1b6"}	2026-11-23 21:21:57.875815+00	01a20a49-7c73-40ce-a5ed-e8f413495398	Handlingsplan.Audit.AuditSeal
109	{"id": 109, "hash": "61d50db7de8ea2ad8b288dc4245da5c41d55fecd62029d533e49ee055c1b08c3", "sealedAt": "2026-11-23T21:22:00.2046446+00:00", "previousHash": "20fdc87549295588723d82a5fa7c06db6e06923f7a3807857018aa7441f018c8"}	2026-11-23 21:22:00.272218+00	01a20a49-85cf-45e3-941b-0aab34c2ee60	Handlingsplan.Audit.AuditSeal
110	{"id": 110, "hash": "7d57b80ce568413f0bb4ab16960c2e3e4780248d8af6744ea17a15174bf80b2f", "sealedAt": "2026-11-23T21:22:02.531242+00:00", "previousHash": "61d50db7de8ea2ad8b288dc4245da5c41d55fecd62029d533e49ee055c1b08c3"}	2026-11-23 21:22:02.557742+00	01a20a49-8ebd-4e38-a0d6-0496a96d1d68	Handlingsplan.Audit.AuditSeal
111	{"id": 111, "hash": "ef18e69681d03cfc8d7223111d811c39d4fe5fa5ff69e5370ad846f807d0b803", "sealedAt": "2026-11-23T21:22:04.1006836+00:00", "previousHash": "7d57b80ce568413f0bb4ab16960c2e3e4780248d8af6744ea17a15174bf80b2f"}	2026-11-23 21:22:04.144594+00	01a20a49-94ec-4e44-9ca4-e4322f871944	Handlingsplan.Audit.AuditSeal
112	{"id": 112, "hash": "45dc440e892455407ff6691df9ca511cbc893acff42d660235c99599cacc2dd5", "sealedAt": "2026-11-23T21:22:04.1006836+00:00", "previousHash": "ef18e69681d03cfc8d7223111d811c39d4fe5fa5ff69e5370ad846f807d0b803"}	2026-11-23 21:22:04.144594+00	01a20a49-94ec-4e8b-9393-96a134b5b9f5	Handlingsplan.Audit.AuditSeal
115	{"id": 115, "hash": "10880edca08df6b75a055d14956b2a689cf2d2f29e3685458a02705e1f2c1b23", "sealedAt": "2026-11-23T21:22:07.5673079+00:00", "previousHash": "621f0fa809c3ff346a742471d885774608c2b040a7705306c7c53bbbd1eefd7e"}	2026-11-23 21:22:07.577468+00	01a20a49-a259-4d9a-ac39-3d118b161644	Handlingsplan.Audit.AuditSeal
130	{"id": 130, "hash": "3c33eb1b3e94a7fc122a25706cc3263a1e3370f637ce00a7a413196bd1613ba0", "sealedAt": "2026-11-23T21:22:36.3849948+00:00", "previousHash": "80214c174bcac162d976a3590e1d5a99adc6233ed094c0b592c06ffd78a7b959"}	2026-11-23 21:22:36.388693+00	01a20a4a-12e4-4ae6-9149-7548b473b240	Handlingsplan.Audit.AuditSeal
131	{"id": 131, "hash": "f2f5f5ab51a6bd801672281a0779d51f65d55cd3c8296272ed5910245b5d86d7", "sealedAt": "2026-11-23T21:22:38.5746769+00:00", "previousHash": "3c33eb1b3e94a7fc122a25706cc3263a1e3370f637ce00a7a413196bd1613ba0"}	2026-11-23 21:22:38.585607+00	01a20a4a-1b79-43cc-b1d1-f7f9f917069f	Handlingsplan.Audit.AuditSeal
136	{"id": 136, "hash": "02b081fd4193abd0fe0603016ba95c0d2a3ec77139aeca799e69d2228be93ffe", "sealedAt": "2026-11-23T21:22:46.1566544+00:00", "previousHash": "8615763258ec65ba8f3242f0e78c62ce9e740e9a69aa264dd25cdfc3ed5f5122"}	2026-11-23 21:22:46.175815+00	01a20a4a-3911-4954-b07d-ba9b21674c52	Handlingsplan.Audit.AuditSeal
140	{"id": 140, "hash": "e582a0f7b051cbba14eece70e3d2ac1dd756b86f5ba0472dc0a0e2d78039fbe1", "sealedAt": "2026-11-23T21:22:49.3818255+00:00", "previousHash": "d8a00da61228ffbe9fe5bfb29ef675b3c03cf72aae2f435666574aafd8c6c9c6"}	2026-11-23 21:22:49.389167+00	01a20a4a-45a8-4492-a632-65ce114f0c81	Handlingsplan.Audit.AuditSeal
113	{"id": 113, "hash": "739953766f58cc624a7c7cd74784afcfbc504c3b0304fd0b24edaa39a2ad63f7", "sealedAt": "2026-11-23T21:22:05.2729423+00:00", "previousHash": "45dc440e892455407ff6691df9ca511cbc893acff42d660235c99599cacc2dd5"}	2026-11-23 21:22:05.296456+00	01a20a49-996a-42b4-bd6f-bf0663d7ade7	Handlingsplan.Audit.AuditSeal
120	{"id": 120, "hash": "47470c04f01c8e7d1af0b90997757895bb83c51c5cd080a0d38b068bddd15d55", "sealedAt": "2026-11-23T21:22:18.3837108+00:00", "previousHash": "e942cf21ed6a9026a7d2647798305cb4cd7555399e842eb94a9b1a3e07114d81"}	2026-11-23 21:22:18.40224+00	01a20a49-cca0-4b19-993e-c6d46931b43f	Handlingsplan.Audit.AuditSeal
121	{"id": 121, "hash": "d3bb7dc329d71d6b8f9f00cfeeb0e843606b7fdadb360285d0de9d6b43533fc5", "sealedAt": "2026-11-23T21:22:19.5320089+00:00", "previousHash": "47470c04f01c8e7d1af0b90997757895bb83c51c5cd080a0d38b068bddd15d55"}	2026-11-23 21:22:19.554112+00	01a20a49-d11e-4b5a-92e6-95a5f0d4e57a	Handlingsplan.Audit.AuditSeal
123	{"id": 123, "hash": "7e432f9ffbf42e75d3568b2ddfc0a88a355337ed6b5ec01a22d9ad42e713fde0", "sealedAt": "2026-11-23T21:22:23.0179807+00:00", "previousHash": "db833cf1403002729cf08de18e3f834d223c9ba537723648687a63cfe4e486fa"}	2026-11-23 21:22:23.021993+00	01a20a49-dead-49ee-8df7-547c6161b911	Handlingsplan.Audit.AuditSeal
125	{"id": 125, "hash": "fb737d0250029200ce9ee323dc5c618b58ca844470066d4f096ecc37131084d8", "sealedAt": "2026-11-23T21:22:27.0313797+00:00", "previousHash": "b8aa406470d2f6140bfe94f0ed4d27d0e04ad19febe3497027480428ae254d87"}	2026-11-23 21:22:27.055683+00	01a20a49-ee6c-4eaf-8ab1-e52b18226283	Handlingsplan.Audit.AuditSeal
129	{"id": 129, "hash": "80214c174bcac162d976a3590e1d5a99adc6233ed094c0b592c06ffd78a7b959", "sealedAt": "2026-11-23T21:22:34.2494889+00:00", "previousHash": "90a34efb1fc7458127f07a3a235f71b8b240b2e88c69fae5eec054aee1b925d9"}	2026-11-23 21:22:34.267738+00	01a20a4a-0a98-4aaa-9fc2-cc30ad4d9d62	Handlingsplan.Audit.AuditSeal
135	{"id": 135, "hash": "8615763258ec65ba8f3242f0e78c62ce9e740e9a69aa264dd25cdfc3ed5f5122", "sealedAt": "2026-11-23T21:22:45.1235121+00:00", "previousHash": "055f7cbb89047f162faee15d832d33ab57b51653110762d206cc349609e8bf84"}	2026-11-23 21:22:45.135848+00	01a20a4a-350c-4f04-a67e-06ecea2c3f5c	Handlingsplan.Audit.AuditSeal
114	{"id": 114, "hash": "621f0fa809c3ff346a742471d885774608c2b040a7705306c7c53bbbd1eefd7e", "sealedAt": "2026-11-23T21:22:06.3097388+00:00", "previousHash": "739953766f58cc624a7c7cd74784afcfbc504c3b0304fd0b24edaa39a2ad63f7"}	2026-11-23 21:22:06.333172+00	01a20a49-9d7b-45a8-8cdb-ea480c0c91d7	Handlingsplan.Audit.AuditSeal
116	{"id": 116, "hash": "2f9d93f3e1c7e16d36e87e1306fc35e3459c33ebbf401fe42d35987d44a8b64e", "sealedAt": "2026-11-23T21:22:10.6518468+00:00", "previousHash": "10880edca08df6b75a055d14956b2a689cf2d2f29e3685458a02705e1f2c1b23"}	2026-11-23 21:22:10.786538+00	01a20a49-aec4-48cd-b1b9-e618eae72176	Handlingsplan.Audit.AuditSeal
124	{"id": 124, "hash": "b8aa406470d2f6140bfe94f0ed4d27d0e04ad19febe3497027480428ae254d87", "sealedAt": "2026-11-23T21:22:25.6987136+00:00", "previousHash": "7e432f9ffbf42e75d3568b2ddfc0a88a355337ed6b5ec01a22d9ad42e713fde0"}	2026-11-23 21:22:25.709156+00	01a20a49-e929-4143-865a-2e37cbfaeb2e	Handlingsplan.Audit.AuditSeal
126	{"id": 126, "hash": "4ff95e0273aa4830f99e78bf2d22dfe2418f6fc457436d495d2de7873bb6aecc", "sealedAt": "2026-11-23T21:22:28.8421027+00:00", "previousHash": "fb737d0250029200ce9ee323dc5c618b58ca844470066d4f096ecc37131084d8"}	2026-11-23 21:22:28.895677+00	01a20a49-f596-4b2b-b3b6-72e4525e7a4f	Handlingsplan.Audit.AuditSeal
132	{"id": 132, "hash": "931228ad9315083c67615df968119fe89185481ae62e8ff4451091622a35b3b3", "sealedAt": "2026-11-23T21:22:40.281415+00:00", "previousHash": "f2f5f5ab51a6bd801672281a0779d51f65d55cd3c8296272ed5910245b5d86d7"}	2026-11-23 21:22:40.299038+00	01a20a4a-222a-4d25-a6ba-868b71e8086f	Handlingsplan.Audit.AuditSeal
133	{"id": 133, "hash": "3cf469348cb4b1b40d63b165ea5f84001a50db078599ba319fc8f13fd9029fa5", "sealedAt": "2026-11-23T21:22:40.281415+00:00", "previousHash": "931228ad9315083c67615df968119fe89185481ae62e8ff4451091622a35b3b3"}	2026-11-23 21:22:40.299038+00	01a20a4a-222a-4af6-a478-89227600884d	Handlingsplan.Audit.AuditSeal
137	{"id": 137, "hash": "76d2088c4e6a7f698d5dc58fba3e9b2bb04ec72aa181cb1bf6d933dba94a1ec0", "sealedAt": "2026-11-23T21:22:47.160183+00:00", "previousHash": "02b081fd4193abd0fe0603016ba95c0d2a3ec77139aeca799e69d2228be93ffe"}	2026-11-23 21:22:47.182481+00	01a20a4a-3d0c-49ed-8f4f-7c33188b21d9	Handlingsplan.Audit.AuditSeal
138	{"id": 138, "hash": "44dccfcb6ad6e3f584935269ce93cfe9e9cf0d6abf3df8765d4a4cb674ebff96", "sealedAt": "2026-11-23T21:22:48.1472713+00:00", "previousHash": "76d2088c4e6a7f698d5dc58fba3e9b2bb04ec72aa181cb1bf6d933dba94a1ec0"}	2026-11-23 21:22:48.15699+00	01a20a4a-40db-4fe2-8daa-b4772bd001b4	Handlingsplan.Audit.AuditSeal
117	{"id": 117, "hash": "98c31066501d4a531852299962a60cb23d4cdfc3913ebd86db69ae4091ea4218", "sealedAt": "2026-11-23T21:22:13.0005216+00:00", "previousHash": "2f9d93f3e1c7e16d36e87e1306fc35e3459c33ebbf401fe42d35987d44a8b64e"}	2026-11-23 21:22:13.023536+00	01a20a49-b79a-4b1e-8ad0-53ec6a5b1768	Handlingsplan.Audit.AuditSeal
118	{"id": 118, "hash": "7424f24113fb75640388ba10faa60c29d68fccaf73a70e3e4832186cbfa7e491", "sealedAt": "2026-11-23T21:22:13.0005216+00:00", "previousHash": "98c31066501d4a531852299962a60cb23d4cdfc3913ebd86db69ae4091ea4218"}	2026-11-23 21:22:13.023536+00	01a20a49-b79a-43e0-a4ef-16932fc79463	Handlingsplan.Audit.AuditSeal
119	{"id": 119, "hash": "e942cf21ed6a9026a7d2647798305cb4cd7555399e842eb94a9b1a3e07114d81", "sealedAt": "2026-11-23T21:22:15.1643339+00:00", "previousHash": "7424f24113fb75640388ba10faa60c29d68fccaf73a70e3e4832186cbfa7e491"}	2026-11-23 21:22:15.264296+00	01a20a49-c05d-41bb-be75-d4c94654190e	Handlingsplan.Audit.AuditSeal
122	{"id": 122, "hash": "db833cf1403002729cf08de18e3f834d223c9ba537723648687a63cfe4e486fa", "sealedAt": "2026-11-23T21:22:20.9228593+00:00", "previousHash": "d3bb7dc329d71d6b8f9f00cfeeb0e843606b7fdadb360285d0de9d6b43533fc5"}	2026-11-23 21:22:20.938472+00	01a20a49-d68a-42fb-801c-7fbd6b1631f8	Handlingsplan.Audit.AuditSeal
127	{"id": 127, "hash": "b384346138d2f9a4d1f51943abe443d9b2664e335f906474f02bb83b60d5631d", "sealedAt": "2026-11-23T21:22:31.2740673+00:00", "previousHash": "4ff95e0273aa4830f99e78bf2d22dfe2418f6fc457436d495d2de7873bb6aecc"}	2026-11-23 21:22:31.29669+00	01a20a49-ff00-4662-8f8c-032c065e6b1d	Handlingsplan.Audit.AuditSeal
128	{"id": 128, "hash": "90a34efb1fc7458127f07a3a235f71b8b240b2e88c69fae5eec054aee1b925d9", "sealedAt": "2026-11-23T21:22:32.7914226+00:00", "previousHash": "b384346138d2f9a4d1f51943abe443d9b2664e335f906474f02bb83b60d5631d"}	2026-11-23 21:22:32.799135+00	01a20a4a-04dc-454c-9420-3dfe06796395	Handlingsplan.Audit.AuditSeal
134	{"id": 134, "hash": "055f7cbb89047f162faee15d832d33ab57b51653110762d206cc349609e8bf84", "sealedAt": "2026-11-23T21:22:43.2903281+00:00", "previousHash": "3cf469348cb4b1b40d63b165ea5f84001a50db078599ba319fc8f13fd9029fa5"}	2026-11-23 21:22:43.35284+00	01a20a4a-2e18-47c6-8045-3ce3c9ec0102	Handlingsplan.Audit.AuditSeal
139	{"id": 139, "hash": "d8a00da61228ffbe9fe5bfb29ef675b3c03cf72aae2f435666574aafd8c6c9c6", "sealedAt": "2026-11-23T21:22:48.8113171+00:00", "previousHash": "44dccfcb6ad6e3f584935269ce93cfe9e9cf0d6abf3df8765d4a4cb674ebff96"}	2026-11-23 21:22:48.826189+00	01a20a4a-4379-4493-8f9e-bed0f2378894	Handlingsplan.Audit.AuditSeal
\.


--
-- Data for Name: mt_doc_dashboardview; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_dashboardview (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
dashboard	{"id": "dashboard", "items": {"01a20a48-5281-72e4-994a-f75ccf1162a5": {"kind": "measure", "status": "completed", "horizon": "shortTerm", "category": "operationalChange", "committee": "SN", "realisations": [{"year": 2025, "amountTkr": 250, "recurring": true}, {"year": 2026, "amountTkr": 300.5, "recurring": false}, {"year": 2026, "amountTkr": 100, "recurring": true}], "estimatedSavingTkr": 900}, "01a20a48-588a-7343-a655-db5f0d311f63": {"kind": "measure", "status": "realising", "horizon": null, "category": null, "committee": "KS", "realisations": [{"year": 2026, "amountTkr": 150, "recurring": true}], "estimatedSavingTkr": null}, "01a20a48-5ce5-77f4-9289-a7640dde4db5": {"kind": "measure", "status": "declined", "horizon": "longTerm", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": 400}, "01a20a48-5f9d-7477-966a-18b05bad0a73": {"kind": "measure", "status": "cancelled", "horizon": null, "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": 300}, "01a20a48-62b1-77bc-bd0c-012535e6e920": {"kind": "shift", "status": "completed", "horizon": "longTerm", "category": null, "committee": "VON", "realisations": [{"year": 2026, "amountTkr": 400, "recurring": true}], "estimatedSavingTkr": 1200}, "01a20a48-664a-7bcf-84aa-eca1593c298a": {"kind": "shift", "status": "cancelled", "horizon": null, "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": 300}, "01a20a48-69b9-7333-b7f3-e7f58bb1a4b9": {"kind": "shift", "status": "declined", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": 90}, "01a20a48-6e22-7267-bd67-0d831617f813": {"kind": "investigation", "status": "completed", "horizon": null, "category": null, "committee": "KUN", "realisations": [], "estimatedSavingTkr": null}, "01a20a48-70fa-78f7-950c-88505721a8da": {"kind": "investigation", "status": "realising", "horizon": null, "category": null, "committee": "SN", "realisations": [{"year": 2025, "amountTkr": 75, "recurring": false}], "estimatedSavingTkr": 250}, "01a20a48-74a2-7473-a30b-d2acf681e4dc": {"kind": "investigation", "status": "cancelled", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": 2000}, "01a20a49-2eda-78bb-81e7-a34a5ae4abd6": {"kind": "measure", "status": "assigned", "horizon": "shortTerm", "category": "operationalChange", "committee": "VON", "realisations": [], "estimatedSavingTkr": 500}, "01a20a49-556d-7281-94e8-b786d61458e7": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": 120}, "01a20a49-92d9-7a1f-b87f-d242fb089678": {"kind": "measure", "status": "prioritised", "horizon": "shortTerm", "category": "operationalChange", "committee": "KUN", "realisations": [], "estimatedSavingTkr": 700}, "01a20a49-b64d-72d1-b43b-433bf51532b8": {"kind": "measure", "status": "proposed", "horizon": "longTerm", "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": 200}, "01a20a4a-215a-7630-a03e-fac5c425a991": {"kind": "measure", "status": "proposed", "horizon": "shortTerm", "category": "operationalChange", "committee": "SN", "realisations": [], "estimatedSavingTkr": 350}, "02dffb9a-9e1e-451f-2349-36744956cc09": {"kind": "measure", "status": "proposed", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 100}, "09283c36-2c14-651b-c327-d62412b3d722": {"kind": "investigation", "status": "declined", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "0b02c9dc-3b99-f64e-16e4-437b2a64e432": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "108aedfe-9698-29ea-52d2-d94f4f773b9e": {"kind": "measure", "status": "proposed", "horizon": "departmentInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 250}, "17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 100}, "26cd6d09-c479-9f29-8d03-3727491d6e51": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "AHEM", "realisations": [], "estimatedSavingTkr": null}, "27c2a3bf-7dd6-2731-a2f5-daad609befca": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 200}, "346c733e-472f-70cb-7ada-47cd3423349a": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "AEAB", "realisations": [], "estimatedSavingTkr": null}, "37c15650-52d0-b9d9-7233-21d0b42c1046": {"kind": "measure", "status": "prioritised", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 800}, "401fee7d-2202-ff93-e435-98938bc3d50d": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "VON", "realisations": [], "estimatedSavingTkr": null}, "4b836c1e-c600-43b0-c2d1-949193219c98": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KUN", "realisations": [], "estimatedSavingTkr": null}, "4c81d697-b32f-fdb2-a180-08264a92b9f3": {"kind": "investigation", "status": "realising", "horizon": null, "category": null, "committee": "SN", "realisations": [{"year": 2026, "amountTkr": 200, "recurring": true}], "estimatedSavingTkr": null}, "4e070f3f-17c6-148f-cd47-2e86142d6a27": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "551e8af8-5974-b241-ac19-e9976b7559fb": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KUN", "realisations": [], "estimatedSavingTkr": null}, "5a3cf5d6-81ec-524e-e85b-e5d6a7898df1": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "5e33e667-82ff-132a-6daf-581a5e3a84ef": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KUN", "realisations": [], "estimatedSavingTkr": null}, "77a7b695-bb52-0a98-c2cd-43577e6fed5c": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "8954aa53-5f01-febd-1ee6-a1f0353ae80c": {"kind": "measure", "status": "proposed", "horizon": "departmentInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 700}, "8a21a836-52d3-61e1-89dd-c682455bff34": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "95b45909-6944-8243-502f-8df0c96c09ad": {"kind": "investigation", "status": "realising", "horizon": null, "category": null, "committee": "BMN", "realisations": [{"year": 2025, "amountTkr": 500, "recurring": false}], "estimatedSavingTkr": null}, "9683f545-e542-7bad-dbe9-52e38d14f9ca": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "9fb04678-6943-f542-c32d-1d47f62332d4": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "a1fc6591-ec32-ca7e-9dee-2b730f823a0e": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "a3c63fe5-47e0-b987-a909-c9da6e82ab7e": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "b344ca44-b96b-8acc-631a-9bf88f72a93d": {"kind": "measure", "status": "proposed", "horizon": "longTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 100}, "b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": null}, "b83e4f80-e08f-d613-de69-6f6a4538c952": {"kind": "measure", "status": "proposed", "horizon": "longTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "b8d34b64-92b3-4bee-be6b-342d31fe5808": {"kind": "measure", "status": "proposed", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 500}, "bc3f9262-12bd-9fd2-773b-d97f18882871": {"kind": "measure", "status": "proposed", "horizon": "longTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "c63ad145-fd76-2b64-42e2-1ff4551966c1": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "d2fbca2c-76ce-6e8f-c6d4-c216f4c01926": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "d600fa46-9137-8fe6-7a42-7f74be3e0528": {"kind": "measure", "status": "proposed", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 500}, "d958c7a8-55c9-b31a-e554-e13a257a6657": {"kind": "investigation", "status": "declined", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "ea34d02e-7e11-50ec-5537-2ecebf4327ea": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "f4b4eb74-0973-9148-5df1-0a7bd12a1bc6": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "f62dded0-84a9-6be7-7492-e93a9ac0ecbe": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "f70c7ccd-8081-48d0-768e-81bd4a0be3f5": {"kind": "measure", "status": "declined", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 350}, "fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}}, "allocations": {"year": 2026, "source": "Budget 2026, plan 2027–2028", "committees": [{"committee": "VON", "allocationTkr": 1017829}, {"committee": "SN", "allocationTkr": 265836}, {"committee": "KUN", "allocationTkr": 393467}, {"committee": "BUN", "allocationTkr": 1131226}, {"committee": "BMN", "allocationTkr": 17841}, {"committee": "TN", "allocationTkr": 85940}, {"committee": "KS", "allocationTkr": 153695}, {"committee": "ÖFN", "allocationTkr": 5045}]}, "ambitionTkr": 100000, "budgetedBuffers": {"SN": 1800, "VON": 2000}}	2026-11-23 21:22:49.389251+00	Handlingsplan.Dashboard.DashboardView	140
\.


--
-- Data for Name: mt_doc_deadletterevent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_deadletterevent (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_envelope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_envelope (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_investigation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_investigation (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
4e070f3f-17c6-148f-cd47-2e86142d6a27	{"id": "4e070f3f-17c6-148f-cd47-2e86142d6a27", "kind": "investigation", "title": "Översyn av interndebiteringar", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "En översyn ska genomföras av omfattningen och administrationen kring rutiner för interndebitering. Översynen påbörjas under 2025 och samordnas av ekonomiavdelningen.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Ekonomiavdelningen", "proposedAt": "2026-11-23T21:20:10.5339374+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	3
fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	{"id": "fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d", "kind": "investigation", "title": "Se över processen för ärenden som ska behandlas politiskt", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Under våren 2025 ska kansli- och HR-avdelningen samordna översynen av hur ärendehanteringsprocessen för politiska ärenden kan effektiviseras.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Kansli- och HR-avdelningen", "proposedAt": "2026-11-23T21:20:10.5339402+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	3
d958c7a8-55c9-b31a-e554-e13a257a6657	{"id": "d958c7a8-55c9-b31a-e554-e13a257a6657", "kind": "investigation", "title": "Utred lämplighet i att samordna kommunens juristkompetenser, samt utred juristsamverkan med andra kommuner", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "declined", "dueDate": null, "horizon": null, "version": 2, "category": null, "findings": null, "handling": "Att utreda lämpligheten att samordna juristkompetenser bedöms inte som prioriterat i förhållande till övriga utredningar. Möjligheten finns dock fortfarande kvar i framtiden.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5339886+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	2
77a7b695-bb52-0a98-c2cd-43577e6fed5c	{"id": "77a7b695-bb52-0a98-c2cd-43577e6fed5c", "kind": "investigation", "title": "Utred lämpligheten att överanställa personal", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "En översyn av möjligheter att överanställa personal kommer genomföras av de förvaltningar som har enheter med hög vikarieanskaffning. Arbetet kommer samordnas av kansli- och HR-avdelningen. I de fall det är lämpligt att överanställa personal kommer åtgärder vidtas.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Kansli- och HR-avdelningen", "proposedAt": "2026-11-23T21:20:10.5340085+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	3
c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	{"id": "c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed", "kind": "investigation", "title": "Utred möjligheter att effektivisera schemaläggning", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Utredningar kommer genomföras av de verksamheter som har behov av att effektivisera schemaläggningen. Utredningarna samordnas av kansli- och HR-avdelningen och IT-avdelningen.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Kansli- och HR-avdelningen och IT-avdelningen", "proposedAt": "2026-11-23T21:20:10.534011+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	3
9683f545-e542-7bad-dbe9-52e38d14f9ca	{"id": "9683f545-e542-7bad-dbe9-52e38d14f9ca", "kind": "investigation", "title": "Utöka samordningen av personalresurser", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Frågan om det går att samordna personalresurser sker allteftersom att tjänster blir vakanta. Frågan samordnas av kansli- och HR-avdelningen.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Kansli- och HR-avdelningen", "proposedAt": "2026-11-23T21:20:10.5340131+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	3
09283c36-2c14-651b-c327-d62412b3d722	{"id": "09283c36-2c14-651b-c327-d62412b3d722", "kind": "investigation", "title": "Undersöka möjligheten att dela kompetenser med andra kommuner, förvaltningar eller bolag", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "declined", "dueDate": null, "horizon": null, "version": 2, "category": null, "findings": null, "handling": "Det bedöms inte som prioriterat i förhållande till övriga effektiviseringsåtgärder att göra en större utredning i detta ämne. Det finns en kontinuerlig analys i samband med att tjänster blir vakanta och frågan är även ett moment som nämnderna ska beakta i sina genomlysningar.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5340156+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	2
5e33e667-82ff-132a-6daf-581a5e3a84ef	{"id": "5e33e667-82ff-132a-6daf-581a5e3a84ef", "kind": "investigation", "title": "Samnyttjande av förvaltningens lokaler för övriga förvaltningar", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "De allt högre lokalkostnaderna kräver att förvaltningarna har en effektivare lokalplanering. En översyn ska genomföras initialt av samnyttjandet av kommunens konferens- och mötesrum. Översynen samordnas av ekonomiavdelningen.", "measures": [], "timeline": null, "committee": "KUN", "followUps": [], "department": "Ekonomiavdelningen", "proposedAt": "2026-11-23T21:20:10.5340178+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	3
4b836c1e-c600-43b0-c2d1-949193219c98	{"id": "4b836c1e-c600-43b0-c2d1-949193219c98", "kind": "investigation", "title": "Ökad samverkan med andra förvaltningar gällande yrkesgrupper – attraktiv arbetsgivare", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "En ökad samverkan mellan förvaltningar är något kommunstyrelsen uppmuntrar. I nämndernas genomlysningar ska en översyn genomföras av möjliga organisationsförändringar för att öka effektiviteten. Arbetet samordnas initialt av kultur- och utbildningsförvaltningen.", "measures": [], "timeline": null, "committee": "KUN", "followUps": [], "department": "Kultur- och utbildningsförvaltningen", "proposedAt": "2026-11-23T21:20:10.5340203+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	3
551e8af8-5974-b241-ac19-e9976b7559fb	{"id": "551e8af8-5974-b241-ac19-e9976b7559fb", "kind": "investigation", "title": "Översyn av lokalkostnader med fokus på nämndens specialobjekt", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Att göra en översyn av Kultur- och utbildningsnämndens lokalkostnader är något som uppmuntras av kommunstyrelsen. Översynen samordnas och genomförs av kultur- och utbildningsförvaltningen.", "measures": [], "timeline": null, "committee": "KUN", "followUps": [], "department": "Kultur- och utbildningsförvaltningen", "proposedAt": "2026-11-23T21:20:10.5340224+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	3
b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	{"id": "b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c", "kind": "investigation", "title": "Använda AI-stöd i utredningar", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 4, "category": null, "findings": null, "handling": "Möjligheten att nyttja AI är något som pågår och att använda AI-stöd är en del av den utvecklingen som pågår. Arbetet samordnas av IT-avdelningen.", "measures": [{"id": "01a20a4a-215a-7630-a03e-fac5c425a991", "kind": "measure", "title": "AI-stöd för dokumentation i barn- och ungdomsutredningar"}], "timeline": null, "committee": "SN", "followUps": [], "department": "IT-avdelningen", "proposedAt": "2026-11-23T21:20:10.5340274+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:22:40.158007+00	Handlingsplan.Investigations.Investigation	4
401fee7d-2202-ff93-e435-98938bc3d50d	{"id": "401fee7d-2202-ff93-e435-98938bc3d50d", "kind": "investigation", "title": "Kommunövergripande handlingsplaner och rutiner", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen har påbörjat en kartläggning av möjligheter att stärka samverkan mellan förvaltningarna. Initialt har fokus legat på att motverka social isolering och en effektivare användning av lokaler. Arbetet kan komma att utvidgas och omfatta kommunledningskontoret samt andra förvaltningar i framtiden.", "measures": [], "timeline": null, "committee": "VON", "followUps": [], "department": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen", "proposedAt": "2026-11-23T21:20:10.5386196+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Investigations.Investigation	3
01a20a48-6e22-7267-bd67-0d831617f813	{"id": "01a20a48-6e22-7267-bd67-0d831617f813", "kind": "investigation", "title": "Utredning av skolskjutsarnas organisation och upphandling", "origin": null, "source": null, "status": "completed", "dueDate": "2026-03-31", "horizon": null, "version": 6, "category": null, "findings": "En samordnad upphandling med gemensamma linjer för grundskola och särskola ger lägre kostnader; avtalen löper ut 2026.", "handling": "Utreds gemensamt av kultur- och utbildningsförvaltningen och ekonomiavdelningen.", "measures": [{"id": "01a20a49-92d9-7a1f-b87f-d242fb089678", "kind": "measure", "title": "Samordnad upphandling av skolskjuts från läsåret 2026/27"}], "timeline": "Klar till budgetberedningen 2026", "committee": "KUN", "followUps": [], "department": "Kultur- och utbildningsförvaltningen", "proposedAt": "2026-11-23T21:20:48.6741862+00:00", "concludedAt": "2026-11-23T21:22:01.9858143+00:00", "description": "Skolskjutsarna körs i dag av tre entreprenörer med olika avtal.", "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": "Ekonomichef", "decisionReference": "KS 2025-02-03 § 17", "estimatedSavingTkr": null}	2026-11-23 21:22:05.041385+00	Handlingsplan.Investigations.Investigation	6
01a20a48-70fa-78f7-950c-88505721a8da	{"id": "01a20a48-70fa-78f7-950c-88505721a8da", "kind": "investigation", "title": "Översyn av bemanningen i socialjouren på kvällar och helger", "origin": null, "source": null, "status": "realising", "dueDate": null, "horizon": null, "version": 7, "category": null, "findings": "Gemensam socialjour med Lerum och Vårgårda täcker helgerna med färre jourpass.", "handling": "Socialförvaltningen utreder samverkan med grannkommunerna.", "measures": [{"id": "01a20a49-b64d-72d1-b43b-433bf51532b8", "kind": "measure", "title": "Gemensam socialjour med grannkommunerna"}], "timeline": null, "committee": "SN", "followUps": [{"note": "Avtalet med grannkommunerna skrivs under i december.", "recordedAt": "2026-11-23T21:22:18.012747+00:00"}], "department": "Socialförvaltningen", "proposedAt": "2026-11-23T21:20:49.402195+00:00", "concludedAt": "2026-11-23T21:22:09.9840585+00:00", "description": null, "realisedTkr": 75, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [{"note": "Färre övertidstimmar under hösten.", "year": 2025, "amountTkr": 75, "recurring": false, "realisedAt": "2026-11-23T21:22:15.0337896+00:00"}], "responsibleRole": "Enhetschef socialjouren", "decisionReference": "KS 2025-03-10 § 32", "estimatedSavingTkr": 250}	2026-11-23 21:22:18.03324+00	Handlingsplan.Investigations.Investigation	7
01a20a48-74a2-7473-a30b-d2acf681e4dc	{"id": "01a20a48-74a2-7473-a30b-d2acf681e4dc", "kind": "investigation", "title": "Gemensam lokalförsörjningsplan för alla nämnder", "origin": null, "source": null, "status": "cancelled", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Kommunledningskontoret leder arbetet.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:50.3384301+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-05-05 § 58", "estimatedSavingTkr": 2000}	2026-11-23 21:22:20.671809+00	Handlingsplan.Investigations.Investigation	3
4c81d697-b32f-fdb2-a180-08264a92b9f3	{"id": "4c81d697-b32f-fdb2-a180-08264a92b9f3", "kind": "investigation", "title": "Använda kommunorganisationen i arbetsmarknadsverksamhet", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "realising", "dueDate": null, "horizon": null, "version": 6, "category": null, "findings": "Kommunens egna verksamheter kan ta emot fler i arbetsmarknadsåtgärder; effekten på försörjningsstödet är tydlig.", "handling": "Utredningen om att nyttja kommunens verksamheter till arbetsmarknadsverksamheten samordnas av socialförvaltningen. Eventuella åtgärder genomförs utefter utredningens slutsatser.", "measures": [], "timeline": null, "committee": "SN", "followUps": [{"note": "Samarbetet med arbetsmarknadsenheten fungerar väl.", "recordedAt": "2026-11-23T21:22:32.5014668+00:00"}], "department": "Socialförvaltningen", "proposedAt": "2026-11-23T21:20:10.5340249+00:00", "concludedAt": "2026-11-23T21:22:33.9244332+00:00", "description": null, "realisedTkr": 200, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [{"note": "Fem personer i kommunala arbetsmarknadsanställningar i stället för försörjningsstöd.", "year": 2026, "amountTkr": 200, "recurring": true, "realisedAt": "2026-11-23T21:22:30.5890835+00:00"}], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:22:33.937709+00	Handlingsplan.Investigations.Investigation	6
95b45909-6944-8243-502f-8df0c96c09ad	{"id": "95b45909-6944-8243-502f-8df0c96c09ad", "kind": "investigation", "title": "Införande av ett e-arkiv", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "realising", "dueDate": null, "horizon": null, "version": 5, "category": null, "findings": null, "handling": "Arbetet har påbörjats och samordnas av IT-avdelningen tillsammans med kansli- och HR-avdelningen. Fokus framöver kommer vara att hitta lösningar som möjliggör att verksamheters system kan överföras till ett digitalt mellanarkiv.", "measures": [], "timeline": null, "committee": "BMN", "followUps": [{"note": "Mellanarkivet är upphandlat.", "recordedAt": "2026-11-23T21:22:38.347034+00:00"}], "department": "IT-avdelningen", "proposedAt": "2026-11-23T21:20:10.5338985+00:00", "concludedAt": null, "description": null, "realisedTkr": 500, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [{"note": "Avvecklat gammalt ärendearkiv; licenskostnad återbetald.", "year": 2025, "amountTkr": 500, "recurring": false, "realisedAt": "2026-11-23T21:22:35.8091925+00:00"}], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-23 21:22:38.360698+00	Handlingsplan.Investigations.Investigation	5
\.


--
-- Data for Name: mt_doc_measure; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_measure (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
a1fc6591-ec32-ca7e-9dee-2b730f823a0e	{"id": "a1fc6591-ec32-ca7e-9dee-2b730f823a0e", "kind": "measure", "title": "Genomlysningar och metod för ständiga förbättringar", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "measures": [], "timeline": "Genomlysningar av samtliga förvaltningar årligen från och med år 2024 samt att metod för ständiga förbättringar implementeras under 2024.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338035+00:00", "description": "Utökad analys av effektivitet och en metod för att genomföra och följa upp effektiviseringsåtgärder. Förvaltningarna ser över sina gränsdragningar, samordnar resurser och roller och utreder effektivisering genom digitalisering. Genomlysningarna genomförs årligen från och med 2024.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Samtliga förvaltningschefer och ekonomichef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
ea34d02e-7e11-50ec-5537-2ecebf4327ea	{"id": "ea34d02e-7e11-50ec-5537-2ecebf4327ea", "kind": "measure", "title": "Effektivisera den politiska målstyrningen", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "measures": [], "timeline": "Beslut om reviderad styrmodell under 2024.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338071+00:00", "description": "En reviderad styrmodell med större fokus på verksamheternas effektivitet i form av volym och kvalitet utifrån resurs, med så lite administration som möjligt i rapporteringen. Förslagsvis ett övergripande mål om att vara Sveriges mest effektiva kommun.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Ekonomichef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
a3c63fe5-47e0-b987-a909-c9da6e82ab7e	{"id": "a3c63fe5-47e0-b987-a909-c9da6e82ab7e", "kind": "measure", "title": "Omstrukturerings-/omställningsfond", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "measures": [], "timeline": "Beslut i samband med kommunbudget 2025-2027.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338091+00:00", "description": "Avsatta medel för omstruktureringar och kompetensväxlingar som långsiktigt frigör medel men kortsiktigt kan innebära engångskostnader. Förslagsvis avsätts ungefär 5 miljoner kronor årligen, finansierat genom ett förstärkt finansnetto.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Personalchef och ekonomichef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
f62dded0-84a9-6be7-7492-e93a9ac0ecbe	{"id": "f62dded0-84a9-6be7-7492-e93a9ac0ecbe", "kind": "measure", "title": "Lokaleffektivitet", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "measures": [], "timeline": "Årligen i samband med lokalförsörjningsplanerna.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338135+00:00", "description": "Så kostnadseffektiva och så få lokaler som möjligt, med samlokalisering där det är lämpligt. Kommunstyrelsen får ett tydligare uppdrag att samordna och styra lokalförsörjningsprocessen, och köksorganisationen ses över.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Samtliga förvaltningschefer får i uppdrag att arbeta mer fokuserat med lokaleffektivitet i samband med förvaltningarnas lokalförsörjningsplaner. Ekonomichef får i uppdrag att göra en översyn över köksorganisationen.", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
d2fbca2c-76ce-6e8f-c6d4-c216f4c01926	{"id": "d2fbca2c-76ce-6e8f-c6d4-c216f4c01926", "kind": "measure", "title": "Översyn av inköpsorganisation", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "measures": [], "timeline": "Översyn under 2024 och implementation av inköpsorganisation under 2025.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.533815+00:00", "description": "En översyn av kommunens samlade inköpsorganisation för att minska antalet beställare, öka kvaliteten i inköpen och minska onödig administration. Förvaltningarna gör inköp för cirka en halv miljard kronor per år.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Ekonomichef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
b83e4f80-e08f-d613-de69-6f6a4538c952	{"id": "b83e4f80-e08f-d613-de69-6f6a4538c952", "kind": "measure", "title": "Fokusera åtgärder för att minska personalomsättning", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "longTerm", "version": 1, "category": "operationalChange", "measures": [], "timeline": "Före 2028", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338801+00:00", "description": "Genomför analys och riktade åtgärder för att stötta de enheter och verksamheter där det är en hög personalomsättning.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
346c733e-472f-70cb-7ada-47cd3423349a	{"id": "346c733e-472f-70cb-7ada-47cd3423349a", "kind": "measure", "title": "Utdelning/koncernbidrag från koncernen Alingsås Energi", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "measures": [], "timeline": "Utredning under 2024 och beslut i samband med kommunbudget 2025-2027.", "committee": "AEAB", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338203+00:00", "description": "Koncernen Alingsås Energi är finansiellt välskött med stark soliditet, och en årlig utdelning alternativt koncernbidrag på 10 miljoner kronor föreslås. Hur pengarna flyttas beslutas årligen utifrån vad som är mest ekonomiskt fördelaktigt.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Koncernredovisningschef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
26cd6d09-c479-9f29-8d03-3727491d6e51	{"id": "26cd6d09-c479-9f29-8d03-3727491d6e51", "kind": "measure", "title": "Aktieägartillskott till Alingsåshem lokaler AB", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "measures": [], "timeline": "Beslut i kommunfullmäktige första halvåret 2024.", "committee": "AHEM", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338634+00:00", "description": "Alingsåshem lokaler AB föreslås bli ägare till kommunens nya verksamhetslokaler. Kommunen bör undersöka möjligheterna att ge ett aktieägartillskott till bolaget för att minska skuldsättningsgraden.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Koncernredovisningschef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
02dffb9a-9e1e-451f-2349-36744956cc09	{"id": "02dffb9a-9e1e-451f-2349-36744956cc09", "kind": "measure", "title": "Effektivisera kommunledningskontorets beredning av andra nämnders handlingar", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "shortTerm", "version": 1, "category": "operationalChange", "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.533869+00:00", "description": "Effektivisera administrationen genom att i högre grad nyttja handlingar från andra nämnder.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 100}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
d600fa46-9137-8fe6-7a42-7f74be3e0528	{"id": "d600fa46-9137-8fe6-7a42-7f74be3e0528", "kind": "measure", "title": "Utökad integration och automatisering", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "shortTerm", "version": 1, "category": "operationalChange", "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338714+00:00", "description": "Centralisera och integrera IT-system för att effektivisera arbete.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 500}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
b8d34b64-92b3-4bee-be6b-342d31fe5808	{"id": "b8d34b64-92b3-4bee-be6b-342d31fe5808", "kind": "measure", "title": "Se över möjligheten att ha färre telefoner", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "shortTerm", "version": 1, "category": "operationalChange", "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338726+00:00", "description": "Hitta personliga lösningar som gör att antalet telefoner kan minska.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 500}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
b344ca44-b96b-8acc-631a-9bf88f72a93d	{"id": "b344ca44-b96b-8acc-631a-9bf88f72a93d", "kind": "measure", "title": "Ta bort blanketter som ska registreras genom e-tjänst", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "longTerm", "version": 1, "category": "operationalChange", "measures": [], "timeline": "Före 2028", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338756+00:00", "description": "Minska administrationen genom att integrera e-tjänster med ekonomisystemet. Detta gäller exempelvis underlag till kundfaktura och interndebitering.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 100}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
f70c7ccd-8081-48d0-768e-81bd4a0be3f5	{"id": "f70c7ccd-8081-48d0-768e-81bd4a0be3f5", "kind": "measure", "title": "Minska kostnaden för upphandlingar och konsulter", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "declined", "dueDate": null, "horizon": "shortTerm", "version": 2, "category": "operationalChange", "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338675+00:00", "description": "Anslut genom samverkansavtal till större upphandlingar som genomförs av upphandlare såsom Göteborgs stad och ADDA inköpscentral.", "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-03-10 § 33", "estimatedSavingTkr": 350}	2026-11-23 21:22:47.08002+00	Handlingsplan.Measures.Measure	2
bc3f9262-12bd-9fd2-773b-d97f18882871	{"id": "bc3f9262-12bd-9fd2-773b-d97f18882871", "kind": "measure", "title": "Hitta lösningar som är nytänkande inom arbetsmiljö", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "longTerm", "version": 1, "category": "operationalChange", "measures": [], "timeline": "Före 2028", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338817+00:00", "description": "Utarbeta en metod för att hitta en rimlig nivå för arbetsmiljöåtgärder.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
108aedfe-9698-29ea-52d2-d94f4f773b9e	{"id": "108aedfe-9698-29ea-52d2-d94f4f773b9e", "kind": "measure", "title": "Se över attestreglementet för mindre fakturor", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "departmentInvestigation", "version": 1, "category": "operationalChange", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338833+00:00", "description": "Utred om det räcker med en attestant, om det är lämpligt och om det frigör tid.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Kommunledningskontoret", "decisionReference": null, "estimatedSavingTkr": 250}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
8954aa53-5f01-febd-1ee6-a1f0353ae80c	{"id": "8954aa53-5f01-febd-1ee6-a1f0353ae80c", "kind": "measure", "title": "Effektivisera kostuppföljningen", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "departmentInvestigation", "version": 1, "category": "operationalChange", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338844+00:00", "description": "Utred möjligheten att frigöra resurser genom effektivare kostuppföljning.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Kommunledningskontoret", "decisionReference": null, "estimatedSavingTkr": 700}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
27c2a3bf-7dd6-2731-a2f5-daad609befca	{"id": "27c2a3bf-7dd6-2731-a2f5-daad609befca", "kind": "measure", "title": "Översyn av interndebiteringar", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "operationalChange", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338862+00:00", "description": "Undersök om det är möjligt att frigöra tid genom att minska administration av interndebiteringar mellan förvaltningar.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 200}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f	{"id": "17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f", "kind": "measure", "title": "Se över processen för ärenden som ska behandlas politiskt", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "operationalChange", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338873+00:00", "description": "Utred om processen går att standardisera och göra effektivare. Framförallt för sekretessärenden.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 100}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
5a3cf5d6-81ec-524e-e85b-e5d6a7898df1	{"id": "5a3cf5d6-81ec-524e-e85b-e5d6a7898df1", "kind": "measure", "title": "Utred lämplighet i att samordna kommunens juristkompetenser, samt utred juristsamverkan med andra kommuner", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "changedResponsibility", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338884+00:00", "description": "Utred möjligheten att öka det juridiska stödet samtidigt som man kan minska konsultkostnader.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
c63ad145-fd76-2b64-42e2-1ff4551966c1	{"id": "c63ad145-fd76-2b64-42e2-1ff4551966c1", "kind": "measure", "title": "Utred lämpligheten att överanställa personal", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "changedResponsibility", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338896+00:00", "description": "Utred om det är lämpligt att överanställa personal inom verksamheter som har hög vikarieanskaffning.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
8a21a836-52d3-61e1-89dd-c682455bff34	{"id": "8a21a836-52d3-61e1-89dd-c682455bff34", "kind": "measure", "title": "Utred möjligheter att effektivisera schemaläggning", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "operationalChange", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338915+00:00", "description": "Utred möjlighet att genom tekniska lösningar optimera schemaläggningen.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
9fb04678-6943-f542-c32d-1d47f62332d4	{"id": "9fb04678-6943-f542-c32d-1d47f62332d4", "kind": "measure", "title": "Utöka samordningen av personalresurser", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "changedResponsibility", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338934+00:00", "description": "Öka möjlighet att låna personal från andra enheter.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
f4b4eb74-0973-9148-5df1-0a7bd12a1bc6	{"id": "f4b4eb74-0973-9148-5df1-0a7bd12a1bc6", "kind": "measure", "title": "Undersöka möjligheten att dela kompetenser med andra kommuner, förvaltningar eller bolag", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "changedResponsibility", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338955+00:00", "description": "Utred om det är möjligt att dela spetskompetens med andra. Detta kan exempelvis röra geotekniker, byggnadsantikvarie, kommunekolog, samt experter inom exempelvis bullerskydd eller dagvatten.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:20:11.675956+00	Handlingsplan.Measures.Measure	1
01a20a49-92d9-7a1f-b87f-d242fb089678	{"id": "01a20a49-92d9-7a1f-b87f-d242fb089678", "kind": "measure", "title": "Samordnad upphandling av skolskjuts från läsåret 2026/27", "origin": {"id": "01a20a48-6e22-7267-bd67-0d831617f813", "kind": "investigation", "title": "Utredning av skolskjutsarnas organisation och upphandling"}, "source": null, "status": "prioritised", "dueDate": null, "horizon": "shortTerm", "version": 2, "category": "operationalChange", "measures": [], "timeline": null, "committee": "KUN", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:22:03.6216885+00:00", "description": null, "realisedTkr": 0, "allowedSteps": ["assign", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2026-05-04 § 49", "estimatedSavingTkr": 700}	2026-11-23 21:22:26.93412+00	Handlingsplan.Measures.Measure	2
01a20a48-588a-7343-a655-db5f0d311f63	{"id": "01a20a48-588a-7343-a655-db5f0d311f63", "kind": "measure", "title": "Gemensam växel och ärendehantering för förvaltningarna", "origin": null, "source": "Kommunledningens förslag", "status": "realising", "dueDate": null, "horizon": null, "version": 7, "category": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [{"note": "Upphandlingen är avgjord i förvaltningsrätten; införandet börjar i höst.", "recordedAt": "2026-11-23T21:21:20.4813564+00:00"}], "department": "Kommunledningskontoret", "proposedAt": "2026-11-23T21:20:43.1465953+00:00", "description": "Förvaltningarnas växlar slås ihop till en, med ett gemensamt ärendehanteringssystem.", "realisedTkr": 150, "allowedSteps": ["realise", "reviseEstimate", "followUp", "complete", "cancel"], "realisations": [{"note": "Två växeltjänster avvecklade från 1 juli.", "year": 2026, "amountTkr": 150, "recurring": true, "realisedAt": "2026-11-23T21:21:22.41615+00:00"}], "responsibleRole": "Digitaliseringschef", "decisionReference": "KS 2025-02-03 § 14", "estimatedSavingTkr": null}	2026-11-23 21:21:22.438892+00	Handlingsplan.Measures.Measure	7
01a20a48-5ce5-77f4-9289-a7640dde4db5	{"id": "01a20a48-5ce5-77f4-9289-a7640dde4db5", "kind": "measure", "title": "Sälja kommunens fritidsgård på Nolhaga", "origin": null, "source": null, "status": "declined", "dueDate": null, "horizon": "longTerm", "version": 2, "category": "changedResponsibility", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:44.2616119+00:00", "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-03-10 § 31", "estimatedSavingTkr": 400}	2026-11-23 21:21:24.937637+00	Handlingsplan.Measures.Measure	2
01a20a48-5f9d-7477-966a-18b05bad0a73	{"id": "01a20a48-5f9d-7477-966a-18b05bad0a73", "kind": "measure", "title": "Samlokalisering av försörjningsstödets mottagning", "origin": null, "source": null, "status": "cancelled", "dueDate": null, "horizon": null, "version": 3, "category": null, "measures": [], "timeline": null, "committee": "SN", "followUps": [{"note": "Lokalerna på Kungsgatan sägs upp tidigast 2027; åtgärden bör vänta.", "recordedAt": "2026-11-23T21:21:27.7641347+00:00"}], "department": null, "proposedAt": "2026-11-23T21:20:44.9577328+00:00", "description": "Två mottagningar i Alingsås centrum blir en.", "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 300}	2026-11-23 21:21:31.450349+00	Handlingsplan.Measures.Measure	3
01a20a4a-215a-7630-a03e-fac5c425a991	{"id": "01a20a4a-215a-7630-a03e-fac5c425a991", "kind": "measure", "title": "AI-stöd för dokumentation i barn- och ungdomsutredningar", "origin": {"id": "b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c", "kind": "investigation", "title": "Använda AI-stöd i utredningar"}, "source": null, "status": "proposed", "dueDate": null, "horizon": "shortTerm", "version": 1, "category": "operationalChange", "measures": [], "timeline": null, "committee": "SN", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:22:40.1067243+00:00", "description": null, "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 350}	2026-11-23 21:22:40.158007+00	Handlingsplan.Measures.Measure	1
01a20a48-5281-72e4-994a-f75ccf1162a5	{"id": "01a20a48-5281-72e4-994a-f75ccf1162a5", "kind": "measure", "title": "Färre externa placeringar genom förstärkt öppenvård", "origin": null, "source": "Genomlysning av Socialnämnden 2024", "status": "completed", "dueDate": "2026-06-30", "horizon": "shortTerm", "version": 9, "category": "operationalChange", "measures": [], "timeline": "Våren 2025 – hösten 2026", "committee": "SN", "followUps": [{"note": "Följt upp i delårsrapporten augusti: arbetet går enligt plan, två nya familjebehandlare är på plats.", "recordedAt": "2026-11-23T21:21:03.4550415+00:00"}], "department": "Socialförvaltningen", "proposedAt": "2026-11-23T21:20:41.6016324+00:00", "description": "Öppenvården för barn och unga förstärks så att fler kan få stöd på hemmaplan i stället för i köpta placeringar.", "realisedTkr": 650.5, "allowedSteps": [], "realisations": [{"note": "Två placeringar avslutade i förtid; öppenvården tog över.", "year": 2025, "amountTkr": 250, "recurring": true, "realisedAt": "2026-11-23T21:21:01.0002546+00:00"}, {"note": "Engångseffekt: återbetalning från köpt plats.", "year": 2026, "amountTkr": 300.5, "recurring": false, "realisedAt": "2026-11-23T21:21:07.5347429+00:00"}, {"note": "Årseffekt av minskat antal köpta platser.", "year": 2026, "amountTkr": 100, "recurring": true, "realisedAt": "2026-11-23T21:21:09.3758339+00:00"}], "responsibleRole": "Förvaltningschef", "decisionReference": "KS 2025-02-03 § 12", "estimatedSavingTkr": 900}	2026-11-23 21:21:12.578634+00	Handlingsplan.Measures.Measure	9
01a20a49-556d-7281-94e8-b786d61458e7	{"id": "01a20a49-556d-7281-94e8-b786d61458e7", "kind": "measure", "title": "Öppen mottagning för unga vuxna på Ängabo", "origin": {"id": "01a20a48-664a-7bcf-84aa-eca1593c298a", "kind": "shift", "title": "Förebyggande stöd i stället för sena insatser för unga vuxna"}, "source": "Förflyttning mot förebyggande arbete", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "measures": [], "timeline": null, "committee": "SN", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:21:47.8918707+00:00", "description": null, "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 120}	2026-11-23 21:21:47.904758+00	Handlingsplan.Measures.Measure	1
01a20a49-b64d-72d1-b43b-433bf51532b8	{"id": "01a20a49-b64d-72d1-b43b-433bf51532b8", "kind": "measure", "title": "Gemensam socialjour med grannkommunerna", "origin": {"id": "01a20a48-70fa-78f7-950c-88505721a8da", "kind": "investigation", "title": "Översyn av bemanningen i socialjouren på kvällar och helger"}, "source": null, "status": "proposed", "dueDate": null, "horizon": "longTerm", "version": 2, "category": null, "measures": [], "timeline": null, "committee": "SN", "followUps": [{"note": "Ärendet tas upp i socialnämnden i januari.", "recordedAt": "2026-11-23T21:22:28.5865324+00:00"}], "department": null, "proposedAt": "2026-11-23T21:22:12.6988664+00:00", "description": null, "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 200}	2026-11-23 21:22:28.597352+00	Handlingsplan.Measures.Measure	2
0b02c9dc-3b99-f64e-16e4-437b2a64e432	{"id": "0b02c9dc-3b99-f64e-16e4-437b2a64e432", "kind": "measure", "title": "Nämndbuffertar mot oförutsedda kostnader", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 2, "category": null, "measures": [], "timeline": "Nämndbuffertar ska vara införda senast sista året i mandatperioden, dvs 2026.", "committee": "KS", "followUps": [{"note": "Nämnderna har lämnat sina buffertar för 2026.", "recordedAt": "2026-11-23T21:22:45.9082748+00:00"}], "department": null, "proposedAt": "2026-11-23T21:20:10.5336925+00:00", "description": "Nämnderna ska till slutet av mandatperioden kunna budgetera minst en procent av kommunbidraget som en central buffertpost, för avgiftsfinansierade verksamheter en procent av den totala kostnaden. I slutet av mandatperioden ska ungefär 30 miljoner kronor vara budgeterade som interna buffertar.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Samtliga förvaltningschefer", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-23 21:22:45.928654+00	Handlingsplan.Measures.Measure	2
01a20a49-2eda-78bb-81e7-a34a5ae4abd6	{"id": "01a20a49-2eda-78bb-81e7-a34a5ae4abd6", "kind": "measure", "title": "Utökad hemtjänst med trygghetsteknik nattetid", "origin": {"id": "01a20a48-62b1-77bc-bd0c-012535e6e920", "kind": "shift", "title": "Förflyttning från särskilt boende till hemtjänst i ordinärt boende"}, "source": null, "status": "assigned", "dueDate": "2026-12-31", "horizon": "shortTerm", "version": 3, "category": "operationalChange", "measures": [], "timeline": null, "committee": "VON", "followUps": [], "department": "Vård- och omsorgsförvaltningen", "proposedAt": "2026-11-23T21:21:38.0233965+00:00", "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-06-09 § 70", "estimatedSavingTkr": 500}	2026-11-23 21:22:25.437061+00	Handlingsplan.Measures.Measure	3
37c15650-52d0-b9d9-7233-21d0b42c1046	{"id": "37c15650-52d0-b9d9-7233-21d0b42c1046", "kind": "measure", "title": "Översyn av kommunens IT-system", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "prioritised", "dueDate": null, "horizon": "shortTerm", "version": 3, "category": "operationalChange", "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:10.5338658+00:00", "description": "Ta bort system som har dubbletter eller inte nyttjas. Undersök även om system kan ersättas med billigare alternativ.", "realisedTkr": 0, "allowedSteps": ["assign", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-02-03 § 19", "estimatedSavingTkr": 800}	2026-11-23 21:22:44.939225+00	Handlingsplan.Measures.Measure	3
\.


--
-- Data for Name: mt_doc_shift; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_shift (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
01a20a48-664a-7bcf-84aa-eca1593c298a	{"id": "01a20a48-664a-7bcf-84aa-eca1593c298a", "kind": "shift", "title": "Förebyggande stöd i stället för sena insatser för unga vuxna", "origin": null, "source": null, "status": "cancelled", "dueDate": null, "horizon": null, "version": 5, "category": null, "measures": [{"id": "01a20a49-556d-7281-94e8-b786d61458e7", "kind": "measure", "title": "Öppen mottagning för unga vuxna på Ängabo"}], "timeline": null, "committee": "SN", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:46.6661198+00:00", "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-04-07 § 44", "estimatedSavingTkr": 300}	2026-11-23 21:21:51.727208+00	Handlingsplan.Shifts.Shift	5
01a20a48-69b9-7333-b7f3-e7f58bb1a4b9	{"id": "01a20a48-69b9-7333-b7f3-e7f58bb1a4b9", "kind": "shift", "title": "Digitala möten i stället för resor mellan förvaltningarna", "origin": null, "source": null, "status": "declined", "dueDate": null, "horizon": null, "version": 2, "category": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-23T21:20:47.5459844+00:00", "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-04-07 § 45", "estimatedSavingTkr": 90}	2026-11-23 21:21:54.545849+00	Handlingsplan.Shifts.Shift	2
01a20a48-62b1-77bc-bd0c-012535e6e920	{"id": "01a20a48-62b1-77bc-bd0c-012535e6e920", "kind": "shift", "title": "Förflyttning från särskilt boende till hemtjänst i ordinärt boende", "origin": null, "source": "Genomlysning av Vård- och omsorgsnämnden", "status": "completed", "dueDate": "2027-12-31", "horizon": "longTerm", "version": 7, "category": null, "measures": [{"id": "01a20a49-2eda-78bb-81e7-a34a5ae4abd6", "kind": "measure", "title": "Utökad hemtjänst med trygghetsteknik nattetid"}], "timeline": null, "committee": "VON", "followUps": [{"note": "Väntelistan till särskilt boende är kortare än på fem år.", "recordedAt": "2026-11-23T21:21:42.6572991+00:00"}], "department": "Vård- och omsorgsförvaltningen", "proposedAt": "2026-11-23T21:20:45.7473176+00:00", "description": "Fler äldre får stöd i hemmet längre; färre platser på särskilt boende behövs.", "realisedTkr": 400, "allowedSteps": [], "realisations": [{"note": "Tolv färre platser på särskilt boende.", "year": 2026, "amountTkr": 400, "recurring": true, "realisedAt": "2026-11-23T21:21:39.9177266+00:00"}], "responsibleRole": "Förvaltningschef", "decisionReference": "KS 2025-02-03 § 15", "estimatedSavingTkr": 1200}	2026-11-23 21:21:44.15381+00	Handlingsplan.Shifts.Shift	7
\.


--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_event_progression (name, last_seq_id, last_updated, mode, rebuild_threshold, assigned_node, heartbeat, agent_status, pause_reason, running_on_node, warning_behind_threshold, critical_behind_threshold, failure_category, failure_event_sequence, failure_event_type, failure_event_tenant_id) FROM stdin;
HighWaterAllocationFence	140	2026-11-23 21:23:52.410178+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
HighWaterMark	140	2026-11-23 21:23:52.429567+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
HighWaterStuckGap	126	2026-11-23 21:22:30.720696+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
AuditChain:All	140	2026-11-23 21:22:49.389167+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
Dashboard:All	140	2026-11-23 21:22:49.389251+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
DashboardBroadcaster:All	140	2026-11-23 21:22:49.496695+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: mt_event_projection_floors; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_event_projection_floors (name, tenant_id, floor, last_updated) FROM stdin;
\.


--
-- Data for Name: mt_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, headers, user_name, is_archived) FROM stdin;
1	1cc821cf-dbdc-4e6c-b0e9-e8639a376268	77548e6b-7e4f-bd4b-4f47-71a08c100d06	1	{"title": "Kommunkoncernövergripande ekonomisk handlingsplan", "ambitionTkr": 100000, "decisionReference": "KS 2023-12-11 § 217"}	\N	action_plan_adopted	2026-11-23 21:20:10.522263+00	*DEFAULT*	Handlingsplan.Plan.ActionPlanAdopted, Handlingsplan	{"role": "import"}	import	f
2	3f942a55-1589-4229-859e-3286cff372f7	77548e6b-7e4f-bd4b-4f47-71a08c100d06	2	{"year": 2026, "source": "Budget 2026, plan 2027–2028", "committees": [{"committee": "VON", "allocationTkr": 1017829}, {"committee": "SN", "allocationTkr": 265836}, {"committee": "KUN", "allocationTkr": 393467}, {"committee": "BUN", "allocationTkr": 1131226}, {"committee": "BMN", "allocationTkr": 17841}, {"committee": "TN", "allocationTkr": 85940}, {"committee": "KS", "allocationTkr": 153695}, {"committee": "ÖFN", "allocationTkr": 5045}]}	\N	allocations_recorded	2026-11-23 21:20:10.522263+00	*DEFAULT*	Handlingsplan.Plan.AllocationsRecorded, Handlingsplan	{"role": "import"}	import	f
3	f5c4003d-9ead-4a5c-80ac-f25bf72e2373	0b02c9dc-3b99-f64e-16e4-437b2a64e432	1	{"title": "Nämndbuffertar mot oförutsedda kostnader", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Nämndbuffertar ska vara införda senast sista året i mandatperioden, dvs 2026.", "committee": "KS", "description": "Nämnderna ska till slutet av mandatperioden kunna budgetera minst en procent av kommunbidraget som en central buffertpost, för avgiftsfinansierade verksamheter en procent av den totala kostnaden. I slutet av mandatperioden ska ungefär 30 miljoner kronor vara budgeterade som interna buffertar.", "responsibleRole": "Samtliga förvaltningschefer", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533692+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
4	a0fc8640-73a0-4e29-a0eb-3c389374e659	a1fc6591-ec32-ca7e-9dee-2b730f823a0e	1	{"title": "Genomlysningar och metod för ständiga förbättringar", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Genomlysningar av samtliga förvaltningar årligen från och med år 2024 samt att metod för ständiga förbättringar implementeras under 2024.", "committee": "KS", "description": "Utökad analys av effektivitet och en metod för att genomföra och följa upp effektiviseringsåtgärder. Förvaltningarna ser över sina gränsdragningar, samordnar resurser och roller och utreder effektivisering genom digitalisering. Genomlysningarna genomförs årligen från och med 2024.", "responsibleRole": "Samtliga förvaltningschefer och ekonomichef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533803+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
5	c5a62b22-5a1a-4f5a-a3c8-7ddc5bb40854	ea34d02e-7e11-50ec-5537-2ecebf4327ea	1	{"title": "Effektivisera den politiska målstyrningen", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Beslut om reviderad styrmodell under 2024.", "committee": "KS", "description": "En reviderad styrmodell med större fokus på verksamheternas effektivitet i form av volym och kvalitet utifrån resurs, med så lite administration som möjligt i rapporteringen. Förslagsvis ett övergripande mål om att vara Sveriges mest effektiva kommun.", "responsibleRole": "Ekonomichef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533807+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
6	9f4e1f1a-d3d8-47c8-8845-f69ac287c0df	a3c63fe5-47e0-b987-a909-c9da6e82ab7e	1	{"title": "Omstrukturerings-/omställningsfond", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Beslut i samband med kommunbudget 2025-2027.", "committee": "KS", "description": "Avsatta medel för omstruktureringar och kompetensväxlingar som långsiktigt frigör medel men kortsiktigt kan innebära engångskostnader. Förslagsvis avsätts ungefär 5 miljoner kronor årligen, finansierat genom ett förstärkt finansnetto.", "responsibleRole": "Personalchef och ekonomichef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533809+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
7	57e50c5c-b1ff-444b-ad04-c8dbc60dc0e0	f62dded0-84a9-6be7-7492-e93a9ac0ecbe	1	{"title": "Lokaleffektivitet", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Årligen i samband med lokalförsörjningsplanerna.", "committee": "KS", "description": "Så kostnadseffektiva och så få lokaler som möjligt, med samlokalisering där det är lämpligt. Kommunstyrelsen får ett tydligare uppdrag att samordna och styra lokalförsörjningsprocessen, och köksorganisationen ses över.", "responsibleRole": "Samtliga förvaltningschefer får i uppdrag att arbeta mer fokuserat med lokaleffektivitet i samband med förvaltningarnas lokalförsörjningsplaner. Ekonomichef får i uppdrag att göra en översyn över köksorganisationen.", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533813+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
8	e5035023-e8e6-4069-8902-bfe3a5021c65	d2fbca2c-76ce-6e8f-c6d4-c216f4c01926	1	{"title": "Översyn av inköpsorganisation", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Översyn under 2024 och implementation av inköpsorganisation under 2025.", "committee": "KS", "description": "En översyn av kommunens samlade inköpsorganisation för att minska antalet beställare, öka kvaliteten i inköpen och minska onödig administration. Förvaltningarna gör inköp för cirka en halv miljard kronor per år.", "responsibleRole": "Ekonomichef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533815+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
9	e4697e35-e988-425d-a3ef-09556aaca2f0	346c733e-472f-70cb-7ada-47cd3423349a	1	{"title": "Utdelning/koncernbidrag från koncernen Alingsås Energi", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Utredning under 2024 och beslut i samband med kommunbudget 2025-2027.", "committee": "AEAB", "description": "Koncernen Alingsås Energi är finansiellt välskött med stark soliditet, och en årlig utdelning alternativt koncernbidrag på 10 miljoner kronor föreslås. Hur pengarna flyttas beslutas årligen utifrån vad som är mest ekonomiskt fördelaktigt.", "responsibleRole": "Koncernredovisningschef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.53382+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
10	b8241b16-4abe-499d-a527-78a84c5aa4e4	26cd6d09-c479-9f29-8d03-3727491d6e51	1	{"title": "Aktieägartillskott till Alingsåshem lokaler AB", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Beslut i kommunfullmäktige första halvåret 2024.", "committee": "AHEM", "description": "Alingsåshem lokaler AB föreslås bli ägare till kommunens nya verksamhetslokaler. Kommunen bör undersöka möjligheterna att ge ett aktieägartillskott till bolaget för att minska skuldsättningsgraden.", "responsibleRole": "Koncernredovisningschef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533863+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
11	6266060a-a417-4dcb-a619-365571e83cf2	37c15650-52d0-b9d9-7233-21d0b42c1046	1	{"title": "Översyn av kommunens IT-system", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Ta bort system som har dubbletter eller inte nyttjas. Undersök även om system kan ersättas med billigare alternativ.", "responsibleRole": null, "estimatedSavingTkr": 1000}	\N	measure_proposed	2026-11-23 21:20:10.533865+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
12	afd0d69f-c004-4a7d-aed9-969176ecd6ef	f70c7ccd-8081-48d0-768e-81bd4a0be3f5	1	{"title": "Minska kostnaden för upphandlingar och konsulter", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Anslut genom samverkansavtal till större upphandlingar som genomförs av upphandlare såsom Göteborgs stad och ADDA inköpscentral.", "responsibleRole": null, "estimatedSavingTkr": 350}	\N	measure_proposed	2026-11-23 21:20:10.533867+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
13	4b297396-d87b-460f-af36-51e07ce9fd5c	02dffb9a-9e1e-451f-2349-36744956cc09	1	{"title": "Effektivisera kommunledningskontorets beredning av andra nämnders handlingar", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Effektivisera administrationen genom att i högre grad nyttja handlingar från andra nämnder.", "responsibleRole": null, "estimatedSavingTkr": 100}	\N	measure_proposed	2026-11-23 21:20:10.533869+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
14	e496dda3-e413-4fc7-bedb-0c7949fd369e	d600fa46-9137-8fe6-7a42-7f74be3e0528	1	{"title": "Utökad integration och automatisering", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Centralisera och integrera IT-system för att effektivisera arbete.", "responsibleRole": null, "estimatedSavingTkr": 500}	\N	measure_proposed	2026-11-23 21:20:10.533871+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
15	c64a5e7e-745c-47c9-adeb-560d17fe20e1	b8d34b64-92b3-4bee-be6b-342d31fe5808	1	{"title": "Se över möjligheten att ha färre telefoner", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Hitta personliga lösningar som gör att antalet telefoner kan minska.", "responsibleRole": null, "estimatedSavingTkr": 500}	\N	measure_proposed	2026-11-23 21:20:10.533872+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
16	90d0fa47-8580-4d9e-a790-e7ccf7325ffd	b344ca44-b96b-8acc-631a-9bf88f72a93d	1	{"title": "Ta bort blanketter som ska registreras genom e-tjänst", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "longTerm", "category": "operationalChange", "timeline": "Före 2028", "committee": "KS", "description": "Minska administrationen genom att integrera e-tjänster med ekonomisystemet. Detta gäller exempelvis underlag till kundfaktura och interndebitering.", "responsibleRole": null, "estimatedSavingTkr": 100}	\N	measure_proposed	2026-11-23 21:20:10.533875+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
17	c7abe98a-82b8-481f-a2ba-d6d397e49768	b83e4f80-e08f-d613-de69-6f6a4538c952	1	{"title": "Fokusera åtgärder för att minska personalomsättning", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "longTerm", "category": "operationalChange", "timeline": "Före 2028", "committee": "KS", "description": "Genomför analys och riktade åtgärder för att stötta de enheter och verksamheter där det är en hög personalomsättning.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.53388+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
18	4a7dc018-5536-41ec-bb38-1d6f6b7b0712	bc3f9262-12bd-9fd2-773b-d97f18882871	1	{"title": "Hitta lösningar som är nytänkande inom arbetsmiljö", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "longTerm", "category": "operationalChange", "timeline": "Före 2028", "committee": "KS", "description": "Utarbeta en metod för att hitta en rimlig nivå för arbetsmiljöåtgärder.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533881+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
19	0452f0c6-41f7-40f9-baa7-758bf4819872	108aedfe-9698-29ea-52d2-d94f4f773b9e	1	{"title": "Se över attestreglementet för mindre fakturor", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "departmentInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Utred om det räcker med en attestant, om det är lämpligt och om det frigör tid.", "responsibleRole": "Kommunledningskontoret", "estimatedSavingTkr": 250}	\N	measure_proposed	2026-11-23 21:20:10.533883+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
20	8f99efad-fd25-414c-b529-4e894cdb15d4	8954aa53-5f01-febd-1ee6-a1f0353ae80c	1	{"title": "Effektivisera kostuppföljningen", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "departmentInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Utred möjligheten att frigöra resurser genom effektivare kostuppföljning.", "responsibleRole": "Kommunledningskontoret", "estimatedSavingTkr": 700}	\N	measure_proposed	2026-11-23 21:20:10.533884+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
21	8bba51fd-4416-4662-9024-938ce0f2ad3d	27c2a3bf-7dd6-2731-a2f5-daad609befca	1	{"title": "Översyn av interndebiteringar", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Undersök om det är möjligt att frigöra tid genom att minska administration av interndebiteringar mellan förvaltningar.", "responsibleRole": null, "estimatedSavingTkr": 200}	\N	measure_proposed	2026-11-23 21:20:10.533886+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
22	c61c4d11-f6ff-4c7e-9e02-9b706eaf6200	17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f	1	{"title": "Se över processen för ärenden som ska behandlas politiskt", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Utred om processen går att standardisera och göra effektivare. Framförallt för sekretessärenden.", "responsibleRole": null, "estimatedSavingTkr": 100}	\N	measure_proposed	2026-11-23 21:20:10.533887+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
23	ffe21e51-5fef-404c-ba7a-9fc8874406aa	5a3cf5d6-81ec-524e-e85b-e5d6a7898df1	1	{"title": "Utred lämplighet i att samordna kommunens juristkompetenser, samt utred juristsamverkan med andra kommuner", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": "Utred möjligheten att öka det juridiska stödet samtidigt som man kan minska konsultkostnader.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533888+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
24	8543a63d-6f9d-4f35-9c64-94d4d9d8ed3c	c63ad145-fd76-2b64-42e2-1ff4551966c1	1	{"title": "Utred lämpligheten att överanställa personal", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": "Utred om det är lämpligt att överanställa personal inom verksamheter som har hög vikarieanskaffning.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533889+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
25	f84a309c-dc8f-4cac-a94f-f773d9cb6675	8a21a836-52d3-61e1-89dd-c682455bff34	1	{"title": "Utred möjligheter att effektivisera schemaläggning", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Utred möjlighet att genom tekniska lösningar optimera schemaläggningen.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533891+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
26	e9fba22d-aa04-4fd1-8f0b-181924ebc82f	9fb04678-6943-f542-c32d-1d47f62332d4	1	{"title": "Utöka samordningen av personalresurser", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": "Öka möjlighet att låna personal från andra enheter.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533893+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
27	e130ab23-ffb6-4835-bd22-1fe86501b851	f4b4eb74-0973-9148-5df1-0a7bd12a1bc6	1	{"title": "Undersöka möjligheten att dela kompetenser med andra kommuner, förvaltningar eller bolag", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": "Utred om det är möjligt att dela spetskompetens med andra. Detta kan exempelvis röra geotekniker, byggnadsantikvarie, kommunekolog, samt experter inom exempelvis bullerskydd eller dagvatten.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:10.533895+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
28	c6eda64f-5a47-4dfa-8aa1-7872e3f6593d	95b45909-6944-8243-502f-8df0c96c09ad	1	{"title": "Införande av ett e-arkiv", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Arbetet har påbörjats och samordnas av IT-avdelningen tillsammans med kansli- och HR-avdelningen. Fokus framöver kommer vara att hitta lösningar som möjliggör att verksamheters system kan överföras till ett digitalt mellanarkiv.", "timeline": null, "committee": "BMN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.533898+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
29	c0a3e7ac-c7f2-4090-a924-76ab22699845	95b45909-6944-8243-502f-8df0c96c09ad	2	{"reason": "Arbetet har påbörjats och samordnas av IT-avdelningen tillsammans med kansli- och HR-avdelningen. Fokus framöver kommer vara att hitta lösningar som möjliggör att verksamheters system kan överföras till ett digitalt mellanarkiv.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.533898+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
30	8414870b-977e-433f-9eed-9fa5922f66e6	95b45909-6944-8243-502f-8df0c96c09ad	3	{"dueDate": null, "department": "IT-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.533898+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
31	7c60ffcb-eb69-4160-b8f9-e0779786b091	4e070f3f-17c6-148f-cd47-2e86142d6a27	1	{"title": "Översyn av interndebiteringar", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "En översyn ska genomföras av omfattningen och administrationen kring rutiner för interndebitering. Översynen påbörjas under 2025 och samordnas av ekonomiavdelningen.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.533937+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
32	b699e1d8-0068-4796-93d1-f014d6efbaa6	4e070f3f-17c6-148f-cd47-2e86142d6a27	2	{"reason": "En översyn ska genomföras av omfattningen och administrationen kring rutiner för interndebitering. Översynen påbörjas under 2025 och samordnas av ekonomiavdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.533937+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
33	26a44df1-4430-4a16-ad42-f741c066b6a5	4e070f3f-17c6-148f-cd47-2e86142d6a27	3	{"dueDate": null, "department": "Ekonomiavdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.533937+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
34	f07e5da6-c6bb-488d-8e8b-12a3361f92d0	fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	1	{"title": "Se över processen för ärenden som ska behandlas politiskt", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Under våren 2025 ska kansli- och HR-avdelningen samordna översynen av hur ärendehanteringsprocessen för politiska ärenden kan effektiviseras.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.53394+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
35	9c9c91fa-3b51-4f73-964e-0562972a6d87	fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	2	{"reason": "Under våren 2025 ska kansli- och HR-avdelningen samordna översynen av hur ärendehanteringsprocessen för politiska ärenden kan effektiviseras.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.53394+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
36	34dca049-c513-4efd-a94d-a0c37fc52f99	fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	3	{"dueDate": null, "department": "Kansli- och HR-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.53394+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
37	b872c5ad-f12a-4d1b-b619-633bc070fa58	d958c7a8-55c9-b31a-e554-e13a257a6657	1	{"title": "Utred lämplighet i att samordna kommunens juristkompetenser, samt utred juristsamverkan med andra kommuner", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Att utreda lämpligheten att samordna juristkompetenser bedöms inte som prioriterat i förhållande till övriga utredningar. Möjligheten finns dock fortfarande kvar i framtiden.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.533988+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
85	7c8f3e28-7382-48c0-9ecc-cf3be727af06	01a20a48-5281-72e4-994a-f75ccf1162a5	9	{"reason": "Åtgärden är genomförd; effekten följs i ordinarie uppföljning.", "decisionReference": "SN 2026-10-15 § 88"}	\N	item_completed	2026-11-23 21:21:12.524642+00	*DEFAULT*	Handlingsplan.Items.ItemCompleted, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
38	a69abf55-7b39-4bd1-bf22-c07b8c84e69a	d958c7a8-55c9-b31a-e554-e13a257a6657	2	{"reason": "Att utreda lämpligheten att samordna juristkompetenser bedöms inte som prioriterat i förhållande till övriga utredningar. Möjligheten finns dock fortfarande kvar i framtiden.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_declined	2026-11-23 21:20:10.533988+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "import"}	import	f
39	975d0407-6665-42a8-aeb5-d030d3697f48	77a7b695-bb52-0a98-c2cd-43577e6fed5c	1	{"title": "Utred lämpligheten att överanställa personal", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "En översyn av möjligheter att överanställa personal kommer genomföras av de förvaltningar som har enheter med hög vikarieanskaffning. Arbetet kommer samordnas av kansli- och HR-avdelningen. I de fall det är lämpligt att överanställa personal kommer åtgärder vidtas.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.534008+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
40	b63ff955-a920-444a-b2c8-6d8b63bea7b0	77a7b695-bb52-0a98-c2cd-43577e6fed5c	2	{"reason": "En översyn av möjligheter att överanställa personal kommer genomföras av de förvaltningar som har enheter med hög vikarieanskaffning. Arbetet kommer samordnas av kansli- och HR-avdelningen. I de fall det är lämpligt att överanställa personal kommer åtgärder vidtas.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.534008+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
41	a8758e73-62d1-4489-8b9e-40feb0344930	77a7b695-bb52-0a98-c2cd-43577e6fed5c	3	{"dueDate": null, "department": "Kansli- och HR-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.534008+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
42	eef5a14d-8802-45ae-be43-650558f74333	c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	1	{"title": "Utred möjligheter att effektivisera schemaläggning", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Utredningar kommer genomföras av de verksamheter som har behov av att effektivisera schemaläggningen. Utredningarna samordnas av kansli- och HR-avdelningen och IT-avdelningen.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.534011+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
43	922d8c2b-a545-4333-80c6-5aed3989753e	c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	2	{"reason": "Utredningar kommer genomföras av de verksamheter som har behov av att effektivisera schemaläggningen. Utredningarna samordnas av kansli- och HR-avdelningen och IT-avdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.534011+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
44	551fc16f-5ac0-4ca0-b281-4aef25e5c51f	c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	3	{"dueDate": null, "department": "Kansli- och HR-avdelningen och IT-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.534011+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
45	7b44f720-7d61-4b17-a7be-514bd21b10a0	9683f545-e542-7bad-dbe9-52e38d14f9ca	1	{"title": "Utöka samordningen av personalresurser", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Frågan om det går att samordna personalresurser sker allteftersom att tjänster blir vakanta. Frågan samordnas av kansli- och HR-avdelningen.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.534013+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
46	a30bd468-16d3-448f-b089-39319341df33	9683f545-e542-7bad-dbe9-52e38d14f9ca	2	{"reason": "Frågan om det går att samordna personalresurser sker allteftersom att tjänster blir vakanta. Frågan samordnas av kansli- och HR-avdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.534013+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
47	f1b78370-c870-40ed-999a-7c1decf34fb1	9683f545-e542-7bad-dbe9-52e38d14f9ca	3	{"dueDate": null, "department": "Kansli- och HR-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.534013+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
48	0deadb61-9a04-45ec-a3ec-8a872d01c676	09283c36-2c14-651b-c327-d62412b3d722	1	{"title": "Undersöka möjligheten att dela kompetenser med andra kommuner, förvaltningar eller bolag", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Det bedöms inte som prioriterat i förhållande till övriga effektiviseringsåtgärder att göra en större utredning i detta ämne. Det finns en kontinuerlig analys i samband med att tjänster blir vakanta och frågan är även ett moment som nämnderna ska beakta i sina genomlysningar.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.534015+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
49	59362c36-6ca9-444a-8196-00e5058b7684	09283c36-2c14-651b-c327-d62412b3d722	2	{"reason": "Det bedöms inte som prioriterat i förhållande till övriga effektiviseringsåtgärder att göra en större utredning i detta ämne. Det finns en kontinuerlig analys i samband med att tjänster blir vakanta och frågan är även ett moment som nämnderna ska beakta i sina genomlysningar.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_declined	2026-11-23 21:20:10.534015+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "import"}	import	f
50	438afb07-66ea-4cac-a635-74cc0e813d89	5e33e667-82ff-132a-6daf-581a5e3a84ef	1	{"title": "Samnyttjande av förvaltningens lokaler för övriga förvaltningar", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "De allt högre lokalkostnaderna kräver att förvaltningarna har en effektivare lokalplanering. En översyn ska genomföras initialt av samnyttjandet av kommunens konferens- och mötesrum. Översynen samordnas av ekonomiavdelningen.", "timeline": null, "committee": "KUN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.534017+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
51	f973c78e-db14-48ff-8d04-378fdb1f8b80	5e33e667-82ff-132a-6daf-581a5e3a84ef	2	{"reason": "De allt högre lokalkostnaderna kräver att förvaltningarna har en effektivare lokalplanering. En översyn ska genomföras initialt av samnyttjandet av kommunens konferens- och mötesrum. Översynen samordnas av ekonomiavdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.534017+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
52	919bf472-be1d-4abf-a947-ea57d0bd72f3	5e33e667-82ff-132a-6daf-581a5e3a84ef	3	{"dueDate": null, "department": "Ekonomiavdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.534017+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
53	ecf4a172-6f8e-4cd4-8fa8-6f5d34473e3e	4b836c1e-c600-43b0-c2d1-949193219c98	1	{"title": "Ökad samverkan med andra förvaltningar gällande yrkesgrupper – attraktiv arbetsgivare", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "En ökad samverkan mellan förvaltningar är något kommunstyrelsen uppmuntrar. I nämndernas genomlysningar ska en översyn genomföras av möjliga organisationsförändringar för att öka effektiviteten. Arbetet samordnas initialt av kultur- och utbildningsförvaltningen.", "timeline": null, "committee": "KUN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.53402+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
54	25706212-5afe-4bcb-b447-452329036ffc	4b836c1e-c600-43b0-c2d1-949193219c98	2	{"reason": "En ökad samverkan mellan förvaltningar är något kommunstyrelsen uppmuntrar. I nämndernas genomlysningar ska en översyn genomföras av möjliga organisationsförändringar för att öka effektiviteten. Arbetet samordnas initialt av kultur- och utbildningsförvaltningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.53402+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
55	1f67b757-cd08-42c2-b87e-1017cd2b1a0c	4b836c1e-c600-43b0-c2d1-949193219c98	3	{"dueDate": null, "department": "Kultur- och utbildningsförvaltningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.53402+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
56	e9c0b23c-d5bf-48c9-92d4-598a6eda4343	551e8af8-5974-b241-ac19-e9976b7559fb	1	{"title": "Översyn av lokalkostnader med fokus på nämndens specialobjekt", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Att göra en översyn av Kultur- och utbildningsnämndens lokalkostnader är något som uppmuntras av kommunstyrelsen. Översynen samordnas och genomförs av kultur- och utbildningsförvaltningen.", "timeline": null, "committee": "KUN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.534022+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
57	2cbb232e-690c-4cb2-99c4-0a8b5e1d9a67	551e8af8-5974-b241-ac19-e9976b7559fb	2	{"reason": "Att göra en översyn av Kultur- och utbildningsnämndens lokalkostnader är något som uppmuntras av kommunstyrelsen. Översynen samordnas och genomförs av kultur- och utbildningsförvaltningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.534022+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
58	b4826aa3-ff82-4a98-9486-49e96d01013d	551e8af8-5974-b241-ac19-e9976b7559fb	3	{"dueDate": null, "department": "Kultur- och utbildningsförvaltningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.534022+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
59	db52a3f9-fdf4-403b-b55a-67205e46265f	4c81d697-b32f-fdb2-a180-08264a92b9f3	1	{"title": "Använda kommunorganisationen i arbetsmarknadsverksamhet", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Utredningen om att nyttja kommunens verksamheter till arbetsmarknadsverksamheten samordnas av socialförvaltningen. Eventuella åtgärder genomförs utefter utredningens slutsatser.", "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.534024+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
60	ab9ad3a7-19e1-44a4-9cb4-101f7893a2ae	4c81d697-b32f-fdb2-a180-08264a92b9f3	2	{"reason": "Utredningen om att nyttja kommunens verksamheter till arbetsmarknadsverksamheten samordnas av socialförvaltningen. Eventuella åtgärder genomförs utefter utredningens slutsatser.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.534024+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
61	7a49e4a5-037a-465e-8dc7-4f7db6dafedf	4c81d697-b32f-fdb2-a180-08264a92b9f3	3	{"dueDate": null, "department": "Socialförvaltningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.534024+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
62	99a1ba67-4e6d-4232-aaa8-013734da1faf	b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	1	{"title": "Använda AI-stöd i utredningar", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Möjligheten att nyttja AI är något som pågår och att använda AI-stöd är en del av den utvecklingen som pågår. Arbetet samordnas av IT-avdelningen.", "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.534027+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
63	4d2b9cce-4ddd-4c71-8e61-3885f5956814	b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	2	{"reason": "Möjligheten att nyttja AI är något som pågår och att använda AI-stöd är en del av den utvecklingen som pågår. Arbetet samordnas av IT-avdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.534027+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
64	3a09b93b-52df-4760-9714-5f01b2aa831c	b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	3	{"dueDate": null, "department": "IT-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.534027+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
65	60ffc053-68d4-4b2f-b610-15daf5796cef	401fee7d-2202-ff93-e435-98938bc3d50d	1	{"title": "Kommunövergripande handlingsplaner och rutiner", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen har påbörjat en kartläggning av möjligheter att stärka samverkan mellan förvaltningarna. Initialt har fokus legat på att motverka social isolering och en effektivare användning av lokaler. Arbetet kan komma att utvidgas och omfatta kommunledningskontoret samt andra förvaltningar i framtiden.", "timeline": null, "committee": "VON", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:10.538619+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
66	0a332fcb-ba88-4b4e-8c72-2869f371cc0d	401fee7d-2202-ff93-e435-98938bc3d50d	2	{"reason": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen har påbörjat en kartläggning av möjligheter att stärka samverkan mellan förvaltningarna. Initialt har fokus legat på att motverka social isolering och en effektivare användning av lokaler. Arbetet kan komma att utvidgas och omfatta kommunledningskontoret samt andra förvaltningar i framtiden.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-23 21:20:10.538619+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
86	2df2cb7a-a938-466a-b256-5b7707720e52	01a20a48-588a-7343-a655-db5f0d311f63	2	{"reason": null, "decisionReference": "KS 2025-02-03 § 14"}	\N	item_prioritised	2026-11-23 21:21:14.257695+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
67	ff9330e6-b3fd-4968-acf7-efb833de03c2	401fee7d-2202-ff93-e435-98938bc3d50d	3	{"dueDate": null, "department": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-23 21:20:10.538619+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
68	5086b697-15c4-41fd-94fb-3e7df790ef12	01a20a48-5281-72e4-994a-f75ccf1162a5	1	{"title": "Färre externa placeringar genom förstärkt öppenvård", "origin": null, "source": "Genomlysning av Socialnämnden 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "Våren 2025 – hösten 2026", "committee": "SN", "description": "Öppenvården för barn och unga förstärks så att fler kan få stöd på hemmaplan i stället för i köpta placeringar.", "responsibleRole": "Verksamhetschef IFO", "estimatedSavingTkr": 850}	\N	measure_proposed	2026-11-23 21:20:41.601632+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
69	79086218-e8ee-42f2-8306-24ae2d2410fb	01a20a48-588a-7343-a655-db5f0d311f63	1	{"title": "Gemensam växel och ärendehantering för förvaltningarna", "origin": null, "source": "Kommunledningens förslag", "horizon": null, "category": null, "timeline": null, "committee": "KS", "description": "Förvaltningarnas växlar slås ihop till en, med ett gemensamt ärendehanteringssystem.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-23 21:20:43.146595+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
70	9277eb73-094e-472d-86b5-a8c38259d804	01a20a48-5ce5-77f4-9289-a7640dde4db5	1	{"title": "Sälja kommunens fritidsgård på Nolhaga", "origin": null, "source": null, "horizon": "longTerm", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": 400}	\N	measure_proposed	2026-11-23 21:20:44.261611+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
71	c3a933d3-e2b8-4d81-932a-4e8c28646e83	01a20a48-5f9d-7477-966a-18b05bad0a73	1	{"title": "Samlokalisering av försörjningsstödets mottagning", "origin": null, "source": null, "horizon": null, "category": null, "timeline": null, "committee": "SN", "description": "Två mottagningar i Alingsås centrum blir en.", "responsibleRole": null, "estimatedSavingTkr": 300}	\N	measure_proposed	2026-11-23 21:20:44.957732+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
72	82211a66-779d-4015-b8f5-ee8d08588249	01a20a48-62b1-77bc-bd0c-012535e6e920	1	{"title": "Förflyttning från särskilt boende till hemtjänst i ordinärt boende", "source": "Genomlysning av Vård- och omsorgsnämnden", "horizon": "longTerm", "category": null, "timeline": null, "committee": "VON", "description": "Fler äldre får stöd i hemmet längre; färre platser på särskilt boende behövs.", "responsibleRole": null, "estimatedSavingTkr": 1200}	\N	shift_proposed	2026-11-23 21:20:45.747317+00	*DEFAULT*	Handlingsplan.Shifts.ShiftProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
73	a74feb30-7dc8-4eae-8ea9-170b8047b34f	01a20a48-664a-7bcf-84aa-eca1593c298a	1	{"title": "Förebyggande stöd i stället för sena insatser för unga vuxna", "source": null, "horizon": null, "category": null, "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	shift_proposed	2026-11-23 21:20:46.666119+00	*DEFAULT*	Handlingsplan.Shifts.ShiftProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
74	a1274bf4-189f-4380-9c0d-e42bed5f082b	01a20a48-69b9-7333-b7f3-e7f58bb1a4b9	1	{"title": "Digitala möten i stället för resor mellan förvaltningarna", "source": null, "horizon": null, "category": null, "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": 90}	\N	shift_proposed	2026-11-23 21:20:47.545984+00	*DEFAULT*	Handlingsplan.Shifts.ShiftProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
75	41138623-85bb-414a-85e2-8ed5cc9df824	01a20a48-6e22-7267-bd67-0d831617f813	1	{"title": "Utredning av skolskjutsarnas organisation och upphandling", "source": null, "horizon": null, "category": null, "handling": "Utreds gemensamt av kultur- och utbildningsförvaltningen och ekonomiavdelningen.", "timeline": "Klar till budgetberedningen 2026", "committee": "KUN", "description": "Skolskjutsarna körs i dag av tre entreprenörer med olika avtal.", "responsibleRole": "Ekonomichef", "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-23 21:20:48.674186+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
76	60b36e9e-4e5c-464d-bcd2-723d05ed33c9	01a20a48-70fa-78f7-950c-88505721a8da	1	{"title": "Översyn av bemanningen i socialjouren på kvällar och helger", "source": null, "horizon": null, "category": null, "handling": "Socialförvaltningen utreder samverkan med grannkommunerna.", "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 250}	\N	investigation_proposed	2026-11-23 21:20:49.402195+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
77	6802da55-c5e5-448a-9a38-1626b870bfd1	01a20a48-74a2-7473-a30b-d2acf681e4dc	1	{"title": "Gemensam lokalförsörjningsplan för alla nämnder", "source": null, "horizon": null, "category": null, "handling": "Kommunledningskontoret leder arbetet.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": 2000}	\N	investigation_proposed	2026-11-23 21:20:50.33843+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
78	fe495f2c-4ced-473d-b392-92a83531cfbd	01a20a48-5281-72e4-994a-f75ccf1162a5	2	{"reason": "Stor effekt på kort sikt, låg risk.", "decisionReference": "KS 2025-02-03 § 12"}	\N	item_prioritised	2026-11-23 21:20:54.59829+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
79	e8b8e2cc-a7ef-422d-8f2b-2273c10678e1	01a20a48-5281-72e4-994a-f75ccf1162a5	3	{"dueDate": "2026-06-30", "department": "Socialförvaltningen", "responsibleRole": "Förvaltningschef", "decisionReference": "KS 2025-02-03 § 13"}	\N	item_assigned	2026-11-23 21:20:58.172829+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
80	33cad6b4-ac55-4770-b6b0-9f58490707b8	01a20a48-5281-72e4-994a-f75ccf1162a5	4	{"note": "Två placeringar avslutade i förtid; öppenvården tog över.", "year": 2025, "amountTkr": 250, "recurring": true, "realisedAt": "2026-11-23T21:21:01.0002546+00:00"}	\N	saving_realised	2026-11-23 21:21:01.002577+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
81	ef588f22-591e-400c-9c16-b4efcc705cd2	01a20a48-5281-72e4-994a-f75ccf1162a5	5	{"note": "Följt upp i delårsrapporten augusti: arbetet går enligt plan, två nya familjebehandlare är på plats.", "recordedAt": "2026-11-23T21:21:03.4550415+00:00"}	\N	follow_up_recorded	2026-11-23 21:21:03.460892+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
82	f344c441-4259-40fd-b48c-89e8e87756bb	01a20a48-5281-72e4-994a-f75ccf1162a5	6	{"reason": "Fler ärenden än väntat kan hanteras på hemmaplan.", "estimatedSavingTkr": 900}	\N	estimate_revised	2026-11-23 21:21:05.685759+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
83	ce825f01-9298-4479-99e9-07073a19c4a0	01a20a48-5281-72e4-994a-f75ccf1162a5	7	{"note": "Engångseffekt: återbetalning från köpt plats.", "year": 2026, "amountTkr": 300.5, "recurring": false, "realisedAt": "2026-11-23T21:21:07.5347429+00:00"}	\N	saving_realised	2026-11-23 21:21:07.53483+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
84	0b7869e7-3f65-4ddd-a19f-4ca5b53c0f43	01a20a48-5281-72e4-994a-f75ccf1162a5	8	{"note": "Årseffekt av minskat antal köpta platser.", "year": 2026, "amountTkr": 100, "recurring": true, "realisedAt": "2026-11-23T21:21:09.3758339+00:00"}	\N	saving_realised	2026-11-23 21:21:09.376269+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "kommunledning"}	ledning	f
87	3c52c064-a14a-40c5-9467-949caca2c7e8	01a20a48-588a-7343-a655-db5f0d311f63	3	{"reason": "Första bedömning efter förstudie.", "estimatedSavingTkr": 600}	\N	estimate_revised	2026-11-23 21:21:15.728393+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "kommunledning"}	ledning	f
88	6a2c0c60-1980-4dde-a1d1-b4d064778c40	01a20a48-588a-7343-a655-db5f0d311f63	4	{"reason": "För tidigt att bedöma; upphandlingen är överklagad.", "estimatedSavingTkr": null}	\N	estimate_revised	2026-11-23 21:21:17.257012+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "kommunledning"}	ledning	f
89	b0e5902b-5952-4a62-af72-779d262f3912	01a20a48-588a-7343-a655-db5f0d311f63	5	{"dueDate": null, "department": "Kommunledningskontoret", "responsibleRole": "Digitaliseringschef", "decisionReference": null}	\N	item_assigned	2026-11-23 21:21:18.673875+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
90	96f4eac0-6e65-4d25-8080-64011aa1bd48	01a20a48-588a-7343-a655-db5f0d311f63	6	{"note": "Upphandlingen är avgjord i förvaltningsrätten; införandet börjar i höst.", "recordedAt": "2026-11-23T21:21:20.4813564+00:00"}	\N	follow_up_recorded	2026-11-23 21:21:20.481439+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "kommunledning"}	ledning	f
91	e0c4d01b-d2fa-42a5-acec-d03c0bf29cfc	01a20a48-588a-7343-a655-db5f0d311f63	7	{"note": "Två växeltjänster avvecklade från 1 juli.", "year": 2026, "amountTkr": 150, "recurring": true, "realisedAt": "2026-11-23T21:21:22.41615+00:00"}	\N	saving_realised	2026-11-23 21:21:22.416332+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "kommunledning"}	ledning	f
92	8910d6a8-a075-4b75-ab08-a13560d59694	01a20a48-5ce5-77f4-9289-a7640dde4db5	2	{"reason": "Fritidsgården behövs för ungdomsverksamheten i Nolhaga.", "decisionReference": "KS 2025-03-10 § 31"}	\N	item_declined	2026-11-23 21:21:24.927639+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "kommunledning"}	ledning	f
93	21e0343f-a3b7-496b-863e-d1981c4f86af	01a20a48-5f9d-7477-966a-18b05bad0a73	2	{"note": "Lokalerna på Kungsgatan sägs upp tidigast 2027; åtgärden bör vänta.", "recordedAt": "2026-11-23T21:21:27.7641347+00:00"}	\N	follow_up_recorded	2026-11-23 21:21:27.764263+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
94	f9547ef6-95be-4b3f-8e81-0ce14a493224	01a20a48-5f9d-7477-966a-18b05bad0a73	3	{"reason": "Hyresavtalet går inte att säga upp i förtid.", "decisionReference": "KS 2025-05-05 § 57"}	\N	item_cancelled	2026-11-23 21:21:31.418541+00	*DEFAULT*	Handlingsplan.Items.ItemCancelled, Handlingsplan	{"role": "kommunledning"}	ledning	f
95	5e97748f-1237-45d3-a642-734994104787	01a20a48-62b1-77bc-bd0c-012535e6e920	2	{"reason": "Följer av genomlysningen.", "decisionReference": "KS 2025-02-03 § 15"}	\N	item_prioritised	2026-11-23 21:21:33.382519+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
96	82732b10-c69f-416e-9537-61752aeed2df	01a20a48-62b1-77bc-bd0c-012535e6e920	3	{"dueDate": "2027-12-31", "department": "Vård- och omsorgsförvaltningen", "responsibleRole": "Förvaltningschef", "decisionReference": "KS 2025-02-03 § 16"}	\N	item_assigned	2026-11-23 21:21:35.368225+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
97	06d28062-852c-4dd7-84bf-85305a0d95fc	01a20a48-62b1-77bc-bd0c-012535e6e920	4	{"title": "Utökad hemtjänst med trygghetsteknik nattetid", "measureId": "01a20a49-2eda-78bb-81e7-a34a5ae4abd6"}	\N	measure_linked	2026-11-23 21:21:38.023253+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "kommunledning"}	ledning	f
98	0de98d2b-bf7e-4ac4-a9e5-f1671dda1abb	01a20a49-2eda-78bb-81e7-a34a5ae4abd6	1	{"title": "Utökad hemtjänst med trygghetsteknik nattetid", "origin": {"id": "01a20a48-62b1-77bc-bd0c-012535e6e920", "kind": "shift", "title": "Förflyttning från särskilt boende till hemtjänst i ordinärt boende"}, "source": null, "horizon": "shortTerm", "category": "operationalChange", "timeline": null, "committee": "VON", "description": null, "responsibleRole": null, "estimatedSavingTkr": 500}	\N	measure_proposed	2026-11-23 21:21:38.023396+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
99	fda6a510-b26c-4ffe-a24d-d8a422a7689b	01a20a48-62b1-77bc-bd0c-012535e6e920	5	{"note": "Tolv färre platser på särskilt boende.", "year": 2026, "amountTkr": 400, "recurring": true, "realisedAt": "2026-11-23T21:21:39.9177266+00:00"}	\N	saving_realised	2026-11-23 21:21:39.917813+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "kommunledning"}	ledning	f
100	23689033-146f-4d29-a2ae-f73304698eaa	01a20a48-62b1-77bc-bd0c-012535e6e920	6	{"note": "Väntelistan till särskilt boende är kortare än på fem år.", "recordedAt": "2026-11-23T21:21:42.6572991+00:00"}	\N	follow_up_recorded	2026-11-23 21:21:42.657427+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "kommunledning"}	ledning	f
101	3c2a6fbe-6d2d-4ea0-aa32-af5fe1b4b2e0	01a20a48-62b1-77bc-bd0c-012535e6e920	7	{"reason": "Förflyttningen är genomförd.", "decisionReference": "KS 2026-09-07 § 101"}	\N	item_completed	2026-11-23 21:21:44.137073+00	*DEFAULT*	Handlingsplan.Items.ItemCompleted, Handlingsplan	{"role": "kommunledning"}	ledning	f
102	78f57a09-b726-4d0c-b704-4467183f7505	01a20a48-664a-7bcf-84aa-eca1593c298a	2	{"reason": null, "decisionReference": "KS 2025-04-07 § 44"}	\N	item_prioritised	2026-11-23 21:21:46.31218+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
103	f2d0e988-4431-4ed5-b67e-616be54539da	01a20a48-664a-7bcf-84aa-eca1593c298a	3	{"title": "Öppen mottagning för unga vuxna på Ängabo", "measureId": "01a20a49-556d-7281-94e8-b786d61458e7"}	\N	measure_linked	2026-11-23 21:21:47.891844+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
104	b9428a98-48f5-423b-8e7d-9bc505982975	01a20a49-556d-7281-94e8-b786d61458e7	1	{"title": "Öppen mottagning för unga vuxna på Ängabo", "origin": {"id": "01a20a48-664a-7bcf-84aa-eca1593c298a", "kind": "shift", "title": "Förebyggande stöd i stället för sena insatser för unga vuxna"}, "source": "Förflyttning mot förebyggande arbete", "horizon": null, "category": null, "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 120}	\N	measure_proposed	2026-11-23 21:21:47.89187+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
105	b5a31041-ab04-4783-9e88-25e638a08206	01a20a48-664a-7bcf-84aa-eca1593c298a	4	{"reason": "Beräknat på färre placeringar av unga vuxna.", "estimatedSavingTkr": 300}	\N	estimate_revised	2026-11-23 21:21:49.252555+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
106	99205ed7-fc4c-4548-a863-7ae6971150e1	01a20a48-664a-7bcf-84aa-eca1593c298a	5	{"reason": "Ersätts av åtgärden om öppen mottagning.", "decisionReference": null}	\N	item_cancelled	2026-11-23 21:21:51.608287+00	*DEFAULT*	Handlingsplan.Items.ItemCancelled, Handlingsplan	{"role": "kommunledning"}	ledning	f
107	af54440b-93f0-448d-a1cc-d2da6f0b6996	01a20a48-69b9-7333-b7f3-e7f58bb1a4b9	2	{"reason": "Redan infört i praktiken.", "decisionReference": "KS 2025-04-07 § 45"}	\N	item_declined	2026-11-23 21:21:54.540727+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "kommunledning"}	ledning	f
108	9eca5747-00c9-47e6-880e-2be4d91614ce	01a20a48-6e22-7267-bd67-0d831617f813	2	{"reason": null, "decisionReference": "KS 2025-02-03 § 17"}	\N	item_prioritised	2026-11-23 21:21:56.980429+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
109	452dc793-f42f-4fbe-a969-9fea05f66db9	01a20a48-6e22-7267-bd67-0d831617f813	3	{"dueDate": "2026-03-31", "department": "Kultur- och utbildningsförvaltningen", "responsibleRole": "Ekonomichef", "decisionReference": "KS 2025-02-03 § 18"}	\N	item_assigned	2026-11-23 21:21:59.416704+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
110	b2f80a8a-fc16-4fcb-80e8-aec44e84cebe	01a20a48-6e22-7267-bd67-0d831617f813	4	{"findings": "En samordnad upphandling med gemensamma linjer för grundskola och särskola ger lägre kostnader; avtalen löper ut 2026.", "concludedAt": "2026-11-23T21:22:01.9858143+00:00"}	\N	investigation_concluded	2026-11-23 21:22:01.990564+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationConcluded, Handlingsplan	{"role": "kommunledning"}	ledning	f
111	ad0c694a-6a1f-44f3-b81a-7d30f8e9cd6b	01a20a48-6e22-7267-bd67-0d831617f813	5	{"title": "Samordnad upphandling av skolskjuts från läsåret 2026/27", "measureId": "01a20a49-92d9-7a1f-b87f-d242fb089678"}	\N	measure_linked	2026-11-23 21:22:03.621663+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "kommunledning"}	ledning	f
112	e1ec8a13-7d6f-4553-b8f3-102490e5108a	01a20a49-92d9-7a1f-b87f-d242fb089678	1	{"title": "Samordnad upphandling av skolskjuts från läsåret 2026/27", "origin": {"id": "01a20a48-6e22-7267-bd67-0d831617f813", "kind": "investigation", "title": "Utredning av skolskjutsarnas organisation och upphandling"}, "source": null, "horizon": "shortTerm", "category": "operationalChange", "timeline": null, "committee": "KUN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 700}	\N	measure_proposed	2026-11-23 21:22:03.621688+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
114	7c0a3a20-2d31-45ac-999e-5708052ec793	01a20a48-70fa-78f7-950c-88505721a8da	2	{"reason": null, "decisionReference": "KS 2025-03-10 § 32"}	\N	item_prioritised	2026-11-23 21:22:06.024604+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
116	3536e27b-77cf-49c6-96e7-39fd3a951eef	01a20a48-70fa-78f7-950c-88505721a8da	4	{"findings": "Gemensam socialjour med Lerum och Vårgårda täcker helgerna med färre jourpass.", "concludedAt": "2026-11-23T21:22:09.9840585+00:00"}	\N	investigation_concluded	2026-11-23 21:22:09.984132+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationConcluded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
123	8c511a77-aae0-401f-8389-d9d0b86520a9	01a20a49-2eda-78bb-81e7-a34a5ae4abd6	2	{"reason": null, "decisionReference": "KS 2025-06-09 § 70"}	\N	item_prioritised	2026-11-23 21:22:22.829202+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
128	c0aa69c9-7203-4459-b28c-2634bfb1b6f3	4c81d697-b32f-fdb2-a180-08264a92b9f3	5	{"note": "Samarbetet med arbetsmarknadsenheten fungerar väl.", "recordedAt": "2026-11-23T21:22:32.5014668+00:00"}	\N	follow_up_recorded	2026-11-23 21:22:32.501522+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
129	44d2451f-8f2b-4789-b755-6fd67a20ea34	4c81d697-b32f-fdb2-a180-08264a92b9f3	6	{"findings": "Kommunens egna verksamheter kan ta emot fler i arbetsmarknadsåtgärder; effekten på försörjningsstödet är tydlig.", "concludedAt": "2026-11-23T21:22:33.9244332+00:00"}	\N	investigation_concluded	2026-11-23 21:22:33.924507+00	*DEFAULT*	Handlingsplan.Investigations.InvestigationConcluded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
140	5a57f2bf-1898-405c-a0a9-d1ac8e396ea7	77548e6b-7e4f-bd4b-4f47-71a08c100d06	5	{"year": 2026, "committee": "SN", "budgetedTkr": 1800}	\N	buffer_budgeted	2026-11-23 21:22:49.185696+00	*DEFAULT*	Handlingsplan.Plan.Buffers.BufferBudgeted, Handlingsplan	{"role": "kommunledning"}	ledning	f
113	ed198502-be0a-4e02-9b41-a2263a79e324	01a20a48-6e22-7267-bd67-0d831617f813	6	{"reason": "Utredningen är klar och har lett till en åtgärd.", "decisionReference": "KUN 2026-04-22 § 40"}	\N	item_completed	2026-11-23 21:22:05.028295+00	*DEFAULT*	Handlingsplan.Items.ItemCompleted, Handlingsplan	{"role": "kommunledning"}	ledning	f
115	10d8a26e-46ce-42f2-ae34-f736706b8e44	01a20a48-70fa-78f7-950c-88505721a8da	3	{"dueDate": null, "department": "Socialförvaltningen", "responsibleRole": "Enhetschef socialjouren", "decisionReference": null}	\N	item_assigned	2026-11-23 21:22:07.340529+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
117	3bee32d4-ed36-4262-aa7d-cd8b384afb7f	01a20a48-70fa-78f7-950c-88505721a8da	5	{"title": "Gemensam socialjour med grannkommunerna", "measureId": "01a20a49-b64d-72d1-b43b-433bf51532b8"}	\N	measure_linked	2026-11-23 21:22:12.698838+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
118	01f7e1e2-87d9-4192-a54a-844a7935b66c	01a20a49-b64d-72d1-b43b-433bf51532b8	1	{"title": "Gemensam socialjour med grannkommunerna", "origin": {"id": "01a20a48-70fa-78f7-950c-88505721a8da", "kind": "investigation", "title": "Översyn av bemanningen i socialjouren på kvällar och helger"}, "source": null, "horizon": "longTerm", "category": null, "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 200}	\N	measure_proposed	2026-11-23 21:22:12.698866+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
120	027099e7-b6cd-4cb6-97d6-239a787a7224	01a20a48-70fa-78f7-950c-88505721a8da	7	{"note": "Avtalet med grannkommunerna skrivs under i december.", "recordedAt": "2026-11-23T21:22:18.012747+00:00"}	\N	follow_up_recorded	2026-11-23 21:22:18.012829+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
122	198f21bc-e1ff-4215-9c59-4ff50cfcb5bd	01a20a48-74a2-7473-a30b-d2acf681e4dc	3	{"reason": "Ingår i arbetet med lokaleffektivitet.", "decisionReference": "KS 2025-09-01 § 80"}	\N	item_cancelled	2026-11-23 21:22:20.668238+00	*DEFAULT*	Handlingsplan.Items.ItemCancelled, Handlingsplan	{"role": "kommunledning"}	ledning	f
124	f6b4932f-f8f7-4e62-9c2c-0effdefee0f2	01a20a49-2eda-78bb-81e7-a34a5ae4abd6	3	{"dueDate": "2026-12-31", "department": "Vård- och omsorgsförvaltningen", "responsibleRole": null, "decisionReference": null}	\N	item_assigned	2026-11-23 21:22:25.4054+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
126	fe53d45b-6d91-4b98-b0f6-124a1a1f81d6	01a20a49-b64d-72d1-b43b-433bf51532b8	2	{"note": "Ärendet tas upp i socialnämnden i januari.", "recordedAt": "2026-11-23T21:22:28.5865324+00:00"}	\N	follow_up_recorded	2026-11-23 21:22:28.586601+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
127	3414c7ab-645b-4fcc-9e57-4f3e6245c835	4c81d697-b32f-fdb2-a180-08264a92b9f3	4	{"note": "Fem personer i kommunala arbetsmarknadsanställningar i stället för försörjningsstöd.", "year": 2026, "amountTkr": 200, "recurring": true, "realisedAt": "2026-11-23T21:22:30.5890835+00:00"}	\N	saving_realised	2026-11-23 21:22:30.589166+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
130	a877515f-9637-4b37-9103-5462dcc3b4f6	95b45909-6944-8243-502f-8df0c96c09ad	4	{"note": "Avvecklat gammalt ärendearkiv; licenskostnad återbetald.", "year": 2025, "amountTkr": 500, "recurring": false, "realisedAt": "2026-11-23T21:22:35.8091925+00:00"}	\N	saving_realised	2026-11-23 21:22:35.809283+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "kommunledning"}	ledning	f
136	7a91cfa3-bb57-47a2-b7a4-d2cbbb5467f3	0b02c9dc-3b99-f64e-16e4-437b2a64e432	2	{"note": "Nämnderna har lämnat sina buffertar för 2026.", "recordedAt": "2026-11-23T21:22:45.9082748+00:00"}	\N	follow_up_recorded	2026-11-23 21:22:45.908333+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "kommunledning"}	ledning	f
137	7cba5a18-5e92-4655-93b0-a40d16039203	f70c7ccd-8081-48d0-768e-81bd4a0be3f5	2	{"reason": "Ingår i översynen av inköpsorganisationen.", "decisionReference": "KS 2025-03-10 § 33"}	\N	item_declined	2026-11-23 21:22:47.052753+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "kommunledning"}	ledning	f
119	1857077d-9b2d-4daf-8223-44a60fd92260	01a20a48-70fa-78f7-950c-88505721a8da	6	{"note": "Färre övertidstimmar under hösten.", "year": 2025, "amountTkr": 75, "recurring": false, "realisedAt": "2026-11-23T21:22:15.0337896+00:00"}	\N	saving_realised	2026-11-23 21:22:15.033873+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
125	c5ae154d-d52d-48f3-919c-4569caeeaf75	01a20a49-92d9-7a1f-b87f-d242fb089678	2	{"reason": null, "decisionReference": "KS 2026-05-04 § 49"}	\N	item_prioritised	2026-11-23 21:22:26.920208+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
131	a59cabd6-f349-4d73-ae4a-74b5b2aca478	95b45909-6944-8243-502f-8df0c96c09ad	5	{"note": "Mellanarkivet är upphandlat.", "recordedAt": "2026-11-23T21:22:38.347034+00:00"}	\N	follow_up_recorded	2026-11-23 21:22:38.347086+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "kommunledning"}	ledning	f
132	26beb743-9139-4d29-b118-c337e24c05a9	b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	4	{"title": "AI-stöd för dokumentation i barn- och ungdomsutredningar", "measureId": "01a20a4a-215a-7630-a03e-fac5c425a991"}	\N	measure_linked	2026-11-23 21:22:40.106682+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
133	c50a3524-bf70-4d12-994d-dba16a55a6dc	01a20a4a-215a-7630-a03e-fac5c425a991	1	{"title": "AI-stöd för dokumentation i barn- och ungdomsutredningar", "origin": {"id": "b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c", "kind": "investigation", "title": "Använda AI-stöd i utredningar"}, "source": null, "horizon": "shortTerm", "category": "operationalChange", "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 350}	\N	measure_proposed	2026-11-23 21:22:40.106724+00	*DEFAULT*	Handlingsplan.Measures.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
134	1a06dfb1-f340-49b8-98d9-f618102b8dbf	37c15650-52d0-b9d9-7233-21d0b42c1046	2	{"reason": "Ingår i budget 2025–2027.", "decisionReference": "KS 2025-02-03 § 19"}	\N	item_prioritised	2026-11-23 21:22:42.534271+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
135	e605abd0-b81e-42c0-b9f9-d3ee6949839e	37c15650-52d0-b9d9-7233-21d0b42c1046	3	{"reason": "Två system kan inte avvecklas förrän 2027.", "estimatedSavingTkr": 800}	\N	estimate_revised	2026-11-23 21:22:44.924758+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "kommunledning"}	ledning	f
121	3732c17e-8f21-4e1f-9258-f17e03ff0d64	01a20a48-74a2-7473-a30b-d2acf681e4dc	2	{"reason": null, "decisionReference": "KS 2025-05-05 § 58"}	\N	item_prioritised	2026-11-23 21:22:19.208396+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
138	7526cbe2-de90-41d4-9975-0032a1bf53ac	77548e6b-7e4f-bd4b-4f47-71a08c100d06	3	{"year": 2026, "committee": "SN", "budgetedTkr": 1500}	\N	buffer_budgeted	2026-11-23 21:22:48.026656+00	*DEFAULT*	Handlingsplan.Plan.Buffers.BufferBudgeted, Handlingsplan	{"role": "kommunledning"}	ledning	f
139	39dca0c9-621e-47e4-8abe-29f91dc52482	77548e6b-7e4f-bd4b-4f47-71a08c100d06	4	{"year": 2026, "committee": "VON", "budgetedTkr": 2000}	\N	buffer_budgeted	2026-11-23 21:22:48.67055+00	*DEFAULT*	Handlingsplan.Plan.Buffers.BufferBudgeted, Handlingsplan	{"role": "kommunledning"}	ledning	f
\.


--
-- Data for Name: mt_high_water_skips; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_high_water_skips (ending_sequence, starting_sequence, "timestamp") FROM stdin;
\.


--
-- Data for Name: mt_hilo; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_hilo (entity_name, hi_value) FROM stdin;
\.


--
-- Data for Name: mt_streams; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) FROM stdin;
a1fc6591-ec32-ca7e-9dee-2b730f823a0e	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
ea34d02e-7e11-50ec-5537-2ecebf4327ea	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
a3c63fe5-47e0-b987-a909-c9da6e82ab7e	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
f62dded0-84a9-6be7-7492-e93a9ac0ecbe	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
d2fbca2c-76ce-6e8f-c6d4-c216f4c01926	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
346c733e-472f-70cb-7ada-47cd3423349a	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
26cd6d09-c479-9f29-8d03-3727491d6e51	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
02dffb9a-9e1e-451f-2349-36744956cc09	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
d600fa46-9137-8fe6-7a42-7f74be3e0528	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
b8d34b64-92b3-4bee-be6b-342d31fe5808	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
b344ca44-b96b-8acc-631a-9bf88f72a93d	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
b83e4f80-e08f-d613-de69-6f6a4538c952	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
bc3f9262-12bd-9fd2-773b-d97f18882871	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
108aedfe-9698-29ea-52d2-d94f4f773b9e	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
8954aa53-5f01-febd-1ee6-a1f0353ae80c	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
27c2a3bf-7dd6-2731-a2f5-daad609befca	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
5a3cf5d6-81ec-524e-e85b-e5d6a7898df1	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
c63ad145-fd76-2b64-42e2-1ff4551966c1	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
8a21a836-52d3-61e1-89dd-c682455bff34	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
9fb04678-6943-f542-c32d-1d47f62332d4	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
f4b4eb74-0973-9148-5df1-0a7bd12a1bc6	measure	1	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
4e070f3f-17c6-148f-cd47-2e86142d6a27	investigation	3	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	investigation	3	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
d958c7a8-55c9-b31a-e554-e13a257a6657	investigation	2	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
77a7b695-bb52-0a98-c2cd-43577e6fed5c	investigation	3	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	investigation	3	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
9683f545-e542-7bad-dbe9-52e38d14f9ca	investigation	3	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
09283c36-2c14-651b-c327-d62412b3d722	investigation	2	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
5e33e667-82ff-132a-6daf-581a5e3a84ef	investigation	3	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
4b836c1e-c600-43b0-c2d1-949193219c98	investigation	3	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
551e8af8-5974-b241-ac19-e9976b7559fb	investigation	3	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
401fee7d-2202-ff93-e435-98938bc3d50d	investigation	3	2026-11-23 21:20:11.675956+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
01a20a49-2eda-78bb-81e7-a34a5ae4abd6	measure	3	2026-11-23 21:22:25.437061+00	2026-11-23 21:21:38.062773+00	*DEFAULT*	0	f
01a20a48-6e22-7267-bd67-0d831617f813	investigation	6	2026-11-23 21:22:05.041385+00	2026-11-23 21:20:48.680196+00	*DEFAULT*	0	f
01a20a49-92d9-7a1f-b87f-d242fb089678	measure	2	2026-11-23 21:22:26.93412+00	2026-11-23 21:22:03.669375+00	*DEFAULT*	0	f
01a20a49-b64d-72d1-b43b-433bf51532b8	measure	2	2026-11-23 21:22:28.597352+00	2026-11-23 21:22:12.72332+00	*DEFAULT*	0	f
01a20a48-62b1-77bc-bd0c-012535e6e920	shift	7	2026-11-23 21:21:44.15381+00	2026-11-23 21:20:45.825724+00	*DEFAULT*	0	f
01a20a48-5281-72e4-994a-f75ccf1162a5	measure	9	2026-11-23 21:21:12.578634+00	2026-11-23 21:20:41.638083+00	*DEFAULT*	0	f
37c15650-52d0-b9d9-7233-21d0b42c1046	measure	3	2026-11-23 21:22:44.939225+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
0b02c9dc-3b99-f64e-16e4-437b2a64e432	measure	2	2026-11-23 21:22:45.928654+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
01a20a49-556d-7281-94e8-b786d61458e7	measure	1	2026-11-23 21:21:47.904758+00	2026-11-23 21:21:47.904758+00	*DEFAULT*	0	f
01a20a48-664a-7bcf-84aa-eca1593c298a	shift	5	2026-11-23 21:21:51.727208+00	2026-11-23 21:20:46.671104+00	*DEFAULT*	0	f
01a20a48-588a-7343-a655-db5f0d311f63	measure	7	2026-11-23 21:21:22.438892+00	2026-11-23 21:20:43.187916+00	*DEFAULT*	0	f
01a20a48-5ce5-77f4-9289-a7640dde4db5	measure	2	2026-11-23 21:21:24.937637+00	2026-11-23 21:20:44.263687+00	*DEFAULT*	0	f
4c81d697-b32f-fdb2-a180-08264a92b9f3	investigation	6	2026-11-23 21:22:33.937709+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
01a20a48-5f9d-7477-966a-18b05bad0a73	measure	3	2026-11-23 21:21:31.450349+00	2026-11-23 21:20:44.985605+00	*DEFAULT*	0	f
01a20a48-69b9-7333-b7f3-e7f58bb1a4b9	shift	2	2026-11-23 21:21:54.545849+00	2026-11-23 21:20:47.556971+00	*DEFAULT*	0	f
01a20a48-70fa-78f7-950c-88505721a8da	investigation	7	2026-11-23 21:22:18.03324+00	2026-11-23 21:20:49.410946+00	*DEFAULT*	0	f
f70c7ccd-8081-48d0-768e-81bd4a0be3f5	measure	2	2026-11-23 21:22:47.08002+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
95b45909-6944-8243-502f-8df0c96c09ad	investigation	5	2026-11-23 21:22:38.360698+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	investigation	4	2026-11-23 21:22:40.158007+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
01a20a48-74a2-7473-a30b-d2acf681e4dc	investigation	3	2026-11-23 21:22:20.671809+00	2026-11-23 21:20:50.340712+00	*DEFAULT*	0	f
01a20a4a-215a-7630-a03e-fac5c425a991	measure	1	2026-11-23 21:22:40.158007+00	2026-11-23 21:22:40.158007+00	*DEFAULT*	0	f
77548e6b-7e4f-bd4b-4f47-71a08c100d06	action_plan	5	2026-11-23 21:22:49.196929+00	2026-11-23 21:20:11.675956+00	*DEFAULT*	0	f
\.


--
-- Data for Name: wolverine_agent_restrictions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wolverine_agent_restrictions (id, uri, type, node) FROM stdin;
\.


--
-- Data for Name: wolverine_control_queue; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wolverine_control_queue (id, message_type, node_id, body, posted, expires) FROM stdin;
\.


--
-- Data for Name: wolverine_dead_letter_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wolverine_dead_letter_history (id, replay_count, last_replayed_at, first_failed_at) FROM stdin;
\.


--
-- Data for Name: wolverine_dead_letters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wolverine_dead_letters (id, execution_time, body, message_type, received_at, source, exception_type, exception_message, sent_at, replayable, failure_group, failure_title, failed_at, first_failed_at, replay_count, last_replayed_at, archived_at) FROM stdin;
\.


--
-- Data for Name: wolverine_incoming_envelopes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wolverine_incoming_envelopes (id, status, owner_id, execution_time, attempts, body, message_type, received_at, keep_until) FROM stdin;
\.


--
-- Data for Name: wolverine_node_assignments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wolverine_node_assignments (id, node_id, started) FROM stdin;
\.


--
-- Data for Name: wolverine_node_records; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wolverine_node_records (id, node_number, event_name, "timestamp", description) FROM stdin;
1	1	NodeStarted	2026-11-23 21:20:16.256518+00	
2	1	AgentStarted	2026-11-23 21:20:16.591397+00	wolverinedb://postgresql/127.0.0.1/handlingsplan/public
\.


--
-- Data for Name: wolverine_nodes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wolverine_nodes (id, node_number, description, uri, started, health_check, version, capabilities) FROM stdin;
\.


--
-- Data for Name: wolverine_outgoing_envelopes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wolverine_outgoing_envelopes (id, owner_id, destination, deliver_by, body, attempts, message_type) FROM stdin;
\.


--
-- Name: mt_events_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mt_events_sequence', 140, true);


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wolverine_node_records_id_seq', 2, true);


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.wolverine_nodes_node_number_seq', 1, false);


--
-- Name: mt_event_progression pk_mt_event_progression; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_event_progression
    ADD CONSTRAINT pk_mt_event_progression PRIMARY KEY (name);


--
-- Name: mt_doc_auditseal pkey_mt_doc_auditseal_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_auditseal
    ADD CONSTRAINT pkey_mt_doc_auditseal_id PRIMARY KEY (id);


--
-- Name: mt_doc_dashboardview pkey_mt_doc_dashboardview_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_dashboardview
    ADD CONSTRAINT pkey_mt_doc_dashboardview_id PRIMARY KEY (id);


--
-- Name: mt_doc_deadletterevent pkey_mt_doc_deadletterevent_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_deadletterevent
    ADD CONSTRAINT pkey_mt_doc_deadletterevent_id PRIMARY KEY (id);


--
-- Name: mt_doc_envelope pkey_mt_doc_envelope_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_envelope
    ADD CONSTRAINT pkey_mt_doc_envelope_id PRIMARY KEY (id);


--
-- Name: mt_doc_investigation pkey_mt_doc_investigation_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_investigation
    ADD CONSTRAINT pkey_mt_doc_investigation_id PRIMARY KEY (id);


--
-- Name: mt_doc_measure pkey_mt_doc_measure_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_measure
    ADD CONSTRAINT pkey_mt_doc_measure_id PRIMARY KEY (id);


--
-- Name: mt_doc_shift pkey_mt_doc_shift_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_shift
    ADD CONSTRAINT pkey_mt_doc_shift_id PRIMARY KEY (id);


--
-- Name: mt_event_projection_floors pkey_mt_event_projection_floors_name_tenant_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_event_projection_floors
    ADD CONSTRAINT pkey_mt_event_projection_floors_name_tenant_id PRIMARY KEY (name, tenant_id);


--
-- Name: mt_events pkey_mt_events_seq_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_events
    ADD CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id);


--
-- Name: mt_high_water_skips pkey_mt_high_water_skips_ending_sequence; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_high_water_skips
    ADD CONSTRAINT pkey_mt_high_water_skips_ending_sequence PRIMARY KEY (ending_sequence);


--
-- Name: mt_hilo pkey_mt_hilo_entity_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_hilo
    ADD CONSTRAINT pkey_mt_hilo_entity_name PRIMARY KEY (entity_name);


--
-- Name: mt_streams pkey_mt_streams_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_streams
    ADD CONSTRAINT pkey_mt_streams_id PRIMARY KEY (id);


--
-- Name: wolverine_agent_restrictions pkey_wolverine_agent_restrictions_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_agent_restrictions
    ADD CONSTRAINT pkey_wolverine_agent_restrictions_id PRIMARY KEY (id);


--
-- Name: wolverine_control_queue pkey_wolverine_control_queue_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_control_queue
    ADD CONSTRAINT pkey_wolverine_control_queue_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letter_history pkey_wolverine_dead_letter_history_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_dead_letter_history
    ADD CONSTRAINT pkey_wolverine_dead_letter_history_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letters pkey_wolverine_dead_letters_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_dead_letters
    ADD CONSTRAINT pkey_wolverine_dead_letters_id PRIMARY KEY (id);


--
-- Name: wolverine_incoming_envelopes pkey_wolverine_incoming_envelopes_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_incoming_envelopes
    ADD CONSTRAINT pkey_wolverine_incoming_envelopes_id PRIMARY KEY (id);


--
-- Name: wolverine_node_assignments pkey_wolverine_node_assignments_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_node_assignments
    ADD CONSTRAINT pkey_wolverine_node_assignments_id PRIMARY KEY (id);


--
-- Name: wolverine_node_records pkey_wolverine_node_records_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_node_records
    ADD CONSTRAINT pkey_wolverine_node_records_id PRIMARY KEY (id);


--
-- Name: wolverine_nodes pkey_wolverine_nodes_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_nodes
    ADD CONSTRAINT pkey_wolverine_nodes_id PRIMARY KEY (id);


--
-- Name: wolverine_outgoing_envelopes pkey_wolverine_outgoing_envelopes_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_outgoing_envelopes
    ADD CONSTRAINT pkey_wolverine_outgoing_envelopes_id PRIMARY KEY (id);


--
-- Name: idx_wolverine_dead_letter_history_last_replayed_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wolverine_dead_letter_history_last_replayed_at ON public.wolverine_dead_letter_history USING btree (last_replayed_at);


--
-- Name: idx_wolverine_dead_letters_failure_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_failure_group ON public.wolverine_dead_letters USING btree (failure_group);


--
-- Name: idx_wolverine_dead_letters_replayable; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_replayable ON public.wolverine_dead_letters USING btree (replayable) WHERE (replayable = true);


--
-- Name: idx_wolverine_incoming_envelopes_keep_until; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_keep_until ON public.wolverine_incoming_envelopes USING btree (keep_until) WHERE ((status)::text = 'Handled'::text);


--
-- Name: idx_wolverine_incoming_envelopes_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_owner ON public.wolverine_incoming_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_incoming_envelopes_recover; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_recover ON public.wolverine_incoming_envelopes USING btree (received_at) WHERE (((status)::text = 'Incoming'::text) AND (owner_id = 0));


--
-- Name: idx_wolverine_incoming_envelopes_scheduled; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_scheduled ON public.wolverine_incoming_envelopes USING btree (execution_time) WHERE ((status)::text = 'Scheduled'::text);


--
-- Name: idx_wolverine_outgoing_envelopes_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_owner ON public.wolverine_outgoing_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_outgoing_envelopes_recover; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_recover ON public.wolverine_outgoing_envelopes USING btree (destination) WHERE (owner_id = 0);


--
-- Name: pk_mt_events_stream_and_version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON public.mt_events USING btree (stream_id, version);


--
-- Name: mt_events fkey_mt_events_stream_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_events
    ADD CONSTRAINT fkey_mt_events_stream_id FOREIGN KEY (stream_id) REFERENCES public.mt_streams(id) ON DELETE CASCADE;


--
-- Name: wolverine_node_assignments fkey_wolverine_node_assignments_node_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wolverine_node_assignments
    ADD CONSTRAINT fkey_wolverine_node_assignments_node_id FOREIGN KEY (node_id) REFERENCES public.wolverine_nodes(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict kRryyaP5CQR5LPwVqKZQxOdIxn3dvP9hEPh2aymHdKgkxiPAvv6qjBqNrgCC3s7

