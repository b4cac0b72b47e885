--
-- PostgreSQL database dump
--

\restrict Y31W3c4555vnjf1ktK2G9C2v8QbMxtkBjDDrpFUbB7jBIEVRxoO9hIbKTJFP2kZ

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
-- Name: mt_doc_actionplan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_actionplan (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


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
-- Name: mt_doc_dashboardview_2; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_dashboardview_2 (
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
-- Name: mt_doc_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_item (
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
    "timestamp" timestamp with time zone DEFAULT '2026-11-24 00:08:41.464444+00'::timestamp with time zone NOT NULL,
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
-- Data for Name: mt_doc_actionplan; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_actionplan (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_auditseal; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_auditseal (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
1	{"id": 1, "hash": "4690c979325b7438948739461d1e0c73fdbddae1ceff8ca592cab9cd2953d605", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "0000000000000000000000000000000000000000000000000000000000000000"}	2026-11-24 00:08:43.560917+00	01a20ae2-2916-4485-8da6-557c5e6aa1e0	Handlingsplan.Audit.AuditSeal
2	{"id": 2, "hash": "d72f2c187b14d9bf49a73a3f138930b65e30243dbd97566a7c8951f04d777876", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "4690c979325b7438948739461d1e0c73fdbddae1ceff8ca592cab9cd2953d605"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-4fa6-8441-dbf12a819c3b	Handlingsplan.Audit.AuditSeal
3	{"id": 3, "hash": "65747f18c4267cf27b7cebc38669ba0b7bf426f10bd0b16fd9dc00b165a6b7fc", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "d72f2c187b14d9bf49a73a3f138930b65e30243dbd97566a7c8951f04d777876"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-4d55-bfd0-8ff0ebb3d7a1	Handlingsplan.Audit.AuditSeal
4	{"id": 4, "hash": "9be323b732cc7bd0952326daac44f7d02bd74fd9536e3009c1c83ad4667ebf00", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "65747f18c4267cf27b7cebc38669ba0b7bf426f10bd0b16fd9dc00b165a6b7fc"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-484d-bcaa-02418263d720	Handlingsplan.Audit.AuditSeal
5	{"id": 5, "hash": "c82af00f6210a9c0aecaaf46f74ac7245dfea6c783c0c34f332353c748b53cfc", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "9be323b732cc7bd0952326daac44f7d02bd74fd9536e3009c1c83ad4667ebf00"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-48e0-a069-38a9000c58d4	Handlingsplan.Audit.AuditSeal
6	{"id": 6, "hash": "aba9360ebd015300f9b904daa7a6f6305423085fd9c05dbc7ed5257d607d657d", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "c82af00f6210a9c0aecaaf46f74ac7245dfea6c783c0c34f332353c748b53cfc"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-4cd7-adeb-5ba2e545a897	Handlingsplan.Audit.AuditSeal
7	{"id": 7, "hash": "d19a84283ca8418379cbca1279ba57e0b6bf8fd08665faf1d4a743afeb4b6ab5", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "aba9360ebd015300f9b904daa7a6f6305423085fd9c05dbc7ed5257d607d657d"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-47f6-9659-b4bfd3be1211	Handlingsplan.Audit.AuditSeal
8	{"id": 8, "hash": "418423bf87d23a5a827c3a199adb83a8fb7d8435854d54ae40d00571067c2570", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "d19a84283ca8418379cbca1279ba57e0b6bf8fd08665faf1d4a743afeb4b6ab5"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-4b2f-b5e8-f6b373d90dc7	Handlingsplan.Audit.AuditSeal
9	{"id": 9, "hash": "3a447a075a232fc24e692c6a0d41b4a422f338acd51e9ecf4565a04e0ae9bd05", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "418423bf87d23a5a827c3a199adb83a8fb7d8435854d54ae40d00571067c2570"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-4d1e-bf2f-05ff52baa939	Handlingsplan.Audit.AuditSeal
10	{"id": 10, "hash": "847b2d689a8096a42706faf5b68ece1789cc8c871a28750465cb63b643e6b093", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "3a447a075a232fc24e692c6a0d41b4a422f338acd51e9ecf4565a04e0ae9bd05"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-499f-96c0-cf183e13bca6	Handlingsplan.Audit.AuditSeal
11	{"id": 11, "hash": "56922d560b153e343537c7d2386948949d81b38d7207b05c85d7d8a57a819a30", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "847b2d689a8096a42706faf5b68ece1789cc8c871a28750465cb63b643e6b093"}	2026-11-24 00:08:43.560917+00	01a20ae2-2917-4a9d-aefa-bd050a11ca11	Handlingsplan.Audit.AuditSeal
12	{"id": 12, "hash": "769be7166ea7bce1066684422fa20f50b5c633dd197da7bcb65f5783b683134e", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "56922d560b153e343537c7d2386948949d81b38d7207b05c85d7d8a57a819a30"}	2026-11-24 00:08:43.560917+00	01a20ae2-291e-4958-ba03-c003749d3ed9	Handlingsplan.Audit.AuditSeal
13	{"id": 13, "hash": "b890f66ce9f9fe456eb1d9b417508530790d8f01129c52357cb2cd95b39ece1f", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "769be7166ea7bce1066684422fa20f50b5c633dd197da7bcb65f5783b683134e"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4a54-815e-dd12a74ae3e2	Handlingsplan.Audit.AuditSeal
14	{"id": 14, "hash": "fff45b3eb635d1a1ee157f355c2e4d3043d3b9192c6804471fc3a9e3c868f481", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "b890f66ce9f9fe456eb1d9b417508530790d8f01129c52357cb2cd95b39ece1f"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4db1-ab62-0b27692cb396	Handlingsplan.Audit.AuditSeal
15	{"id": 15, "hash": "22f44857cf107f4e8cdd58dbdf8ac7ce25042ba5ba6fe598adad0e24f6e24c99", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "fff45b3eb635d1a1ee157f355c2e4d3043d3b9192c6804471fc3a9e3c868f481"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4416-8ab0-93c4b63845ca	Handlingsplan.Audit.AuditSeal
16	{"id": 16, "hash": "975533fe62f70cc97d84d0566362ae78d297d3329fabc1845429e03fd23c3ca6", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "22f44857cf107f4e8cdd58dbdf8ac7ce25042ba5ba6fe598adad0e24f6e24c99"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4a8b-96f1-34629910e15b	Handlingsplan.Audit.AuditSeal
17	{"id": 17, "hash": "86447885e8f3de1f0d0ec5e305577c8d2ba04a25f0c1e1b1e529cfa5c48c58e9", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "975533fe62f70cc97d84d0566362ae78d297d3329fabc1845429e03fd23c3ca6"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4959-9f2c-fb4f42f13544	Handlingsplan.Audit.AuditSeal
18	{"id": 18, "hash": "974039041799a9ca683c441684dbe71d280b258e2c7ec97044742a6d053ed60a", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "86447885e8f3de1f0d0ec5e305577c8d2ba04a25f0c1e1b1e529cfa5c48c58e9"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-42d6-80bb-33159079f350	Handlingsplan.Audit.AuditSeal
19	{"id": 19, "hash": "01fe6fadecb77568328266d9473f8b213cbead6da196b96801090cc4fbd72026", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "974039041799a9ca683c441684dbe71d280b258e2c7ec97044742a6d053ed60a"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-43e0-ac94-0ca56469816a	Handlingsplan.Audit.AuditSeal
20	{"id": 20, "hash": "7b1a8b22ad94363988b5940bbd81f15b7bc5e0df2535982cdaee5b6a17a9f09d", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "01fe6fadecb77568328266d9473f8b213cbead6da196b96801090cc4fbd72026"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-48f2-b4db-d83a90e968cc	Handlingsplan.Audit.AuditSeal
21	{"id": 21, "hash": "087e349728d2fc26cd309ea434a4624164e0199538e278a49b8d5ec9fcb57f22", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "7b1a8b22ad94363988b5940bbd81f15b7bc5e0df2535982cdaee5b6a17a9f09d"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-43b7-bf5c-4f83940d3726	Handlingsplan.Audit.AuditSeal
22	{"id": 22, "hash": "8ddd809ee2efa1df5020dc67172d6da2e3a4becdec266a6c2da708c5162cfe3a", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "087e349728d2fc26cd309ea434a4624164e0199538e278a49b8d5ec9fcb57f22"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4efb-ab01-4af8721e4de8	Handlingsplan.Audit.AuditSeal
23	{"id": 23, "hash": "11743d77cf01380cb82e59cc3beec707b9e5d7030401e2ef473dbd28fe145b72", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "8ddd809ee2efa1df5020dc67172d6da2e3a4becdec266a6c2da708c5162cfe3a"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-439d-84a4-6a1e0c0343ab	Handlingsplan.Audit.AuditSeal
24	{"id": 24, "hash": "c2d18ebb2856a3373d7d045dbc8f456069bd8916e602f3fa00e270b9c58edcbc", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "11743d77cf01380cb82e59cc3beec707b9e5d7030401e2ef473dbd28fe145b72"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4675-876b-ff48c824a5d0	Handlingsplan.Audit.AuditSeal
25	{"id": 25, "hash": "37e246aaa04b74d382fdda80e6eb814d4efe6b3af796133f944f87635a855987", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "c2d18ebb2856a3373d7d045dbc8f456069bd8916e602f3fa00e270b9c58edcbc"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-44dc-868f-9c587abb9d26	Handlingsplan.Audit.AuditSeal
26	{"id": 26, "hash": "9add5604d2ebd079598de0424f6207a1767daa4ec9de2102be9e5b812d58cf8a", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "37e246aaa04b74d382fdda80e6eb814d4efe6b3af796133f944f87635a855987"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4e62-b9da-e54881a543e2	Handlingsplan.Audit.AuditSeal
27	{"id": 27, "hash": "38a6d82285faf2220acb7e9f72dcf252b3b4b3e9acec1c5208a0a26dadae2a3f", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "9add5604d2ebd079598de0424f6207a1767daa4ec9de2102be9e5b812d58cf8a"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4a26-95c1-1f8b20bdc039	Handlingsplan.Audit.AuditSeal
28	{"id": 28, "hash": "23b9ec65bc57f5dce8a4bd5a07af4bba6ebe3a50008af292c72f0ac6900aec8e", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "38a6d82285faf2220acb7e9f72dcf252b3b4b3e9acec1c5208a0a26dadae2a3f"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-49cf-ad55-b5bbf2c7341b	Handlingsplan.Audit.AuditSeal
29	{"id": 29, "hash": "2533895503ad912eb783d91f325a2ae165662df39a1a4a4e4510e4c44d5cb5f5", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "23b9ec65bc57f5dce8a4bd5a07af4bba6ebe3a50008af292c72f0ac6900aec8e"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4cf7-bdf4-f3d6f997b05d	Handlingsplan.Audit.AuditSeal
30	{"id": 30, "hash": "809942d22ae3ebab0f95ebfcd5cee9fcef15506196ede7d677340d496e6c70c1", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "2533895503ad912eb783d91f325a2ae165662df39a1a4a4e4510e4c44d5cb5f5"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-475e-b905-f702491ae23a	Handlingsplan.Audit.AuditSeal
31	{"id": 31, "hash": "e91043406ba1cde02c96a76a0c9780b55d0903dc717d056c79ff6abd04cc94a8", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "809942d22ae3ebab0f95ebfcd5cee9fcef15506196ede7d677340d496e6c70c1"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4931-9d78-c6bcb93e2bb8	Handlingsplan.Audit.AuditSeal
32	{"id": 32, "hash": "6a6350708481e09f9e579b493f7ad15da1eba3bfee58b12a10e8f4bde9000934", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "e91043406ba1cde02c96a76a0c9780b55d0903dc717d056c79ff6abd04cc94a8"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4359-b0d5-ce088eb9281a	Handlingsplan.Audit.AuditSeal
33	{"id": 33, "hash": "d75eaa58565fca7e24f03e8105f4d0054f250c592486c7f3258029c0a9065871", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "6a6350708481e09f9e579b493f7ad15da1eba3bfee58b12a10e8f4bde9000934"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4cb4-9e5e-d90f72b8ff33	Handlingsplan.Audit.AuditSeal
34	{"id": 34, "hash": "a6bafe8530624bc70094d8b4d12b2196f758e2cb3883152cd8f8bcbeb31bde28", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "d75eaa58565fca7e24f03e8105f4d0054f250c592486c7f3258029c0a9065871"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4ed2-b679-17eeba4ab2ef	Handlingsplan.Audit.AuditSeal
35	{"id": 35, "hash": "30928a0706ae474e33b2e5bca7a27fac5b783cba39295cf6b3b2085617468be7", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "a6bafe8530624bc70094d8b4d12b2196f758e2cb3883152cd8f8bcbeb31bde28"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-44df-b534-1a35cf45cf81	Handlingsplan.Audit.AuditSeal
36	{"id": 36, "hash": "b66c0078a0fd06d5f78732db8f7ae641c9ecd2c32c0ad307492fa50af61af1fe", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "30928a0706ae474e33b2e5bca7a27fac5b783cba39295cf6b3b2085617468be7"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-42e8-ba86-447940821f03	Handlingsplan.Audit.AuditSeal
37	{"id": 37, "hash": "652f10f57957f4a5472ab89a9fe3f5f431f94f0a22fa5c786c4f98d81bf0c552", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "b66c0078a0fd06d5f78732db8f7ae641c9ecd2c32c0ad307492fa50af61af1fe"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4d26-9b4c-0af2d75afeb0	Handlingsplan.Audit.AuditSeal
38	{"id": 38, "hash": "7fdbabc337455359618f89189e2eba791ea8596cba43768dc9cba04387a4c285", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "652f10f57957f4a5472ab89a9fe3f5f431f94f0a22fa5c786c4f98d81bf0c552"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-49c9-9de8-c78dc95133f0	Handlingsplan.Audit.AuditSeal
39	{"id": 39, "hash": "8bde08e41d2f1b48d4b27429aa53105acdd79f491429a4b50537b3ce43183777", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "7fdbabc337455359618f89189e2eba791ea8596cba43768dc9cba04387a4c285"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4c12-9568-a007e6241c06	Handlingsplan.Audit.AuditSeal
40	{"id": 40, "hash": "47ba73e55425f924a845209cf7738a54c6d199bfd858e28e4b5935e37645c223", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "8bde08e41d2f1b48d4b27429aa53105acdd79f491429a4b50537b3ce43183777"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-49fd-81a0-0db37f7e8f45	Handlingsplan.Audit.AuditSeal
41	{"id": 41, "hash": "769e90e6875ecd0b5ba8d24f55339ad9b3f1900e024d38b3734baf0f3bb943df", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "47ba73e55425f924a845209cf7738a54c6d199bfd858e28e4b5935e37645c223"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-42a2-b7a3-fc2871f80c22	Handlingsplan.Audit.AuditSeal
42	{"id": 42, "hash": "3e76d127735ab5df1a92a330bbca5c1db31683ecc3b5b0b597fc69de6e7cf403", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "769e90e6875ecd0b5ba8d24f55339ad9b3f1900e024d38b3734baf0f3bb943df"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4321-8661-9b8b232e778c	Handlingsplan.Audit.AuditSeal
43	{"id": 43, "hash": "51dc5209f5b7444ded4510e936878eca07f62e08b60dc9a97af0fe5a1c95ffa8", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "3e76d127735ab5df1a92a330bbca5c1db31683ecc3b5b0b597fc69de6e7cf403"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4d7c-81a3-f6bb5ec1b5f8	Handlingsplan.Audit.AuditSeal
44	{"id": 44, "hash": "59ea1dc73e095b5016553aa96afc7b8a5b5d285b575a8d54e53ccb951a198caa", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "51dc5209f5b7444ded4510e936878eca07f62e08b60dc9a97af0fe5a1c95ffa8"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4e43-9ff6-e597d5a11014	Handlingsplan.Audit.AuditSeal
45	{"id": 45, "hash": "8bb125a6703dbe43ce3e814a28e8b13c118eb68b89a823d07b4c52f17f2c6fe8", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "59ea1dc73e095b5016553aa96afc7b8a5b5d285b575a8d54e53ccb951a198caa"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-473f-bbc7-413bfe00404c	Handlingsplan.Audit.AuditSeal
46	{"id": 46, "hash": "ef0568291a71ef60ca3ba644618de323d1a5d9eba2d95480b076555586dc9df1", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "8bb125a6703dbe43ce3e814a28e8b13c118eb68b89a823d07b4c52f17f2c6fe8"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4a1b-85df-fc3bd4534861	Handlingsplan.Audit.AuditSeal
47	{"id": 47, "hash": "928676063087298f8439f5c53e5b9279e2fbde5ed0193602ff9e58d58dccbcbc", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "ef0568291a71ef60ca3ba644618de323d1a5d9eba2d95480b076555586dc9df1"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4c66-b5db-1d4d1ba1dba1	Handlingsplan.Audit.AuditSeal
48	{"id": 48, "hash": "9549e839f7ad816df4e2ae500a6cdd5dea68a01efa4ce861c3d679432d6a891f", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "928676063087298f8439f5c53e5b9279e2fbde5ed0193602ff9e58d58dccbcbc"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4b06-ab6b-e4f549b2eb32	Handlingsplan.Audit.AuditSeal
49	{"id": 49, "hash": "ed0e3c4e616ba7288f9d839fc26ee3320c755a72ed61d3940bdebeb083839d23", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "9549e839f7ad816df4e2ae500a6cdd5dea68a01efa4ce861c3d679432d6a891f"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4ef4-a05a-73c7d6f56648	Handlingsplan.Audit.AuditSeal
50	{"id": 50, "hash": "fa7792c7c424724bc6557da280f26422a75c9760d65ff01d84143ee9e7692f83", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "ed0e3c4e616ba7288f9d839fc26ee3320c755a72ed61d3940bdebeb083839d23"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4aef-b6d3-bb09141940fe	Handlingsplan.Audit.AuditSeal
51	{"id": 51, "hash": "3a324d56f29ce954d0d65bbf0e3be90fc6ce28dab6373f571135eb9ad70b107c", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "fa7792c7c424724bc6557da280f26422a75c9760d65ff01d84143ee9e7692f83"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-476b-ab61-38284d16b4c8	Handlingsplan.Audit.AuditSeal
52	{"id": 52, "hash": "35edaccf8506db5eb288cd91f9001bf562c0531124c21fad6ec8cf96eb1a4b19", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "3a324d56f29ce954d0d65bbf0e3be90fc6ce28dab6373f571135eb9ad70b107c"}	2026-11-24 00:08:43.560917+00	01a20ae2-291f-4f82-89d1-ad7cc39b9c7b	Handlingsplan.Audit.AuditSeal
53	{"id": 53, "hash": "03ad281c9bed99e9324a2cc975b56af50f1eb9ce6db73d8cf2bd3830c31dbd94", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "35edaccf8506db5eb288cd91f9001bf562c0531124c21fad6ec8cf96eb1a4b19"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-4750-92a4-fb19bf82a47e	Handlingsplan.Audit.AuditSeal
54	{"id": 54, "hash": "6e00a9215ed4f9494abbc0e1e397bc317cb196487687ec4348308db3c8af83c8", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "03ad281c9bed99e9324a2cc975b56af50f1eb9ce6db73d8cf2bd3830c31dbd94"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-4da5-a87f-5363e4d6e543	Handlingsplan.Audit.AuditSeal
55	{"id": 55, "hash": "4df96b12706b7350db45332f7eaeddffa4e667bdfe0300a05b20782554f117c6", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "6e00a9215ed4f9494abbc0e1e397bc317cb196487687ec4348308db3c8af83c8"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-4e33-83ee-b6daa02bb679	Handlingsplan.Audit.AuditSeal
56	{"id": 56, "hash": "de36ebe4846bf2a101ac0543ffee9cfdad6a482300db56364485c56a4e4cce5a", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "4df96b12706b7350db45332f7eaeddffa4e667bdfe0300a05b20782554f117c6"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-43e9-9174-a2b05a4bdc90	Handlingsplan.Audit.AuditSeal
57	{"id": 57, "hash": "2844980e4c0132feb399f6df03b65fb1e0d9b43b7f919625231f033333374d32", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "de36ebe4846bf2a101ac0543ffee9cfdad6a482300db56364485c56a4e4cce5a"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-421a-944f-89eda3e67b31	Handlingsplan.Audit.AuditSeal
58	{"id": 58, "hash": "462de45502b538b8238792e913e49f4e7814220f6415d49cfc0f5b3033a98f45", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "2844980e4c0132feb399f6df03b65fb1e0d9b43b7f919625231f033333374d32"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-4e08-89af-52f7f47412f4	Handlingsplan.Audit.AuditSeal
59	{"id": 59, "hash": "00710c2c4102df9b034d08af361b0d262f74ba0f85dbb53b4e1781e9af602901", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "462de45502b538b8238792e913e49f4e7814220f6415d49cfc0f5b3033a98f45"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-4780-b1d2-cb897ada25ec	Handlingsplan.Audit.AuditSeal
60	{"id": 60, "hash": "96d525fcd4d42ad0dcd69b205b2de24c2b315505449ac6d848dd69875bbb4718", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "00710c2c4102df9b034d08af361b0d262f74ba0f85dbb53b4e1781e9af602901"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-444b-ae95-8a2c1fd3dbeb	Handlingsplan.Audit.AuditSeal
61	{"id": 61, "hash": "76222f12069fb50bdfb5bbf16909ee78dc9633692c8b46284b95bc40797065d8", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "96d525fcd4d42ad0dcd69b205b2de24c2b315505449ac6d848dd69875bbb4718"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-43ad-9bef-182a9a830a2d	Handlingsplan.Audit.AuditSeal
62	{"id": 62, "hash": "d188c0da20ba6ddcebc7bcd197f2a2b8638c7917e3542508cc8edb784c7d1b87", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "76222f12069fb50bdfb5bbf16909ee78dc9633692c8b46284b95bc40797065d8"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-47d7-961c-6767cf73a684	Handlingsplan.Audit.AuditSeal
63	{"id": 63, "hash": "b2415d262c031472ba8dc764c49a6efacb300c4d4eb9b08030949e3d14f59001", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "d188c0da20ba6ddcebc7bcd197f2a2b8638c7917e3542508cc8edb784c7d1b87"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-458c-9444-18f01609de9b	Handlingsplan.Audit.AuditSeal
64	{"id": 64, "hash": "f2aa17064431716850d2da7472c6c6739461bcbf913fcca316f727d7b419019a", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "b2415d262c031472ba8dc764c49a6efacb300c4d4eb9b08030949e3d14f59001"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-4b5a-b194-894ed3c07c47	Handlingsplan.Audit.AuditSeal
65	{"id": 65, "hash": "865ab3e6af4d2a48da5b0eddd54c44c31ba283982bd8c024c1ff1b9c7985edc4", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "f2aa17064431716850d2da7472c6c6739461bcbf913fcca316f727d7b419019a"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-4ba7-8ca2-5b489d951ad4	Handlingsplan.Audit.AuditSeal
66	{"id": 66, "hash": "8865781f4a02880ca204f45aa459d447c97a3a048632603699e684efaefa9db8", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "865ab3e6af4d2a48da5b0eddd54c44c31ba283982bd8c024c1ff1b9c7985edc4"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-4c44-8690-7fe6cf1f31c1	Handlingsplan.Audit.AuditSeal
67	{"id": 67, "hash": "5624df072fe3c9ec558efdb0e9d86617917853b10609ac4e2f360fc229334083", "sealedAt": "2026-11-24T00:08:43.5044098+00:00", "previousHash": "8865781f4a02880ca204f45aa459d447c97a3a048632603699e684efaefa9db8"}	2026-11-24 00:08:43.560917+00	01a20ae2-2920-43ee-8880-6b3fadeceef3	Handlingsplan.Audit.AuditSeal
68	{"id": 68, "hash": "afcf43435ebd6057fb434f6a8d28ae2e2b76a6efef683fccc7eb7faab15ddba2", "sealedAt": "2026-11-24T00:09:11.5582031+00:00", "previousHash": "5624df072fe3c9ec558efdb0e9d86617917853b10609ac4e2f360fc229334083"}	2026-11-24 00:09:11.564949+00	01a20ae2-968b-4621-8487-b434826b6a89	Handlingsplan.Audit.AuditSeal
69	{"id": 69, "hash": "bbf9dd14cf5857d529f888d5e83cd3e3642bab4eed49d1ab01d93d4195190d22", "sealedAt": "2026-11-24T00:09:11.5582031+00:00", "previousHash": "afcf43435ebd6057fb434f6a8d28ae2e2b76a6efef683fccc7eb7faab15ddba2"}	2026-11-24 00:09:11.564949+00	01a20ae2-968c-41f3-b00b-11e0297c5e68	Handlingsplan.Audit.AuditSeal
70	{"id": 70, "hash": "11070cef58002dce2ee195ff4b7c947469db174b86b57181af2d8000cbe9bf15", "sealedAt": "2026-11-24T00:09:11.759937+00:00", "previousHash": "bbf9dd14cf5857d529f888d5e83cd3e3642bab4eed49d1ab01d93d4195190d22"}	2026-11-24 00:09:11.767791+00	01a20ae2-9756-49ad-9482-6209b0ad5d84	Handlingsplan.Audit.AuditSeal
71	{"id": 71, "hash": "6afda4a539b457e439b80433d23b99d2e2c21a48381d1979dfbd1156f95874ab", "sealedAt": "2026-11-24T00:09:11.759937+00:00", "previousHash": "11070cef58002dce2ee195ff4b7c947469db174b86b57181af2d8000cbe9bf15"}	2026-11-24 00:09:11.767791+00	01a20ae2-9756-432e-8385-b529b97ecdb0	Handlingsplan.Audit.AuditSeal
72	{"id": 72, "hash": "eba91b48da997219450cdba701faa85c5e14be3dfe79f13471a4e7902b9f9620", "sealedAt": "2026-11-24T00:09:11.9734736+00:00", "previousHash": "6afda4a539b457e439b80433d23b99d2e2c21a48381d1979dfbd1156f95874ab"}	2026-11-24 00:09:11.976205+00	01a20ae2-9827-4017-9ff6-20d528513326	Handlingsplan.Audit.AuditSeal
73	{"id": 73, "hash": "4d3374385f6ec93c0eddfe0c380994177ac5243298f68c48fce98902f2b9987a", "sealedAt": "2026-11-24T00:09:12.1811836+00:00", "previousHash": "eba91b48da997219450cdba701faa85c5e14be3dfe79f13471a4e7902b9f9620"}	2026-11-24 00:09:12.186685+00	01a20ae2-98f6-4e58-8e93-c7aecd187a57	Handlingsplan.Audit.AuditSeal
74	{"id": 74, "hash": "b1841511c8d23b8f04601e93d66ff0a2bfd7cf8beaa237881092312ce081a84d", "sealedAt": "2026-11-24T00:09:12.1811836+00:00", "previousHash": "4d3374385f6ec93c0eddfe0c380994177ac5243298f68c48fce98902f2b9987a"}	2026-11-24 00:09:12.186685+00	01a20ae2-98f6-42d1-acbe-f0583cf8d87b	Handlingsplan.Audit.AuditSeal
77	{"id": 77, "hash": "038aee453a6cc866475cb664f103d1775456734ef49209334950cfc6c1b57e7e", "sealedAt": "2026-11-24T00:09:12.6047279+00:00", "previousHash": "e130e48e029c3a980eadcdb8ae167b698463aa5f9a92591d379b8d430f2cadcc"}	2026-11-24 00:09:12.606068+00	01a20ae2-9a9d-48ed-9265-e81bc05db382	Handlingsplan.Audit.AuditSeal
80	{"id": 80, "hash": "78732d2b5cc8b63098b93d9c7595cdba94c990f873cccbf844110e70e9b57623", "sealedAt": "2026-11-24T00:09:13.4563344+00:00", "previousHash": "9c6c30d79a6d55dc29c0fa028534bc6a50c276237c73ecad59a7a4e4fe0a0167"}	2026-11-24 00:09:13.462316+00	01a20ae2-9df5-47a0-8c48-3d69227330e6	Handlingsplan.Audit.AuditSeal
91	{"id": 91, "hash": "bba802de123d46441a0ccf21a74d4e741aea77a232892da1e989cba74b7bfbb3", "sealedAt": "2026-11-24T00:09:17.6486895+00:00", "previousHash": "b7827cc8358e8b6f51a838edc79d6f0ad5d15723f3245e8b562d538ed70c35db"}	2026-11-24 00:09:17.664534+00	01a20ae2-ae5f-420e-b708-6a61732e5520	Handlingsplan.Audit.AuditSeal
93	{"id": 93, "hash": "2c4cceccdf36f59fe6f27d8771186f558ed4c176b1b62b90fda69663745af29e", "sealedAt": "2026-11-24T00:09:18.5274948+00:00", "previousHash": "2c77e92be12a18420de3e7345fb277d75fc84e592b8bdb29ad7778a192acc123"}	2026-11-24 00:09:18.53309+00	01a20ae2-b1c4-4c07-9ae0-d09968443219	Handlingsplan.Audit.AuditSeal
101	{"id": 101, "hash": "c6465f4d1780fd530fe3901736e885b253eeaca1af742c21a4dd7652b3384bb3", "sealedAt": "2026-11-24T00:09:21.6348347+00:00", "previousHash": "a9452648b3551bcdab40cdb503c5d94c9befffdaa9b27b0b050ef397cd698e37"}	2026-11-24 00:09:21.639935+00	01a20ae2-bde6-433c-910a-e8fce2dd7d7c	Handlingsplan.Audit.AuditSeal
103	{"id": 103, "hash": "292d946a30df7d2b3930b1f2c2a8d8b33ac64f3baa67c0c72c5dfc8c5dc77039", "sealedAt": "2026-11-24T00:09:22.7417151+00:00", "previousHash": "1c65b83412e72fe1b13493676f5e3e5843da946a9af06d5e25d1bbe3d2f56f1c"}	2026-11-24 00:09:22.748151+00	01a20ae2-c23b-4a05-bc7c-a2e39875fc27	Handlingsplan.Audit.AuditSeal
104	{"id": 104, "hash": "dc7a64f3bb070fcf613198ecbf8bd0ab479010f4d541bd5ca2a338f29255380c", "sealedAt": "2026-11-24T00:09:22.7417151+00:00", "previousHash": "292d946a30df7d2b3930b1f2c2a8d8b33ac64f3baa67c0c72c5dfc8c5dc77039"}	2026-11-24 00:09:22.748151+00	01a20ae2-c23b-46a4-ad77-b19d90fe55d8	Handlingsplan.Audit.AuditSeal
117	{"id": 117, "hash": "18d0db087a9466ca151bb1238898b1c4cf1d94fee2b1f12c5eb60766780722d9", "sealedAt": "2026-11-24T00:09:30.798724+00:00", "previousHash": "08a143bdda8c6a863222f353e961f5fd737be18e98fb89600eb0c97e74934702"}	2026-11-24 00:09:30.801515+00	01a20ae2-e1b0-48b8-8a9d-8a9bda3a3efa	Handlingsplan.Audit.AuditSeal
118	{"id": 118, "hash": "55e6437a0540de6d5c720be8fb20d249d4b6f97bba08c8ae819a538b111724aa", "sealedAt": "2026-11-24T00:09:30.798724+00:00", "previousHash": "18d0db087a9466ca151bb1238898b1c4cf1d94fee2b1f12c5eb60766780722d9"}	2026-11-24 00:09:30.801515+00	01a20ae2-e1b0-4589-b8c4-f566a679f913	Handlingsplan.Audit.AuditSeal
119	{"id": 119, "hash": "281846206d91e26bd39bc95170083e716d4e2d5fba37f557e983b24513edc426", "sealedAt": "2026-11-24T00:09:31.7167928+00:00", "previousHash": "55e6437a0540de6d5c720be8fb20d249d4b6f97bba08c8ae819a538b111724aa"}	2026-11-24 00:09:31.719678+00	01a20ae2-e547-414c-85d3-e283bd0d51fe	Handlingsplan.Audit.AuditSeal
126	{"id": 126, "hash": "450e4d6b3dd8db637e802ee836ac867da65511a43a090c97d809c8a10ca05733", "sealedAt": "2026-11-24T00:09:36.4679557+00:00", "previousHash": "65ecfa38f51c56643c5d9e9cad5b7ac2f129caa27a013d6e866539d76954ed1c"}	2026-11-24 00:09:36.477824+00	01a20ae2-f7dc-4216-b994-d02351d7ec64	Handlingsplan.Audit.AuditSeal
129	{"id": 129, "hash": "1debbc7b6ec47561013ed946d393bcb4717ab145c42c67ba0095c4a6786d74da", "sealedAt": "2026-11-24T00:09:38.3324137+00:00", "previousHash": "217815151550c773fb57a8db75115bb516089e2081e994631283274c3adc8a13"}	2026-11-24 00:09:38.339836+00	01a20ae2-ff20-4717-b669-985cd42dc676	Handlingsplan.Audit.AuditSeal
130	{"id": 130, "hash": "39f368d7692f0050d8e499d0a0f263e9c355a4c2ed5a7081970cec2d048f470c", "sealedAt": "2026-11-24T00:09:38.8023166+00:00", "previousHash": "1debbc7b6ec47561013ed946d393bcb4717ab145c42c67ba0095c4a6786d74da"}	2026-11-24 00:09:38.811934+00	01a20ae3-00f8-4624-8507-81bcc8db25a0	Handlingsplan.Audit.AuditSeal
135	{"id": 135, "hash": "5ef823ce829137532986694db45317baedf2bc2fafdcde5119160d1fe73a6fc3", "sealedAt": "2026-11-24T00:09:40.8634486+00:00", "previousHash": "7f4ea8ba6013146442a2ad93ef45e67674fc82d656485024d44bd1674d7aca6c"}	2026-11-24 00:09:40.866918+00	01a20ae3-0901-4493-91c5-efc2070c81fb	Handlingsplan.Audit.AuditSeal
136	{"id": 136, "hash": "214424fb5a18979c6cfc6c0b211580d27a4f9e8ed4bcae53a8637655434ff24a", "sealedAt": "2026-11-24T00:09:41.515106+00:00", "previousHash": "5ef823ce829137532986694db45317baedf2bc2fafdcde5119160d1fe73a6fc3"}	2026-11-24 00:09:41.517387+00	01a20ae3-0b8c-4b0b-8aca-adb68826a1b5	Handlingsplan.Audit.AuditSeal
75	{"id": 75, "hash": "41104841b0a1793d1664fa99deb931354ce9a7cb575239dc4cee833b2a0d659e", "sealedAt": "2026-11-24T00:09:12.3987337+00:00", "previousHash": "b1841511c8d23b8f04601e93d66ff0a2bfd7cf8beaa237881092312ce081a84d"}	2026-11-24 00:09:12.400627+00	01a20ae2-99d0-4ee1-a044-f89156e87a6d	Handlingsplan.Audit.AuditSeal
76	{"id": 76, "hash": "e130e48e029c3a980eadcdb8ae167b698463aa5f9a92591d379b8d430f2cadcc", "sealedAt": "2026-11-24T00:09:12.3987337+00:00", "previousHash": "41104841b0a1793d1664fa99deb931354ce9a7cb575239dc4cee833b2a0d659e"}	2026-11-24 00:09:12.400627+00	01a20ae2-99d0-4889-b475-d8063a389d6b	Handlingsplan.Audit.AuditSeal
85	{"id": 85, "hash": "ca3b479a9354881fc6f51cd0d58ca256b77cc3ea745643a1eb7ad0aa43bc7ab4", "sealedAt": "2026-11-24T00:09:14.9376413+00:00", "previousHash": "bdf58ad4d4b2b24b4ef29cd25e8c5643140ed913030c428421c3bf1e59dc3474"}	2026-11-24 00:09:14.940675+00	01a20ae2-a3bc-43af-bab7-a8a8448e9066	Handlingsplan.Audit.AuditSeal
87	{"id": 87, "hash": "a449ad8fa1af468ef70972dfffb4817cce6d3bbbf7361986117d0734bc8d6be7", "sealedAt": "2026-11-24T00:09:15.6290795+00:00", "previousHash": "5cc8ecb9169dd1e29b017be3efc2827b6ca063a6bcc6be090724310316a579d4"}	2026-11-24 00:09:15.633044+00	01a20ae2-a670-49bd-b1c2-06ff19f120d1	Handlingsplan.Audit.AuditSeal
95	{"id": 95, "hash": "598968f809824a76c02a0d72de945f19c496e86f5fd2938d0dd3d37063ed8737", "sealedAt": "2026-11-24T00:09:19.1661111+00:00", "previousHash": "1009e5e123e02245afb16089d279e88d16a76b74468026967687522d0443990e"}	2026-11-24 00:09:19.175708+00	01a20ae2-b447-45c7-9994-3e4ea14214b0	Handlingsplan.Audit.AuditSeal
97	{"id": 97, "hash": "aecbe534a2b6cee190abcd6c71a8d6fb306bf09b6904cacd9dcea87e72f4b76e", "sealedAt": "2026-11-24T00:09:20.2978139+00:00", "previousHash": "0f2df66293e6346e6390b780d6eb52c143f488051f9ed1e519dc6a6dc384db01"}	2026-11-24 00:09:20.303173+00	01a20ae2-b8ae-46c4-bb52-a6b294b98394	Handlingsplan.Audit.AuditSeal
98	{"id": 98, "hash": "3892085d8ca05801cf90ed96eaa03d0b5abe69f71633f6a2dab39bbd03d60924", "sealedAt": "2026-11-24T00:09:20.2978139+00:00", "previousHash": "aecbe534a2b6cee190abcd6c71a8d6fb306bf09b6904cacd9dcea87e72f4b76e"}	2026-11-24 00:09:20.303173+00	01a20ae2-b8ae-49bf-a3cb-9112ef8d5446	Handlingsplan.Audit.AuditSeal
99	{"id": 99, "hash": "43b4edbf0f51b292e68a4231aa680ceb3de48c060be2440f73cf26bf8b41ebc9", "sealedAt": "2026-11-24T00:09:20.7383546+00:00", "previousHash": "3892085d8ca05801cf90ed96eaa03d0b5abe69f71633f6a2dab39bbd03d60924"}	2026-11-24 00:09:20.742474+00	01a20ae2-ba66-4ba4-8724-b63f689c4615	Handlingsplan.Audit.AuditSeal
100	{"id": 100, "hash": "a9452648b3551bcdab40cdb503c5d94c9befffdaa9b27b0b050ef397cd698e37", "sealedAt": "2026-11-24T00:09:21.191753+00:00", "previousHash": "43b4edbf0f51b292e68a4231aa680ceb3de48c060be2440f73cf26bf8b41ebc9"}	2026-11-24 00:09:21.211708+00	01a20ae2-bc2a-41ca-b8a5-89797703b686	Handlingsplan.Audit.AuditSeal
109	{"id": 109, "hash": "6c1c8909310c4dd970b7952ad6f64daddf0e079032c37a9af4a67a2c4260b8a9", "sealedAt": "2026-11-24T00:09:26.0922855+00:00", "previousHash": "46cf3789d2937489b4002c19e217fbc56c1fba7b9960649826cfd67400c7e400"}	2026-11-24 00:09:26.096192+00	01a20ae2-cf4f-49e4-847e-99abe43ec8b4	Handlingsplan.Audit.AuditSeal
113	{"id": 113, "hash": "a3b08cf2185e15182ed375c248b429e1a57ea101bb020ee7e9e776268bb2ade9", "sealedAt": "2026-11-24T00:09:28.0837212+00:00", "previousHash": "18ad8eb85ca187ca892510e3ce836b81486046c75a7085eedec2f4da9cb98225"}	2026-11-24 00:09:28.097519+00	01a20ae2-d720-45b9-a930-d78d1737c53e	Handlingsplan.Audit.AuditSeal
116	{"id": 116, "hash": "08a143bdda8c6a863222f353e961f5fd737be18e98fb89600eb0c97e74934702", "sealedAt": "2026-11-24T00:09:29.9313457+00:00", "previousHash": "3bd0029ea44b2e3d9f9c800220304a53b1b0caffcd9acdcb848f6dee8f3dccee"}	2026-11-24 00:09:29.933186+00	01a20ae2-de4c-4627-9804-23b987648c3e	Handlingsplan.Audit.AuditSeal
122	{"id": 122, "hash": "cd6147435263972459603134dc8a59026a4f2d99e52420206914c68e6451fa08", "sealedAt": "2026-11-24T00:09:33.7974659+00:00", "previousHash": "f5e7eb825db478e8ca889b379c4a4cd80a1badc84168d58a9dd27461292f4e2a"}	2026-11-24 00:09:33.808194+00	01a20ae2-ed6c-46c5-a91f-5e05b258d6ba	Handlingsplan.Audit.AuditSeal
127	{"id": 127, "hash": "2d8334270a7cbaf0b221fbe5dbad55b4398e7085a04045bb9f071016430a471e", "sealedAt": "2026-11-24T00:09:37.2159258+00:00", "previousHash": "450e4d6b3dd8db637e802ee836ac867da65511a43a090c97d809c8a10ca05733"}	2026-11-24 00:09:37.228746+00	01a20ae2-facc-462c-93c5-01bc53f142b8	Handlingsplan.Audit.AuditSeal
131	{"id": 131, "hash": "d4d08e423add56011a0585d970227aa5b3740272730b23d05f7f3b134f0cbda7", "sealedAt": "2026-11-24T00:09:39.4876987+00:00", "previousHash": "39f368d7692f0050d8e499d0a0f263e9c355a4c2ed5a7081970cec2d048f470c"}	2026-11-24 00:09:39.496316+00	01a20ae3-03a7-410e-9141-726e1709819b	Handlingsplan.Audit.AuditSeal
134	{"id": 134, "hash": "7f4ea8ba6013146442a2ad93ef45e67674fc82d656485024d44bd1674d7aca6c", "sealedAt": "2026-11-24T00:09:40.4017155+00:00", "previousHash": "e98ff2e2e410789bf1bff2dd02bacce230bb20e86b2658028484dcb456ddd32b"}	2026-11-24 00:09:40.402795+00	01a20ae3-0732-4038-ad89-122535351550	Handlingsplan.Audit.AuditSeal
138	{"id": 138, "hash": "1aab3fe8ccf8982ef8c3f2d40b8f71ede52c4b777869a6745b139122e70b985b", "sealedAt": "2026-11-24T00:09:42.4203388+00:00", "previousHash": "cc0296f162c0c3b88e2493a89f05c6008c5b35f7ed0cdf428ba92e5a9fce744e"}	2026-11-24 00:09:42.429201+00	01a20ae3-0f1c-4ec6-947e-fc69ac7fee41	Handlingsplan.Audit.AuditSeal
144	{"id": 144, "hash": "56438f50494d8f39066b8ee4ff1d3f727e57c3f4290b774c6a2fa133130439c8", "sealedAt": "2026-11-24T00:09:45.1333559+00:00", "previousHash": "a37745ebf9d7d7f91b13af665c5e329db07e7c47c20024a4a83f205f2b8f1b61"}	2026-11-24 00:09:45.136679+00	01a20ae3-19b0-40b1-868e-5c4489da6808	Handlingsplan.Audit.AuditSeal
78	{"id": 78, "hash": "dfa6f2f25bbd5bf43fdef84282e168a578b48a5242e1ae43b33b0e8362c82e6e", "sealedAt": "2026-11-24T00:09:13.0259616+00:00", "previousHash": "038aee453a6cc866475cb664f103d1775456734ef49209334950cfc6c1b57e7e"}	2026-11-24 00:09:13.029807+00	01a20ae2-9c44-42bb-9ead-4e4267a6bc2a	Handlingsplan.Audit.AuditSeal
79	{"id": 79, "hash": "9c6c30d79a6d55dc29c0fa028534bc6a50c276237c73ecad59a7a4e4fe0a0167", "sealedAt": "2026-11-24T00:09:13.2324062+00:00", "previousHash": "dfa6f2f25bbd5bf43fdef84282e168a578b48a5242e1ae43b33b0e8362c82e6e"}	2026-11-24 00:09:13.234387+00	01a20ae2-9d11-4c0a-b634-781f7d247b2e	Handlingsplan.Audit.AuditSeal
81	{"id": 81, "hash": "ad0cfe6dc0eea943d56a254723cca6feef744049bedca0fee183b8651ffdc0f1", "sealedAt": "2026-11-24T00:09:13.6656251+00:00", "previousHash": "78732d2b5cc8b63098b93d9c7595cdba94c990f873cccbf844110e70e9b57623"}	2026-11-24 00:09:13.668102+00	01a20ae2-9ec3-4585-80ce-aae1d8b0fe42	Handlingsplan.Audit.AuditSeal
82	{"id": 82, "hash": "decff978ef57363606873c9e6d94bc6fc3e5838d3b48bb8d09097b3fb33a14ff", "sealedAt": "2026-11-24T00:09:14.0867059+00:00", "previousHash": "ad0cfe6dc0eea943d56a254723cca6feef744049bedca0fee183b8651ffdc0f1"}	2026-11-24 00:09:14.088813+00	01a20ae2-a068-402c-81b7-cdf6a9d1057d	Handlingsplan.Audit.AuditSeal
83	{"id": 83, "hash": "a5e5dce80230b45f193b414d50a8a6bc927a4255a71098b64ade63e8bbbb27b9", "sealedAt": "2026-11-24T00:09:14.0867059+00:00", "previousHash": "decff978ef57363606873c9e6d94bc6fc3e5838d3b48bb8d09097b3fb33a14ff"}	2026-11-24 00:09:14.088813+00	01a20ae2-a068-43ef-9855-092c08e34a55	Handlingsplan.Audit.AuditSeal
84	{"id": 84, "hash": "bdf58ad4d4b2b24b4ef29cd25e8c5643140ed913030c428421c3bf1e59dc3474", "sealedAt": "2026-11-24T00:09:14.298003+00:00", "previousHash": "a5e5dce80230b45f193b414d50a8a6bc927a4255a71098b64ade63e8bbbb27b9"}	2026-11-24 00:09:14.300312+00	01a20ae2-a13b-4e56-9178-5d063dbbd465	Handlingsplan.Audit.AuditSeal
86	{"id": 86, "hash": "5cc8ecb9169dd1e29b017be3efc2827b6ca063a6bcc6be090724310316a579d4", "sealedAt": "2026-11-24T00:09:15.1617905+00:00", "previousHash": "ca3b479a9354881fc6f51cd0d58ca256b77cc3ea745643a1eb7ad0aa43bc7ab4"}	2026-11-24 00:09:15.163377+00	01a20ae2-a49b-44f8-bd86-344fef6f5f35	Handlingsplan.Audit.AuditSeal
88	{"id": 88, "hash": "274aa9c451809625e7e675c818983a9267166b304f624c3d841b8309fade4e69", "sealedAt": "2026-11-24T00:09:16.0907699+00:00", "previousHash": "a449ad8fa1af468ef70972dfffb4817cce6d3bbbf7361986117d0734bc8d6be7"}	2026-11-24 00:09:16.092429+00	01a20ae2-a83c-4602-ad5c-1d478e56cac3	Handlingsplan.Audit.AuditSeal
89	{"id": 89, "hash": "11fa8c8da3fe1dcc08a7ef68a085e2539cce04e335aae85368ba88dfde0b810c", "sealedAt": "2026-11-24T00:09:16.7499636+00:00", "previousHash": "274aa9c451809625e7e675c818983a9267166b304f624c3d841b8309fade4e69"}	2026-11-24 00:09:16.754154+00	01a20ae2-aad1-4dc2-a222-6b0a42383747	Handlingsplan.Audit.AuditSeal
90	{"id": 90, "hash": "b7827cc8358e8b6f51a838edc79d6f0ad5d15723f3245e8b562d538ed70c35db", "sealedAt": "2026-11-24T00:09:16.9824222+00:00", "previousHash": "11fa8c8da3fe1dcc08a7ef68a085e2539cce04e335aae85368ba88dfde0b810c"}	2026-11-24 00:09:16.989266+00	01a20ae2-abbc-4d11-98af-9e687e2e6a1c	Handlingsplan.Audit.AuditSeal
92	{"id": 92, "hash": "2c77e92be12a18420de3e7345fb277d75fc84e592b8bdb29ad7778a192acc123", "sealedAt": "2026-11-24T00:09:17.8659118+00:00", "previousHash": "bba802de123d46441a0ccf21a74d4e741aea77a232892da1e989cba74b7bfbb3"}	2026-11-24 00:09:17.871666+00	01a20ae2-af2d-49b7-9970-047815f5f68d	Handlingsplan.Audit.AuditSeal
94	{"id": 94, "hash": "1009e5e123e02245afb16089d279e88d16a76b74468026967687522d0443990e", "sealedAt": "2026-11-24T00:09:18.926364+00:00", "previousHash": "2c4cceccdf36f59fe6f27d8771186f558ed4c176b1b62b90fda69663745af29e"}	2026-11-24 00:09:18.943477+00	01a20ae2-b35e-4e50-b51a-2b61537a16ef	Handlingsplan.Audit.AuditSeal
96	{"id": 96, "hash": "0f2df66293e6346e6390b780d6eb52c143f488051f9ed1e519dc6a6dc384db01", "sealedAt": "2026-11-24T00:09:19.6128757+00:00", "previousHash": "598968f809824a76c02a0d72de945f19c496e86f5fd2938d0dd3d37063ed8737"}	2026-11-24 00:09:19.623825+00	01a20ae2-b606-4f8f-9382-956426b58ecc	Handlingsplan.Audit.AuditSeal
102	{"id": 102, "hash": "1c65b83412e72fe1b13493676f5e3e5843da946a9af06d5e25d1bbe3d2f56f1c", "sealedAt": "2026-11-24T00:09:22.0681118+00:00", "previousHash": "c6465f4d1780fd530fe3901736e885b253eeaca1af742c21a4dd7652b3384bb3"}	2026-11-24 00:09:22.069055+00	01a20ae2-bf94-4a94-8b3a-c5b983410f68	Handlingsplan.Audit.AuditSeal
105	{"id": 105, "hash": "b9c888732608d339edd0f55f215ba9a81199e6b8f425395974ccfda1862e7518", "sealedAt": "2026-11-24T00:09:23.224108+00:00", "previousHash": "dc7a64f3bb070fcf613198ecbf8bd0ab479010f4d541bd5ca2a338f29255380c"}	2026-11-24 00:09:23.237609+00	01a20ae2-c422-4275-b8e0-fbe9d4426347	Handlingsplan.Audit.AuditSeal
106	{"id": 106, "hash": "59e21d222ba3aa64d5cdaebbbe871a5fbdb9ef2e26900ab25bace668a5311109", "sealedAt": "2026-11-24T00:09:23.9278977+00:00", "previousHash": "b9c888732608d339edd0f55f215ba9a81199e6b8f425395974ccfda1862e7518"}	2026-11-24 00:09:24.007673+00	01a20ae2-c724-4773-b9ea-7c4ae421a46b	Handlingsplan.Audit.AuditSeal
107	{"id": 107, "hash": "9e77d86736497615af0d4340aa5b0ea462f24dbfd1fe02b95e48b8351d6af98c", "sealedAt": "2026-11-24T00:09:24.6693305+00:00", "previousHash": "59e21d222ba3aa64d5cdaebbbe871a5fbdb9ef2e26900ab25bace668a5311109"}	2026-11-24 00:09:24.670844+00	01a20ae2-c9be-4fce-aaf2-f6704f952851	Handlingsplan.Audit.AuditSeal
108	{"id": 108, "hash": "46cf3789d2937489b4002c19e217fbc56c1fba7b9960649826cfd67400c7e400", "sealedAt": "2026-11-24T00:09:25.1498268+00:00", "previousHash": "9e77d86736497615af0d4340aa5b0ea462f24dbfd1fe02b95e48b8351d6af98c"}	2026-11-24 00:09:25.158381+00	01a20ae2-cba4-4964-92fa-bc1a09eaac3c	Handlingsplan.Audit.AuditSeal
110	{"id": 110, "hash": "276b650a454f9cf989c14368519a7e2c95640dc6c414c13b9198fbee02d256a5", "sealedAt": "2026-11-24T00:09:26.5485272+00:00", "previousHash": "6c1c8909310c4dd970b7952ad6f64daddf0e079032c37a9af4a67a2c4260b8a9"}	2026-11-24 00:09:26.551742+00	01a20ae2-d115-470b-abc4-cd456489d9b1	Handlingsplan.Audit.AuditSeal
111	{"id": 111, "hash": "693f8b2815b07256754c2f92b2e52fb8d195b2bf39e9f432561ef3dfee692234", "sealedAt": "2026-11-24T00:09:27.5876942+00:00", "previousHash": "276b650a454f9cf989c14368519a7e2c95640dc6c414c13b9198fbee02d256a5"}	2026-11-24 00:09:27.58941+00	01a20ae2-d524-4464-9b63-5f0370efec6e	Handlingsplan.Audit.AuditSeal
112	{"id": 112, "hash": "18ad8eb85ca187ca892510e3ce836b81486046c75a7085eedec2f4da9cb98225", "sealedAt": "2026-11-24T00:09:27.5876942+00:00", "previousHash": "693f8b2815b07256754c2f92b2e52fb8d195b2bf39e9f432561ef3dfee692234"}	2026-11-24 00:09:27.58941+00	01a20ae2-d524-46ee-b1b1-ef145ad6e58d	Handlingsplan.Audit.AuditSeal
114	{"id": 114, "hash": "849ff379d13358fc1396c6539b5cadde63b7099f4d5bc6d2aceb138a867bf70c", "sealedAt": "2026-11-24T00:09:28.8044465+00:00", "previousHash": "a3b08cf2185e15182ed375c248b429e1a57ea101bb020ee7e9e776268bb2ade9"}	2026-11-24 00:09:28.806809+00	01a20ae2-d9e5-4be7-b877-b918d0ebd5b3	Handlingsplan.Audit.AuditSeal
115	{"id": 115, "hash": "3bd0029ea44b2e3d9f9c800220304a53b1b0caffcd9acdcb848f6dee8f3dccee", "sealedAt": "2026-11-24T00:09:29.4807317+00:00", "previousHash": "849ff379d13358fc1396c6539b5cadde63b7099f4d5bc6d2aceb138a867bf70c"}	2026-11-24 00:09:29.489958+00	01a20ae2-dc8e-410b-a0af-492faa4aa828	Handlingsplan.Audit.AuditSeal
120	{"id": 120, "hash": "568b2e000ae95bfe860afcdddb67878324476e025a5c56609d0f65b3c15fe34e", "sealedAt": "2026-11-24T00:09:32.4169764+00:00", "previousHash": "281846206d91e26bd39bc95170083e716d4e2d5fba37f557e983b24513edc426"}	2026-11-24 00:09:32.418254+00	01a20ae2-e801-4ecd-9e38-273c96f9b650	Handlingsplan.Audit.AuditSeal
121	{"id": 121, "hash": "f5e7eb825db478e8ca889b379c4a4cd80a1badc84168d58a9dd27461292f4e2a", "sealedAt": "2026-11-24T00:09:33.0718777+00:00", "previousHash": "568b2e000ae95bfe860afcdddb67878324476e025a5c56609d0f65b3c15fe34e"}	2026-11-24 00:09:33.07346+00	01a20ae2-ea90-4e0b-b437-1738f0f74427	Handlingsplan.Audit.AuditSeal
124	{"id": 124, "hash": "98d7360c70d2e40aaab025cff839e714e253b92fe9ff5a63c5942699db85a87f", "sealedAt": "2026-11-24T00:09:35.2978555+00:00", "previousHash": "bb1f7c926820c41006f20cbc385648453d4739e3345e6f29d141e0604bbc899b"}	2026-11-24 00:09:35.298997+00	01a20ae2-f342-4535-90af-e7a317d2dcf7	Handlingsplan.Audit.AuditSeal
125	{"id": 125, "hash": "65ecfa38f51c56643c5d9e9cad5b7ac2f129caa27a013d6e866539d76954ed1c", "sealedAt": "2026-11-24T00:09:35.7800884+00:00", "previousHash": "98d7360c70d2e40aaab025cff839e714e253b92fe9ff5a63c5942699db85a87f"}	2026-11-24 00:09:35.796856+00	01a20ae2-f532-4cd9-8f77-275d29cfcdfa	Handlingsplan.Audit.AuditSeal
132	{"id": 132, "hash": "0046934c1981a3b3e25b9971885933ff9671fd60e57380a345aed0aa2c0bfdde", "sealedAt": "2026-11-24T00:09:40.1850704+00:00", "previousHash": "d4d08e423add56011a0585d970227aa5b3740272730b23d05f7f3b134f0cbda7"}	2026-11-24 00:09:40.196618+00	01a20ae3-0664-4a9c-8c32-cfc1149b7a2e	Handlingsplan.Audit.AuditSeal
133	{"id": 133, "hash": "e98ff2e2e410789bf1bff2dd02bacce230bb20e86b2658028484dcb456ddd32b", "sealedAt": "2026-11-24T00:09:40.1850704+00:00", "previousHash": "0046934c1981a3b3e25b9971885933ff9671fd60e57380a345aed0aa2c0bfdde"}	2026-11-24 00:09:40.196618+00	01a20ae3-0664-4c2f-b75b-7598047d143e	Handlingsplan.Audit.AuditSeal
137	{"id": 137, "hash": "cc0296f162c0c3b88e2493a89f05c6008c5b35f7ed0cdf428ba92e5a9fce744e", "sealedAt": "2026-11-24T00:09:41.9282785+00:00", "previousHash": "214424fb5a18979c6cfc6c0b211580d27a4f9e8ed4bcae53a8637655434ff24a"}	2026-11-24 00:09:41.930835+00	01a20ae3-0d2a-4257-ad4d-be3fc1fcdbdb	Handlingsplan.Audit.AuditSeal
143	{"id": 143, "hash": "a37745ebf9d7d7f91b13af665c5e329db07e7c47c20024a4a83f205f2b8f1b61", "sealedAt": "2026-11-24T00:09:44.6983384+00:00", "previousHash": "e2a872c2a683e2cb32cbda0ccb8401581a1c7da017c4265a5762956d8581dda5"}	2026-11-24 00:09:44.701326+00	01a20ae3-17fd-4118-b48f-eb46cb3af2d2	Handlingsplan.Audit.AuditSeal
145	{"id": 145, "hash": "ee9922b3699891bfd967c905a7ebe4b28913fc97182926ddf2d257e89a45ffeb", "sealedAt": "2026-11-24T00:09:45.8408549+00:00", "previousHash": "56438f50494d8f39066b8ee4ff1d3f727e57c3f4290b774c6a2fa133130439c8"}	2026-11-24 00:09:45.843312+00	01a20ae3-1c72-43dc-9b93-4423bb53977d	Handlingsplan.Audit.AuditSeal
123	{"id": 123, "hash": "bb1f7c926820c41006f20cbc385648453d4739e3345e6f29d141e0604bbc899b", "sealedAt": "2026-11-24T00:09:34.5362499+00:00", "previousHash": "cd6147435263972459603134dc8a59026a4f2d99e52420206914c68e6451fa08"}	2026-11-24 00:09:34.538836+00	01a20ae2-f049-4455-8dcb-466620903455	Handlingsplan.Audit.AuditSeal
128	{"id": 128, "hash": "217815151550c773fb57a8db75115bb516089e2081e994631283274c3adc8a13", "sealedAt": "2026-11-24T00:09:37.6327454+00:00", "previousHash": "2d8334270a7cbaf0b221fbe5dbad55b4398e7085a04045bb9f071016430a471e"}	2026-11-24 00:09:37.639489+00	01a20ae2-fc67-42b5-8579-b5cfcefce8b9	Handlingsplan.Audit.AuditSeal
139	{"id": 139, "hash": "6477bd416039bc312a079e11345e481b4e21487420cae664863b93ebfb664a16", "sealedAt": "2026-11-24T00:09:42.6158937+00:00", "previousHash": "1aab3fe8ccf8982ef8c3f2d40b8f71ede52c4b777869a6745b139122e70b985b"}	2026-11-24 00:09:42.635848+00	01a20ae3-0fe8-47dd-8fa4-8cae6cf4110b	Handlingsplan.Audit.AuditSeal
140	{"id": 140, "hash": "9efe71c62e80301b7e322a8028fb0ae58bbbf803d482f8c0b744d633c59b7624", "sealedAt": "2026-11-24T00:09:42.8474788+00:00", "previousHash": "6477bd416039bc312a079e11345e481b4e21487420cae664863b93ebfb664a16"}	2026-11-24 00:09:42.853353+00	01a20ae3-10c5-4edd-a088-270b2b53d8dd	Handlingsplan.Audit.AuditSeal
141	{"id": 141, "hash": "03f926f31dae0bbce23dcbf8cb27bf1a0a930d52332718cdd272efefe8145465", "sealedAt": "2026-11-24T00:09:43.3085679+00:00", "previousHash": "9efe71c62e80301b7e322a8028fb0ae58bbbf803d482f8c0b744d633c59b7624"}	2026-11-24 00:09:43.319902+00	01a20ae3-1290-46f2-9f49-98e98aa48b69	Handlingsplan.Audit.AuditSeal
142	{"id": 142, "hash": "e2a872c2a683e2cb32cbda0ccb8401581a1c7da017c4265a5762956d8581dda5", "sealedAt": "2026-11-24T00:09:44.0036052+00:00", "previousHash": "03f926f31dae0bbce23dcbf8cb27bf1a0a930d52332718cdd272efefe8145465"}	2026-11-24 00:09:44.015875+00	01a20ae3-154d-4961-9f08-0c181f344870	Handlingsplan.Audit.AuditSeal
\.


--
-- Data for Name: mt_doc_dashboardview_2; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_dashboardview_2 (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
dashboard	{"id": "dashboard", "items": {"01a20ae2-9593-7afb-9eb0-0488f04c5ab8": {"kind": "measure", "status": "completed", "horizon": "shortTerm", "category": "operationalChange", "committee": "SN", "realisations": [{"year": 2025, "amountTkr": 250, "recurring": true}, {"year": 2026, "amountTkr": 300.5, "recurring": false}, {"year": 2026, "amountTkr": 100, "recurring": true}], "estimatedSavingTkr": 900}, "01a20ae2-9609-7329-8b9b-f084605d3814": {"kind": "measure", "status": "realising", "horizon": null, "category": null, "committee": "KS", "realisations": [{"year": 2026, "amountTkr": 150, "recurring": true}], "estimatedSavingTkr": null}, "01a20ae2-967a-7ff9-9ea2-5324c9e86d6c": {"kind": "measure", "status": "declined", "horizon": "longTerm", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": 400}, "01a20ae2-96ee-7f9d-a0d2-29ef6d16d985": {"kind": "measure", "status": "cancelled", "horizon": null, "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": 300}, "01a20ae2-9774-745d-b3fe-df1dc6413d35": {"kind": "shift", "status": "completed", "horizon": "longTerm", "category": null, "committee": "VON", "realisations": [{"year": 2026, "amountTkr": 400, "recurring": true}], "estimatedSavingTkr": 1200}, "01a20ae2-9819-7d77-8dec-796be508f93c": {"kind": "shift", "status": "cancelled", "horizon": null, "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": 300}, "01a20ae2-98ad-7b9e-86e7-0da685c35fd4": {"kind": "shift", "status": "declined", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": 90}, "01a20ae2-9913-7663-adf8-fb6dc7982e89": {"kind": "investigation", "status": "completed", "horizon": null, "category": null, "committee": "KUN", "realisations": [], "estimatedSavingTkr": null}, "01a20ae2-9992-7587-b1b0-5dba42346f4d": {"kind": "investigation", "status": "realising", "horizon": null, "category": null, "committee": "SN", "realisations": [{"year": 2025, "amountTkr": 75, "recurring": false}], "estimatedSavingTkr": 250}, "01a20ae2-9a00-70ce-8cf4-cfea2476db1e": {"kind": "investigation", "status": "cancelled", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": 2000}, "01a20ae2-b842-74ba-bece-939db6826ad2": {"kind": "measure", "status": "assigned", "horizon": "shortTerm", "category": "operationalChange", "committee": "VON", "realisations": [], "estimatedSavingTkr": 500}, "01a20ae2-c16c-79fc-9c04-e131e178f69e": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": 120}, "01a20ae2-d40b-7b2b-a0d2-2d3ddcd30648": {"kind": "measure", "status": "prioritised", "horizon": "shortTerm", "category": "operationalChange", "committee": "KUN", "realisations": [], "estimatedSavingTkr": 700}, "01a20ae2-e0fa-7fe9-8cf6-42e65843109c": {"kind": "measure", "status": "proposed", "horizon": "longTerm", "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": 200}, "01a20ae3-0576-7693-b8c1-95b1a012e0a6": {"kind": "measure", "status": "realising", "horizon": "shortTerm", "category": "operationalChange", "committee": "SN", "realisations": [{"year": 2026, "amountTkr": 5000, "recurring": true}], "estimatedSavingTkr": 350}, "02dffb9a-9e1e-451f-2349-36744956cc09": {"kind": "measure", "status": "proposed", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 100}, "09283c36-2c14-651b-c327-d62412b3d722": {"kind": "investigation", "status": "declined", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "0b02c9dc-3b99-f64e-16e4-437b2a64e432": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "108aedfe-9698-29ea-52d2-d94f4f773b9e": {"kind": "measure", "status": "proposed", "horizon": "departmentInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 250}, "17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 100}, "26cd6d09-c479-9f29-8d03-3727491d6e51": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "AHEM", "realisations": [], "estimatedSavingTkr": null}, "27c2a3bf-7dd6-2731-a2f5-daad609befca": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 200}, "346c733e-472f-70cb-7ada-47cd3423349a": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "AEAB", "realisations": [], "estimatedSavingTkr": null}, "37c15650-52d0-b9d9-7233-21d0b42c1046": {"kind": "measure", "status": "prioritised", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 800}, "401fee7d-2202-ff93-e435-98938bc3d50d": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "VON", "realisations": [], "estimatedSavingTkr": null}, "4b836c1e-c600-43b0-c2d1-949193219c98": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KUN", "realisations": [], "estimatedSavingTkr": null}, "4c81d697-b32f-fdb2-a180-08264a92b9f3": {"kind": "investigation", "status": "realising", "horizon": null, "category": null, "committee": "SN", "realisations": [{"year": 2026, "amountTkr": 200, "recurring": true}], "estimatedSavingTkr": null}, "4e070f3f-17c6-148f-cd47-2e86142d6a27": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "551e8af8-5974-b241-ac19-e9976b7559fb": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KUN", "realisations": [], "estimatedSavingTkr": null}, "5a3cf5d6-81ec-524e-e85b-e5d6a7898df1": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "5e33e667-82ff-132a-6daf-581a5e3a84ef": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KUN", "realisations": [], "estimatedSavingTkr": null}, "77a7b695-bb52-0a98-c2cd-43577e6fed5c": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "8954aa53-5f01-febd-1ee6-a1f0353ae80c": {"kind": "measure", "status": "proposed", "horizon": "departmentInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 700}, "8a21a836-52d3-61e1-89dd-c682455bff34": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "95b45909-6944-8243-502f-8df0c96c09ad": {"kind": "investigation", "status": "realising", "horizon": null, "category": null, "committee": "BMN", "realisations": [{"year": 2025, "amountTkr": 0, "recurring": false}], "estimatedSavingTkr": null}, "9683f545-e542-7bad-dbe9-52e38d14f9ca": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "9fb04678-6943-f542-c32d-1d47f62332d4": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "a1fc6591-ec32-ca7e-9dee-2b730f823a0e": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "a3c63fe5-47e0-b987-a909-c9da6e82ab7e": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "b344ca44-b96b-8acc-631a-9bf88f72a93d": {"kind": "measure", "status": "proposed", "horizon": "longTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 100}, "b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "SN", "realisations": [], "estimatedSavingTkr": null}, "b83e4f80-e08f-d613-de69-6f6a4538c952": {"kind": "measure", "status": "proposed", "horizon": "longTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "b8d34b64-92b3-4bee-be6b-342d31fe5808": {"kind": "measure", "status": "proposed", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 500}, "bc3f9262-12bd-9fd2-773b-d97f18882871": {"kind": "measure", "status": "proposed", "horizon": "longTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "c63ad145-fd76-2b64-42e2-1ff4551966c1": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "d2fbca2c-76ce-6e8f-c6d4-c216f4c01926": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "d600fa46-9137-8fe6-7a42-7f74be3e0528": {"kind": "measure", "status": "proposed", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 500}, "d958c7a8-55c9-b31a-e554-e13a257a6657": {"kind": "investigation", "status": "declined", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "ea34d02e-7e11-50ec-5537-2ecebf4327ea": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "f4b4eb74-0973-9148-5df1-0a7bd12a1bc6": {"kind": "measure", "status": "proposed", "horizon": "municipalInvestigation", "category": "changedResponsibility", "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "f62dded0-84a9-6be7-7492-e93a9ac0ecbe": {"kind": "measure", "status": "proposed", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}, "f70c7ccd-8081-48d0-768e-81bd4a0be3f5": {"kind": "measure", "status": "declined", "horizon": "shortTerm", "category": "operationalChange", "committee": "KS", "realisations": [], "estimatedSavingTkr": 350}, "fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d": {"kind": "investigation", "status": "assigned", "horizon": null, "category": null, "committee": "KS", "realisations": [], "estimatedSavingTkr": null}}, "allocations": {"year": 2026, "source": "Budget 2026, plan 2027–2028", "committees": [{"committee": "VON", "allocationTkr": 1017829}, {"committee": "SN", "allocationTkr": 265836}, {"committee": "KUN", "allocationTkr": 393467}, {"committee": "BUN", "allocationTkr": 1131226}, {"committee": "BMN", "allocationTkr": 17841}, {"committee": "TN", "allocationTkr": 85940}, {"committee": "KS", "allocationTkr": 153695}, {"committee": "ÖFN", "allocationTkr": 5045}]}, "ambitionTkr": 100000, "budgetedBuffersByYear": {"2026": {"SN": 1800, "VON": 2000}}}	2026-11-24 00:09:45.842749+00	Handlingsplan.Dashboard.DashboardView	145
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
-- Data for Name: mt_doc_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_doc_item (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
a1fc6591-ec32-ca7e-9dee-2b730f823a0e	{"id": "a1fc6591-ec32-ca7e-9dee-2b730f823a0e", "kind": "measure", "title": "Genomlysningar och metod för ständiga förbättringar", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "findings": null, "handling": null, "measures": [], "timeline": "Genomlysningar av samtliga förvaltningar årligen från och med år 2024 samt att metod för ständiga förbättringar implementeras under 2024.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608351+00:00", "concludedAt": null, "description": "Utökad analys av effektivitet och en metod för att genomföra och följa upp effektiviseringsåtgärder. Förvaltningarna ser över sina gränsdragningar, samordnar resurser och roller och utreder effektivisering genom digitalisering. Genomlysningarna genomförs årligen från och med 2024.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Samtliga förvaltningschefer och ekonomichef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
ea34d02e-7e11-50ec-5537-2ecebf4327ea	{"id": "ea34d02e-7e11-50ec-5537-2ecebf4327ea", "kind": "measure", "title": "Effektivisera den politiska målstyrningen", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "findings": null, "handling": null, "measures": [], "timeline": "Beslut om reviderad styrmodell under 2024.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608383+00:00", "concludedAt": null, "description": "En reviderad styrmodell med större fokus på verksamheternas effektivitet i form av volym och kvalitet utifrån resurs, med så lite administration som möjligt i rapporteringen. Förslagsvis ett övergripande mål om att vara Sveriges mest effektiva kommun.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Ekonomichef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
a3c63fe5-47e0-b987-a909-c9da6e82ab7e	{"id": "a3c63fe5-47e0-b987-a909-c9da6e82ab7e", "kind": "measure", "title": "Omstrukturerings-/omställningsfond", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "findings": null, "handling": null, "measures": [], "timeline": "Beslut i samband med kommunbudget 2025-2027.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608402+00:00", "concludedAt": null, "description": "Avsatta medel för omstruktureringar och kompetensväxlingar som långsiktigt frigör medel men kortsiktigt kan innebära engångskostnader. Förslagsvis avsätts ungefär 5 miljoner kronor årligen, finansierat genom ett förstärkt finansnetto.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Personalchef och ekonomichef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
f62dded0-84a9-6be7-7492-e93a9ac0ecbe	{"id": "f62dded0-84a9-6be7-7492-e93a9ac0ecbe", "kind": "measure", "title": "Lokaleffektivitet", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "findings": null, "handling": null, "measures": [], "timeline": "Årligen i samband med lokalförsörjningsplanerna.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608453+00:00", "concludedAt": null, "description": "Så kostnadseffektiva och så få lokaler som möjligt, med samlokalisering där det är lämpligt. Kommunstyrelsen får ett tydligare uppdrag att samordna och styra lokalförsörjningsprocessen, och köksorganisationen ses över.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Samtliga förvaltningschefer får i uppdrag att arbeta mer fokuserat med lokaleffektivitet i samband med förvaltningarnas lokalförsörjningsplaner. Ekonomichef får i uppdrag att göra en översyn över köksorganisationen.", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
d2fbca2c-76ce-6e8f-c6d4-c216f4c01926	{"id": "d2fbca2c-76ce-6e8f-c6d4-c216f4c01926", "kind": "measure", "title": "Översyn av inköpsorganisation", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "findings": null, "handling": null, "measures": [], "timeline": "Översyn under 2024 och implementation av inköpsorganisation under 2025.", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608468+00:00", "concludedAt": null, "description": "En översyn av kommunens samlade inköpsorganisation för att minska antalet beställare, öka kvaliteten i inköpen och minska onödig administration. Förvaltningarna gör inköp för cirka en halv miljard kronor per år.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Ekonomichef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
346c733e-472f-70cb-7ada-47cd3423349a	{"id": "346c733e-472f-70cb-7ada-47cd3423349a", "kind": "measure", "title": "Utdelning/koncernbidrag från koncernen Alingsås Energi", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "findings": null, "handling": null, "measures": [], "timeline": "Utredning under 2024 och beslut i samband med kommunbudget 2025-2027.", "committee": "AEAB", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608482+00:00", "concludedAt": null, "description": "Koncernen Alingsås Energi är finansiellt välskött med stark soliditet, och en årlig utdelning alternativt koncernbidrag på 10 miljoner kronor föreslås. Hur pengarna flyttas beslutas årligen utifrån vad som är mest ekonomiskt fördelaktigt.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Koncernredovisningschef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
26cd6d09-c479-9f29-8d03-3727491d6e51	{"id": "26cd6d09-c479-9f29-8d03-3727491d6e51", "kind": "measure", "title": "Aktieägartillskott till Alingsåshem lokaler AB", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "findings": null, "handling": null, "measures": [], "timeline": "Beslut i kommunfullmäktige första halvåret 2024.", "committee": "AHEM", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608499+00:00", "concludedAt": null, "description": "Alingsåshem lokaler AB föreslås bli ägare till kommunens nya verksamhetslokaler. Kommunen bör undersöka möjligheterna att ge ett aktieägartillskott till bolaget för att minska skuldsättningsgraden.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Koncernredovisningschef", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
02dffb9a-9e1e-451f-2349-36744956cc09	{"id": "02dffb9a-9e1e-451f-2349-36744956cc09", "kind": "measure", "title": "Effektivisera kommunledningskontorets beredning av andra nämnders handlingar", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "shortTerm", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608548+00:00", "concludedAt": null, "description": "Effektivisera administrationen genom att i högre grad nyttja handlingar från andra nämnder.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 100}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
d600fa46-9137-8fe6-7a42-7f74be3e0528	{"id": "d600fa46-9137-8fe6-7a42-7f74be3e0528", "kind": "measure", "title": "Utökad integration och automatisering", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "shortTerm", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608564+00:00", "concludedAt": null, "description": "Centralisera och integrera IT-system för att effektivisera arbete.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 500}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
b8d34b64-92b3-4bee-be6b-342d31fe5808	{"id": "b8d34b64-92b3-4bee-be6b-342d31fe5808", "kind": "measure", "title": "Se över möjligheten att ha färre telefoner", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "shortTerm", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608582+00:00", "concludedAt": null, "description": "Hitta personliga lösningar som gör att antalet telefoner kan minska.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 500}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
c63ad145-fd76-2b64-42e2-1ff4551966c1	{"id": "c63ad145-fd76-2b64-42e2-1ff4551966c1", "kind": "measure", "title": "Utred lämpligheten att överanställa personal", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "changedResponsibility", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.660922+00:00", "concludedAt": null, "description": "Utred om det är lämpligt att överanställa personal inom verksamheter som har hög vikarieanskaffning.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
f70c7ccd-8081-48d0-768e-81bd4a0be3f5	{"id": "f70c7ccd-8081-48d0-768e-81bd4a0be3f5", "kind": "measure", "title": "Minska kostnaden för upphandlingar och konsulter", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "declined", "dueDate": null, "horizon": "shortTerm", "version": 2, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608535+00:00", "concludedAt": null, "description": "Anslut genom samverkansavtal till större upphandlingar som genomförs av upphandlare såsom Göteborgs stad och ADDA inköpscentral.", "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-03-10 § 33", "estimatedSavingTkr": 350}	2026-11-24 00:09:41.815341+00	Handlingsplan.Items.Item	2
b344ca44-b96b-8acc-631a-9bf88f72a93d	{"id": "b344ca44-b96b-8acc-631a-9bf88f72a93d", "kind": "measure", "title": "Ta bort blanketter som ska registreras genom e-tjänst", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "longTerm", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": "Före 2028", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608597+00:00", "concludedAt": null, "description": "Minska administrationen genom att integrera e-tjänster med ekonomisystemet. Detta gäller exempelvis underlag till kundfaktura och interndebitering.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 100}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
b83e4f80-e08f-d613-de69-6f6a4538c952	{"id": "b83e4f80-e08f-d613-de69-6f6a4538c952", "kind": "measure", "title": "Fokusera åtgärder för att minska personalomsättning", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "longTerm", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": "Före 2028", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.660861+00:00", "concludedAt": null, "description": "Genomför analys och riktade åtgärder för att stötta de enheter och verksamheter där det är en hög personalomsättning.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
bc3f9262-12bd-9fd2-773b-d97f18882871	{"id": "bc3f9262-12bd-9fd2-773b-d97f18882871", "kind": "measure", "title": "Hitta lösningar som är nytänkande inom arbetsmiljö", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "longTerm", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": "Före 2028", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608626+00:00", "concludedAt": null, "description": "Utarbeta en metod för att hitta en rimlig nivå för arbetsmiljöåtgärder.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
108aedfe-9698-29ea-52d2-d94f4f773b9e	{"id": "108aedfe-9698-29ea-52d2-d94f4f773b9e", "kind": "measure", "title": "Se över attestreglementet för mindre fakturor", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "departmentInvestigation", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608642+00:00", "concludedAt": null, "description": "Utred om det räcker med en attestant, om det är lämpligt och om det frigör tid.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Kommunledningskontoret", "decisionReference": null, "estimatedSavingTkr": 250}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
8954aa53-5f01-febd-1ee6-a1f0353ae80c	{"id": "8954aa53-5f01-febd-1ee6-a1f0353ae80c", "kind": "measure", "title": "Effektivisera kostuppföljningen", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "departmentInvestigation", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.660866+00:00", "concludedAt": null, "description": "Utred möjligheten att frigöra resurser genom effektivare kostuppföljning.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Kommunledningskontoret", "decisionReference": null, "estimatedSavingTkr": 700}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
27c2a3bf-7dd6-2731-a2f5-daad609befca	{"id": "27c2a3bf-7dd6-2731-a2f5-daad609befca", "kind": "measure", "title": "Översyn av interndebiteringar", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608678+00:00", "concludedAt": null, "description": "Undersök om det är möjligt att frigöra tid genom att minska administration av interndebiteringar mellan förvaltningar.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 200}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f	{"id": "17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f", "kind": "measure", "title": "Se över processen för ärenden som ska behandlas politiskt", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608694+00:00", "concludedAt": null, "description": "Utred om processen går att standardisera och göra effektivare. Framförallt för sekretessärenden.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 100}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
5a3cf5d6-81ec-524e-e85b-e5d6a7898df1	{"id": "5a3cf5d6-81ec-524e-e85b-e5d6a7898df1", "kind": "measure", "title": "Utred lämplighet i att samordna kommunens juristkompetenser, samt utred juristsamverkan med andra kommuner", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "changedResponsibility", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6609199+00:00", "concludedAt": null, "description": "Utred möjligheten att öka det juridiska stödet samtidigt som man kan minska konsultkostnader.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
8a21a836-52d3-61e1-89dd-c682455bff34	{"id": "8a21a836-52d3-61e1-89dd-c682455bff34", "kind": "measure", "title": "Utred möjligheter att effektivisera schemaläggning", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6609234+00:00", "concludedAt": null, "description": "Utred möjlighet att genom tekniska lösningar optimera schemaläggningen.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
9fb04678-6943-f542-c32d-1d47f62332d4	{"id": "9fb04678-6943-f542-c32d-1d47f62332d4", "kind": "measure", "title": "Utöka samordningen av personalresurser", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "changedResponsibility", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6609246+00:00", "concludedAt": null, "description": "Öka möjlighet att låna personal från andra enheter.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
f4b4eb74-0973-9148-5df1-0a7bd12a1bc6	{"id": "f4b4eb74-0973-9148-5df1-0a7bd12a1bc6", "kind": "measure", "title": "Undersöka möjligheten att dela kompetenser med andra kommuner, förvaltningar eller bolag", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "proposed", "dueDate": null, "horizon": "municipalInvestigation", "version": 1, "category": "changedResponsibility", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6609258+00:00", "concludedAt": null, "description": "Utred om det är möjligt att dela spetskompetens med andra. Detta kan exempelvis röra geotekniker, byggnadsantikvarie, kommunekolog, samt experter inom exempelvis bullerskydd eller dagvatten.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	1
4e070f3f-17c6-148f-cd47-2e86142d6a27	{"id": "4e070f3f-17c6-148f-cd47-2e86142d6a27", "kind": "investigation", "title": "Översyn av interndebiteringar", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "En översyn ska genomföras av omfattningen och administrationen kring rutiner för interndebitering. Översynen påbörjas under 2025 och samordnas av ekonomiavdelningen.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Ekonomiavdelningen", "proposedAt": "2026-11-24T00:08:42.6609711+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	3
fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	{"id": "fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d", "kind": "investigation", "title": "Se över processen för ärenden som ska behandlas politiskt", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Under våren 2025 ska kansli- och HR-avdelningen samordna översynen av hur ärendehanteringsprocessen för politiska ärenden kan effektiviseras.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Kansli- och HR-avdelningen", "proposedAt": "2026-11-24T00:08:42.6609733+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	3
d958c7a8-55c9-b31a-e554-e13a257a6657	{"id": "d958c7a8-55c9-b31a-e554-e13a257a6657", "kind": "investigation", "title": "Utred lämplighet i att samordna kommunens juristkompetenser, samt utred juristsamverkan med andra kommuner", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "declined", "dueDate": null, "horizon": null, "version": 2, "category": null, "findings": null, "handling": "Att utreda lämpligheten att samordna juristkompetenser bedöms inte som prioriterat i förhållande till övriga utredningar. Möjligheten finns dock fortfarande kvar i framtiden.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6609757+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	2
77a7b695-bb52-0a98-c2cd-43577e6fed5c	{"id": "77a7b695-bb52-0a98-c2cd-43577e6fed5c", "kind": "investigation", "title": "Utred lämpligheten att överanställa personal", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "En översyn av möjligheter att överanställa personal kommer genomföras av de förvaltningar som har enheter med hög vikarieanskaffning. Arbetet kommer samordnas av kansli- och HR-avdelningen. I de fall det är lämpligt att överanställa personal kommer åtgärder vidtas.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Kansli- och HR-avdelningen", "proposedAt": "2026-11-24T00:08:42.6609972+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	3
c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	{"id": "c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed", "kind": "investigation", "title": "Utred möjligheter att effektivisera schemaläggning", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Utredningar kommer genomföras av de verksamheter som har behov av att effektivisera schemaläggningen. Utredningarna samordnas av kansli- och HR-avdelningen och IT-avdelningen.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Kansli- och HR-avdelningen och IT-avdelningen", "proposedAt": "2026-11-24T00:08:42.6609996+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	3
9683f545-e542-7bad-dbe9-52e38d14f9ca	{"id": "9683f545-e542-7bad-dbe9-52e38d14f9ca", "kind": "investigation", "title": "Utöka samordningen av personalresurser", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Frågan om det går att samordna personalresurser sker allteftersom att tjänster blir vakanta. Frågan samordnas av kansli- och HR-avdelningen.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": "Kansli- och HR-avdelningen", "proposedAt": "2026-11-24T00:08:42.6610021+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	3
09283c36-2c14-651b-c327-d62412b3d722	{"id": "09283c36-2c14-651b-c327-d62412b3d722", "kind": "investigation", "title": "Undersöka möjligheten att dela kompetenser med andra kommuner, förvaltningar eller bolag", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "declined", "dueDate": null, "horizon": null, "version": 2, "category": null, "findings": null, "handling": "Det bedöms inte som prioriterat i förhållande till övriga effektiviseringsåtgärder att göra en större utredning i detta ämne. Det finns en kontinuerlig analys i samband med att tjänster blir vakanta och frågan är även ett moment som nämnderna ska beakta i sina genomlysningar.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6610049+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	2
5e33e667-82ff-132a-6daf-581a5e3a84ef	{"id": "5e33e667-82ff-132a-6daf-581a5e3a84ef", "kind": "investigation", "title": "Samnyttjande av förvaltningens lokaler för övriga förvaltningar", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "De allt högre lokalkostnaderna kräver att förvaltningarna har en effektivare lokalplanering. En översyn ska genomföras initialt av samnyttjandet av kommunens konferens- och mötesrum. Översynen samordnas av ekonomiavdelningen.", "measures": [], "timeline": null, "committee": "KUN", "followUps": [], "department": "Ekonomiavdelningen", "proposedAt": "2026-11-24T00:08:42.6610071+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	3
4b836c1e-c600-43b0-c2d1-949193219c98	{"id": "4b836c1e-c600-43b0-c2d1-949193219c98", "kind": "investigation", "title": "Ökad samverkan med andra förvaltningar gällande yrkesgrupper – attraktiv arbetsgivare", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "En ökad samverkan mellan förvaltningar är något kommunstyrelsen uppmuntrar. I nämndernas genomlysningar ska en översyn genomföras av möjliga organisationsförändringar för att öka effektiviteten. Arbetet samordnas initialt av kultur- och utbildningsförvaltningen.", "measures": [], "timeline": null, "committee": "KUN", "followUps": [], "department": "Kultur- och utbildningsförvaltningen", "proposedAt": "2026-11-24T00:08:42.6610342+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	3
551e8af8-5974-b241-ac19-e9976b7559fb	{"id": "551e8af8-5974-b241-ac19-e9976b7559fb", "kind": "investigation", "title": "Översyn av lokalkostnader med fokus på nämndens specialobjekt", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Att göra en översyn av Kultur- och utbildningsnämndens lokalkostnader är något som uppmuntras av kommunstyrelsen. Översynen samordnas och genomförs av kultur- och utbildningsförvaltningen.", "measures": [], "timeline": null, "committee": "KUN", "followUps": [], "department": "Kultur- och utbildningsförvaltningen", "proposedAt": "2026-11-24T00:08:42.6610369+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	3
401fee7d-2202-ff93-e435-98938bc3d50d	{"id": "401fee7d-2202-ff93-e435-98938bc3d50d", "kind": "investigation", "title": "Kommunövergripande handlingsplaner och rutiner", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen har påbörjat en kartläggning av möjligheter att stärka samverkan mellan förvaltningarna. Initialt har fokus legat på att motverka social isolering och en effektivare användning av lokaler. Arbetet kan komma att utvidgas och omfatta kommunledningskontoret samt andra förvaltningar i framtiden.", "measures": [], "timeline": null, "committee": "VON", "followUps": [], "department": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen", "proposedAt": "2026-11-24T00:08:42.6610443+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:08:42.939829+00	Handlingsplan.Items.Item	3
01a20ae2-967a-7ff9-9ea2-5324c9e86d6c	{"id": "01a20ae2-967a-7ff9-9ea2-5324c9e86d6c", "kind": "measure", "title": "Sälja kommunens fritidsgård på Nolhaga", "origin": null, "source": null, "status": "declined", "dueDate": null, "horizon": "longTerm", "version": 2, "category": "changedResponsibility", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:09:11.5463166+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-03-10 § 31", "estimatedSavingTkr": 400}	2026-11-24 00:09:17.822576+00	Handlingsplan.Items.Item	2
01a20ae2-96ee-7f9d-a0d2-29ef6d16d985	{"id": "01a20ae2-96ee-7f9d-a0d2-29ef6d16d985", "kind": "measure", "title": "Samlokalisering av försörjningsstödets mottagning", "origin": null, "source": null, "status": "cancelled", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "SN", "followUps": [{"note": "Lokalerna på Kungsgatan sägs upp tidigast 2027; åtgärden bör vänta.", "recordedAt": "2026-11-24T00:09:18.3002468+00:00"}], "department": null, "proposedAt": "2026-11-24T00:09:11.6630337+00:00", "concludedAt": null, "description": "Två mottagningar i Alingsås centrum blir en.", "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 300}	2026-11-24 00:09:18.773773+00	Handlingsplan.Items.Item	3
01a20ae2-e0fa-7fe9-8cf6-42e65843109c	{"id": "01a20ae2-e0fa-7fe9-8cf6-42e65843109c", "kind": "measure", "title": "Gemensam socialjour med grannkommunerna", "origin": {"id": "01a20ae2-9992-7587-b1b0-5dba42346f4d", "kind": "investigation", "title": "Översyn av bemanningen i socialjouren på kvällar och helger"}, "source": null, "status": "proposed", "dueDate": null, "horizon": "longTerm", "version": 2, "category": null, "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "SN", "followUps": [{"note": "Ärendet tas upp i socialnämnden i januari.", "recordedAt": "2026-11-24T00:09:36.2678767+00:00"}], "department": null, "proposedAt": "2026-11-24T00:09:30.6186146+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 200}	2026-11-24 00:09:36.269806+00	Handlingsplan.Items.Item	2
b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	{"id": "b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c", "kind": "investigation", "title": "Använda AI-stöd i utredningar", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "assigned", "dueDate": null, "horizon": null, "version": 4, "category": null, "findings": null, "handling": "Möjligheten att nyttja AI är något som pågår och att använda AI-stöd är en del av den utvecklingen som pågår. Arbetet samordnas av IT-avdelningen.", "measures": [{"id": "01a20ae3-0576-7693-b8c1-95b1a012e0a6", "kind": "measure", "title": "AI-stöd för dokumentation i barn- och ungdomsutredningar"}], "timeline": null, "committee": "SN", "followUps": [], "department": "IT-avdelningen", "proposedAt": "2026-11-24T00:08:42.661042+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:09:39.964963+00	Handlingsplan.Items.Item	4
01a20ae2-98ad-7b9e-86e7-0da685c35fd4	{"id": "01a20ae2-98ad-7b9e-86e7-0da685c35fd4", "kind": "shift", "title": "Digitala möten i stället för resor mellan förvaltningarna", "origin": null, "source": null, "status": "declined", "dueDate": null, "horizon": null, "version": 2, "category": null, "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:09:12.109406+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-04-07 § 45", "estimatedSavingTkr": 90}	2026-11-24 00:09:24.552088+00	Handlingsplan.Items.Item	2
01a20ae2-c16c-79fc-9c04-e131e178f69e	{"id": "01a20ae2-c16c-79fc-9c04-e131e178f69e", "kind": "measure", "title": "Öppen mottagning för unga vuxna på Ängabo", "origin": {"id": "01a20ae2-9819-7d77-8dec-796be508f93c", "kind": "shift", "title": "Förebyggande stöd i stället för sena insatser för unga vuxna"}, "source": "Förflyttning mot förebyggande arbete", "status": "proposed", "dueDate": null, "horizon": null, "version": 1, "category": null, "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "SN", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:09:22.5401983+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": null, "estimatedSavingTkr": 120}	2026-11-24 00:09:22.541253+00	Handlingsplan.Items.Item	1
01a20ae2-d40b-7b2b-a0d2-2d3ddcd30648	{"id": "01a20ae2-d40b-7b2b-a0d2-2d3ddcd30648", "kind": "measure", "title": "Samordnad upphandling av skolskjuts från läsåret 2026/27", "origin": {"id": "01a20ae2-9913-7663-adf8-fb6dc7982e89", "kind": "investigation", "title": "Utredning av skolskjutsarnas organisation och upphandling"}, "source": null, "status": "prioritised", "dueDate": null, "horizon": "shortTerm", "version": 2, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KUN", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:09:27.3156402+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["assign", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2026-05-04 § 49", "estimatedSavingTkr": 700}	2026-11-24 00:09:35.595891+00	Handlingsplan.Items.Item	2
37c15650-52d0-b9d9-7233-21d0b42c1046	{"id": "37c15650-52d0-b9d9-7233-21d0b42c1046", "kind": "measure", "title": "Översyn av kommunens IT-system", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "status": "prioritised", "dueDate": null, "horizon": "shortTerm", "version": 3, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": "2024–2025", "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:08:42.6608516+00:00", "concludedAt": null, "description": "Ta bort system som har dubbletter eller inte nyttjas. Undersök även om system kan ersättas med billigare alternativ.", "realisedTkr": 0, "allowedSteps": ["assign", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-02-03 § 19", "estimatedSavingTkr": 800}	2026-11-24 00:09:40.816065+00	Handlingsplan.Items.Item	3
01a20ae3-0576-7693-b8c1-95b1a012e0a6	{"id": "01a20ae3-0576-7693-b8c1-95b1a012e0a6", "kind": "measure", "title": "AI-stöd för dokumentation i barn- och ungdomsutredningar", "origin": {"id": "b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c", "kind": "investigation", "title": "Använda AI-stöd i utredningar"}, "source": null, "status": "realising", "dueDate": "2027-09-30", "horizon": "shortTerm", "version": 5, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "SN", "followUps": [], "department": "Socialförvaltningen", "proposedAt": "2026-11-24T00:09:39.9587425+00:00", "concludedAt": null, "description": null, "realisedTkr": 5000, "allowedSteps": ["realise", "reviseEstimate", "followUp", "complete", "cancel", "correctRealisation", "reverseRealisation"], "realisations": [{"note": "Minskad tid för dokumentation i utredningarna.", "year": 2026, "amountTkr": 5000, "recurring": true, "correction": "Rättad 2026-11-24: Beloppet angavs i kronor i stället för tkr.", "realisedAt": "2026-11-24T00:09:44.4303972+00:00"}], "responsibleRole": "Verksamhetschef IFO", "decisionReference": "KS 2026-11-02 § 120", "estimatedSavingTkr": 350}	2026-11-24 00:09:44.988936+00	Handlingsplan.Items.Item	5
01a20ae2-9a00-70ce-8cf4-cfea2476db1e	{"id": "01a20ae2-9a00-70ce-8cf4-cfea2476db1e", "kind": "investigation", "title": "Gemensam lokalförsörjningsplan för alla nämnder", "origin": null, "source": null, "status": "cancelled", "dueDate": null, "horizon": null, "version": 3, "category": null, "findings": null, "handling": "Kommunledningskontoret leder arbetet.", "measures": [], "timeline": null, "committee": "KS", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:09:12.4489729+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-05-05 § 58", "estimatedSavingTkr": 2000}	2026-11-24 00:09:33.545258+00	Handlingsplan.Items.Item	3
01a20ae2-9593-7afb-9eb0-0488f04c5ab8	{"id": "01a20ae2-9593-7afb-9eb0-0488f04c5ab8", "kind": "measure", "title": "Färre externa placeringar genom förstärkt öppenvård", "origin": null, "source": "Genomlysning av Socialnämnden 2024", "status": "completed", "dueDate": "2027-06-30", "horizon": "shortTerm", "version": 9, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": "Våren 2025 – hösten 2026", "committee": "SN", "followUps": [{"note": "Följt upp i delårsrapporten augusti: arbetet går enligt plan, två nya familjebehandlare är på plats.", "recordedAt": "2026-11-24T00:09:13.5905552+00:00"}], "department": "Socialförvaltningen", "proposedAt": "2026-11-24T00:09:11.3186106+00:00", "concludedAt": null, "description": "Öppenvården för barn och unga förstärks så att fler kan få stöd på hemmaplan i stället för i köpta placeringar.", "realisedTkr": 650.5, "allowedSteps": ["correctRealisation", "reverseRealisation"], "realisations": [{"note": "Två placeringar avslutade i förtid; öppenvården tog över.", "year": 2025, "amountTkr": 250, "recurring": true, "correction": null, "realisedAt": "2026-11-24T00:09:13.3464117+00:00"}, {"note": "Engångseffekt: återbetalning från köpt plats.", "year": 2026, "amountTkr": 300.5, "recurring": false, "correction": null, "realisedAt": "2026-11-24T00:09:13.9958652+00:00"}, {"note": "Årseffekt av minskat antal köpta platser.", "year": 2026, "amountTkr": 100, "recurring": true, "correction": null, "realisedAt": "2026-11-24T00:09:14.2151354+00:00"}], "responsibleRole": "Förvaltningschef", "decisionReference": "KS 2025-02-03 § 12", "estimatedSavingTkr": 900}	2026-11-24 00:09:14.744035+00	Handlingsplan.Items.Item	9
01a20ae2-9609-7329-8b9b-f084605d3814	{"id": "01a20ae2-9609-7329-8b9b-f084605d3814", "kind": "measure", "title": "Gemensam växel och ärendehantering för förvaltningarna", "origin": null, "source": "Kommunledningens förslag", "status": "realising", "dueDate": null, "horizon": null, "version": 7, "category": null, "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "KS", "followUps": [{"note": "Upphandlingen är avgjord i förvaltningsrätten; införandet börjar i höst.", "recordedAt": "2026-11-24T00:09:16.8687399+00:00"}], "department": "Kommunledningskontoret", "proposedAt": "2026-11-24T00:09:11.4337076+00:00", "concludedAt": null, "description": "Förvaltningarnas växlar slås ihop till en, med ett gemensamt ärendehanteringssystem.", "realisedTkr": 150, "allowedSteps": ["realise", "reviseEstimate", "followUp", "complete", "cancel", "correctRealisation", "reverseRealisation"], "realisations": [{"note": "Två växeltjänster avvecklade från 1 juli.", "year": 2026, "amountTkr": 150, "recurring": true, "correction": null, "realisedAt": "2026-11-24T00:09:17.4887092+00:00"}], "responsibleRole": "Digitaliseringschef", "decisionReference": "KS 2025-02-03 § 14", "estimatedSavingTkr": null}	2026-11-24 00:09:17.491079+00	Handlingsplan.Items.Item	7
01a20ae2-9774-745d-b3fe-df1dc6413d35	{"id": "01a20ae2-9774-745d-b3fe-df1dc6413d35", "kind": "shift", "title": "Förflyttning från särskilt boende till hemtjänst i ordinärt boende", "origin": null, "source": "Genomlysning av Vård- och omsorgsnämnden", "status": "completed", "dueDate": "2027-12-31", "horizon": "longTerm", "version": 7, "category": null, "findings": null, "handling": null, "measures": [{"id": "01a20ae2-b842-74ba-bece-939db6826ad2", "kind": "measure", "title": "Utökad hemtjänst med trygghetsteknik nattetid"}], "timeline": null, "committee": "VON", "followUps": [{"note": "Väntelistan till särskilt boende är kortare än på fem år.", "recordedAt": "2026-11-24T00:09:21.023072+00:00"}], "department": "Vård- och omsorgsförvaltningen", "proposedAt": "2026-11-24T00:09:11.7975796+00:00", "concludedAt": null, "description": "Fler äldre får stöd i hemmet längre; färre platser på särskilt boende behövs.", "realisedTkr": 400, "allowedSteps": ["correctRealisation", "reverseRealisation"], "realisations": [{"note": "Tolv färre platser på särskilt boende.", "year": 2026, "amountTkr": 400, "recurring": true, "correction": null, "realisedAt": "2026-11-24T00:09:20.4919135+00:00"}], "responsibleRole": "Förvaltningschef", "decisionReference": "KS 2025-02-03 § 15", "estimatedSavingTkr": 1200}	2026-11-24 00:09:21.390774+00	Handlingsplan.Items.Item	7
01a20ae2-9819-7d77-8dec-796be508f93c	{"id": "01a20ae2-9819-7d77-8dec-796be508f93c", "kind": "shift", "title": "Förebyggande stöd i stället för sena insatser för unga vuxna", "origin": null, "source": null, "status": "cancelled", "dueDate": null, "horizon": null, "version": 5, "category": null, "findings": null, "handling": null, "measures": [{"id": "01a20ae2-c16c-79fc-9c04-e131e178f69e", "kind": "measure", "title": "Öppen mottagning för unga vuxna på Ängabo"}], "timeline": null, "committee": "SN", "followUps": [], "department": null, "proposedAt": "2026-11-24T00:09:11.9621525+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-04-07 § 44", "estimatedSavingTkr": 300}	2026-11-24 00:09:23.699515+00	Handlingsplan.Items.Item	5
01a20ae2-9992-7587-b1b0-5dba42346f4d	{"id": "01a20ae2-9992-7587-b1b0-5dba42346f4d", "kind": "investigation", "title": "Översyn av bemanningen i socialjouren på kvällar och helger", "origin": null, "source": null, "status": "realising", "dueDate": null, "horizon": null, "version": 7, "category": null, "findings": "Gemensam socialjour med Lerum och Vårgårda täcker helgerna med färre jourpass.", "handling": "Socialförvaltningen utreder samverkan med grannkommunerna.", "measures": [{"id": "01a20ae2-e0fa-7fe9-8cf6-42e65843109c", "kind": "measure", "title": "Gemensam socialjour med grannkommunerna"}], "timeline": null, "committee": "SN", "followUps": [{"note": "Avtalet med grannkommunerna skrivs under i december.", "recordedAt": "2026-11-24T00:09:32.2610234+00:00"}], "department": "Socialförvaltningen", "proposedAt": "2026-11-24T00:09:12.3389272+00:00", "concludedAt": "2026-11-24T00:09:29.8042363+00:00", "description": null, "realisedTkr": 75, "allowedSteps": ["realise", "reviseEstimate", "followUp", "proposeMeasure", "complete", "cancel", "correctRealisation", "reverseRealisation"], "realisations": [{"note": "Färre övertidstimmar under hösten.", "year": 2025, "amountTkr": 75, "recurring": false, "correction": null, "realisedAt": "2026-11-24T00:09:31.5528737+00:00"}], "responsibleRole": "Enhetschef socialjouren", "decisionReference": "KS 2025-03-10 § 32", "estimatedSavingTkr": 250}	2026-11-24 00:09:32.262654+00	Handlingsplan.Items.Item	7
01a20ae2-9913-7663-adf8-fb6dc7982e89	{"id": "01a20ae2-9913-7663-adf8-fb6dc7982e89", "kind": "investigation", "title": "Utredning av skolskjutsarnas organisation och upphandling", "origin": null, "source": null, "status": "completed", "dueDate": "2027-03-31", "horizon": null, "version": 6, "category": null, "findings": "En samordnad upphandling med gemensamma linjer för grundskola och särskola ger lägre kostnader; avtalen löper ut 2026.", "handling": "Utreds gemensamt av kultur- och utbildningsförvaltningen och ekonomiavdelningen.", "measures": [{"id": "01a20ae2-d40b-7b2b-a0d2-2d3ddcd30648", "kind": "measure", "title": "Samordnad upphandling av skolskjuts från läsåret 2026/27"}], "timeline": "Klar till budgetberedningen 2026", "committee": "KUN", "followUps": [], "department": "Kultur- och utbildningsförvaltningen", "proposedAt": "2026-11-24T00:09:12.2119808+00:00", "concludedAt": "2026-11-24T00:09:26.421992+00:00", "description": "Skolskjutsarna körs i dag av tre entreprenörer med olika avtal.", "realisedTkr": 0, "allowedSteps": [], "realisations": [], "responsibleRole": "Ekonomichef", "decisionReference": "KS 2025-02-03 § 17", "estimatedSavingTkr": null}	2026-11-24 00:09:28.012691+00	Handlingsplan.Items.Item	6
01a20ae2-b842-74ba-bece-939db6826ad2	{"id": "01a20ae2-b842-74ba-bece-939db6826ad2", "kind": "measure", "title": "Utökad hemtjänst med trygghetsteknik nattetid", "origin": {"id": "01a20ae2-9774-745d-b3fe-df1dc6413d35", "kind": "shift", "title": "Förflyttning från särskilt boende till hemtjänst i ordinärt boende"}, "source": null, "status": "assigned", "dueDate": "2026-12-31", "horizon": "shortTerm", "version": 3, "category": "operationalChange", "findings": null, "handling": null, "measures": [], "timeline": null, "committee": "VON", "followUps": [], "department": "Vård- och omsorgsförvaltningen", "proposedAt": "2026-11-24T00:09:20.1953725+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "complete", "cancel"], "realisations": [], "responsibleRole": null, "decisionReference": "KS 2025-06-09 § 70", "estimatedSavingTkr": 500}	2026-11-24 00:09:35.050368+00	Handlingsplan.Items.Item	3
4c81d697-b32f-fdb2-a180-08264a92b9f3	{"id": "4c81d697-b32f-fdb2-a180-08264a92b9f3", "kind": "investigation", "title": "Använda kommunorganisationen i arbetsmarknadsverksamhet", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "realising", "dueDate": null, "horizon": null, "version": 6, "category": null, "findings": "Kommunens egna verksamheter kan ta emot fler i arbetsmarknadsåtgärder; effekten på försörjningsstödet är tydlig.", "handling": "Utredningen om att nyttja kommunens verksamheter till arbetsmarknadsverksamheten samordnas av socialförvaltningen. Eventuella åtgärder genomförs utefter utredningens slutsatser.", "measures": [], "timeline": null, "committee": "SN", "followUps": [{"note": "Samarbetet med arbetsmarknadsenheten fungerar väl.", "recordedAt": "2026-11-24T00:09:37.5614701+00:00"}], "department": "Socialförvaltningen", "proposedAt": "2026-11-24T00:08:42.6610395+00:00", "concludedAt": "2026-11-24T00:09:38.0861902+00:00", "description": null, "realisedTkr": 200, "allowedSteps": ["realise", "reviseEstimate", "followUp", "proposeMeasure", "complete", "cancel", "correctRealisation", "reverseRealisation"], "realisations": [{"note": "Fem personer i kommunala arbetsmarknadsanställningar i stället för försörjningsstöd.", "year": 2026, "amountTkr": 200, "recurring": true, "correction": null, "realisedAt": "2026-11-24T00:09:36.9038876+00:00"}], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:09:38.092882+00	Handlingsplan.Items.Item	6
0b02c9dc-3b99-f64e-16e4-437b2a64e432	{"id": "0b02c9dc-3b99-f64e-16e4-437b2a64e432", "kind": "measure", "title": "Nämndbuffertar mot oförutsedda kostnader", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "status": "proposed", "dueDate": null, "horizon": null, "version": 2, "category": null, "findings": null, "handling": null, "measures": [], "timeline": "Nämndbuffertar ska vara införda senast sista året i mandatperioden, dvs 2026.", "committee": "KS", "followUps": [{"note": "Nämnderna har lämnat sina buffertar för 2026.", "recordedAt": "2026-11-24T00:09:41.339371+00:00"}], "department": null, "proposedAt": "2026-11-24T00:08:42.6604842+00:00", "concludedAt": null, "description": "Nämnderna ska till slutet av mandatperioden kunna budgetera minst en procent av kommunbidraget som en central buffertpost, för avgiftsfinansierade verksamheter en procent av den totala kostnaden. I slutet av mandatperioden ska ungefär 30 miljoner kronor vara budgeterade som interna buffertar.", "realisedTkr": 0, "allowedSteps": ["prioritise", "decline", "reviseEstimate", "followUp", "cancel"], "realisations": [], "responsibleRole": "Samtliga förvaltningschefer", "decisionReference": null, "estimatedSavingTkr": null}	2026-11-24 00:09:41.347895+00	Handlingsplan.Items.Item	2
95b45909-6944-8243-502f-8df0c96c09ad	{"id": "95b45909-6944-8243-502f-8df0c96c09ad", "kind": "investigation", "title": "Införande av ett e-arkiv", "origin": null, "source": "Kommunstyrelsens budget 2025–2027", "status": "realising", "dueDate": null, "horizon": null, "version": 6, "category": null, "findings": null, "handling": "Arbetet har påbörjats och samordnas av IT-avdelningen tillsammans med kansli- och HR-avdelningen. Fokus framöver kommer vara att hitta lösningar som möjliggör att verksamheters system kan överföras till ett digitalt mellanarkiv.", "measures": [], "timeline": null, "committee": "BMN", "followUps": [{"note": "Mellanarkivet är upphandlat.", "recordedAt": "2026-11-24T00:09:39.2380612+00:00"}], "department": "IT-avdelningen", "proposedAt": "2026-11-24T00:08:42.660927+00:00", "concludedAt": null, "description": null, "realisedTkr": 0, "allowedSteps": ["realise", "reviseEstimate", "followUp", "conclude", "proposeMeasure", "complete", "cancel"], "realisations": [{"note": "Avvecklat gammalt ärendearkiv; licenskostnad återbetald.", "year": 2025, "amountTkr": 0, "recurring": false, "correction": "Återförd 2026-11-24 (var 500 tkr): Licenskostnaden återbetalades aldrig; leverantören bestred kravet.", "realisedAt": "2026-11-24T00:09:38.6479083+00:00"}], "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027", "estimatedSavingTkr": null}	2026-11-24 00:09:45.678555+00	Handlingsplan.Items.Item	6
\.


--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mt_event_progression (name, last_seq_id, last_updated, mode, rebuild_threshold, assigned_node, heartbeat, agent_status, pause_reason, running_on_node, warning_behind_threshold, critical_behind_threshold, failure_category, failure_event_sequence, failure_event_type, failure_event_tenant_id) FROM stdin;
HighWaterAllocationFence	145	2026-11-24 00:10:24.779127+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
HighWaterMark	145	2026-11-24 00:10:24.791423+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
Dashboard:V2:All	145	2026-11-24 00:09:45.842749+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
AuditChain:All	145	2026-11-24 00:09:45.843312+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
HighWaterStuckGap	126	2026-11-24 00:09:36.935958+00	none	0	0	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
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
1	19d9f2b4-b5ca-4679-bb9a-c82e53bc0f87	77548e6b-7e4f-bd4b-4f47-71a08c100d06	1	{"title": "Kommunkoncernövergripande ekonomisk handlingsplan", "ambitionTkr": 100000, "decisionReference": "KS 2023-12-11 § 217"}	\N	action_plan_adopted	2026-11-24 00:08:42.640837+00	*DEFAULT*	Handlingsplan.Plan.ActionPlanAdopted, Handlingsplan	{"role": "import"}	import	f
2	ca52724a-e8f4-41a9-96f5-b12512413b87	77548e6b-7e4f-bd4b-4f47-71a08c100d06	2	{"year": 2026, "source": "Budget 2026, plan 2027–2028", "committees": [{"committee": "VON", "allocationTkr": 1017829}, {"committee": "SN", "allocationTkr": 265836}, {"committee": "KUN", "allocationTkr": 393467}, {"committee": "BUN", "allocationTkr": 1131226}, {"committee": "BMN", "allocationTkr": 17841}, {"committee": "TN", "allocationTkr": 85940}, {"committee": "KS", "allocationTkr": 153695}, {"committee": "ÖFN", "allocationTkr": 5045}]}	\N	allocations_recorded	2026-11-24 00:08:42.640837+00	*DEFAULT*	Handlingsplan.Plan.AllocationsRecorded, Handlingsplan	{"role": "import"}	import	f
3	27676d4a-29a3-4dcd-ab0c-9d881162587e	0b02c9dc-3b99-f64e-16e4-437b2a64e432	1	{"title": "Nämndbuffertar mot oförutsedda kostnader", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Nämndbuffertar ska vara införda senast sista året i mandatperioden, dvs 2026.", "committee": "KS", "description": "Nämnderna ska till slutet av mandatperioden kunna budgetera minst en procent av kommunbidraget som en central buffertpost, för avgiftsfinansierade verksamheter en procent av den totala kostnaden. I slutet av mandatperioden ska ungefär 30 miljoner kronor vara budgeterade som interna buffertar.", "responsibleRole": "Samtliga förvaltningschefer", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660484+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
4	fd224cca-e7ec-4263-a6ad-132f3361ccb9	a1fc6591-ec32-ca7e-9dee-2b730f823a0e	1	{"title": "Genomlysningar och metod för ständiga förbättringar", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Genomlysningar av samtliga förvaltningar årligen från och med år 2024 samt att metod för ständiga förbättringar implementeras under 2024.", "committee": "KS", "description": "Utökad analys av effektivitet och en metod för att genomföra och följa upp effektiviseringsåtgärder. Förvaltningarna ser över sina gränsdragningar, samordnar resurser och roller och utreder effektivisering genom digitalisering. Genomlysningarna genomförs årligen från och med 2024.", "responsibleRole": "Samtliga förvaltningschefer och ekonomichef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660835+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
5	873239e2-99f8-4b9b-89ff-e55fbe425d0a	ea34d02e-7e11-50ec-5537-2ecebf4327ea	1	{"title": "Effektivisera den politiska målstyrningen", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Beslut om reviderad styrmodell under 2024.", "committee": "KS", "description": "En reviderad styrmodell med större fokus på verksamheternas effektivitet i form av volym och kvalitet utifrån resurs, med så lite administration som möjligt i rapporteringen. Förslagsvis ett övergripande mål om att vara Sveriges mest effektiva kommun.", "responsibleRole": "Ekonomichef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660838+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
6	e089df37-51b0-44b3-9cd5-af6be6ad6e9a	a3c63fe5-47e0-b987-a909-c9da6e82ab7e	1	{"title": "Omstrukturerings-/omställningsfond", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Beslut i samband med kommunbudget 2025-2027.", "committee": "KS", "description": "Avsatta medel för omstruktureringar och kompetensväxlingar som långsiktigt frigör medel men kortsiktigt kan innebära engångskostnader. Förslagsvis avsätts ungefär 5 miljoner kronor årligen, finansierat genom ett förstärkt finansnetto.", "responsibleRole": "Personalchef och ekonomichef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.66084+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
7	be0ffa3b-f0c5-430c-b284-8c235adbfda8	f62dded0-84a9-6be7-7492-e93a9ac0ecbe	1	{"title": "Lokaleffektivitet", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Årligen i samband med lokalförsörjningsplanerna.", "committee": "KS", "description": "Så kostnadseffektiva och så få lokaler som möjligt, med samlokalisering där det är lämpligt. Kommunstyrelsen får ett tydligare uppdrag att samordna och styra lokalförsörjningsprocessen, och köksorganisationen ses över.", "responsibleRole": "Samtliga förvaltningschefer får i uppdrag att arbeta mer fokuserat med lokaleffektivitet i samband med förvaltningarnas lokalförsörjningsplaner. Ekonomichef får i uppdrag att göra en översyn över köksorganisationen.", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660845+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
8	51db37c9-3bce-46a0-815a-03f626d61360	d2fbca2c-76ce-6e8f-c6d4-c216f4c01926	1	{"title": "Översyn av inköpsorganisation", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Översyn under 2024 och implementation av inköpsorganisation under 2025.", "committee": "KS", "description": "En översyn av kommunens samlade inköpsorganisation för att minska antalet beställare, öka kvaliteten i inköpen och minska onödig administration. Förvaltningarna gör inköp för cirka en halv miljard kronor per år.", "responsibleRole": "Ekonomichef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660846+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
9	5bfb9239-32da-49ac-80e9-6ebcf5010020	346c733e-472f-70cb-7ada-47cd3423349a	1	{"title": "Utdelning/koncernbidrag från koncernen Alingsås Energi", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Utredning under 2024 och beslut i samband med kommunbudget 2025-2027.", "committee": "AEAB", "description": "Koncernen Alingsås Energi är finansiellt välskött med stark soliditet, och en årlig utdelning alternativt koncernbidrag på 10 miljoner kronor föreslås. Hur pengarna flyttas beslutas årligen utifrån vad som är mest ekonomiskt fördelaktigt.", "responsibleRole": "Koncernredovisningschef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660848+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
10	1923a283-3f96-4b3e-8f30-c2130617073d	26cd6d09-c479-9f29-8d03-3727491d6e51	1	{"title": "Aktieägartillskott till Alingsåshem lokaler AB", "origin": null, "source": "Kommunkoncernövergripande ekonomisk handlingsplan (KS 2023-12-11 § 217)", "horizon": null, "category": null, "timeline": "Beslut i kommunfullmäktige första halvåret 2024.", "committee": "AHEM", "description": "Alingsåshem lokaler AB föreslås bli ägare till kommunens nya verksamhetslokaler. Kommunen bör undersöka möjligheterna att ge ett aktieägartillskott till bolaget för att minska skuldsättningsgraden.", "responsibleRole": "Koncernredovisningschef", "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660849+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
11	9c35cbeb-a345-4272-99cf-477c091acae7	37c15650-52d0-b9d9-7233-21d0b42c1046	1	{"title": "Översyn av kommunens IT-system", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Ta bort system som har dubbletter eller inte nyttjas. Undersök även om system kan ersättas med billigare alternativ.", "responsibleRole": null, "estimatedSavingTkr": 1000}	\N	measure_proposed	2026-11-24 00:08:42.660851+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
12	18333ec1-60a6-4f39-a089-946e0138fa19	f70c7ccd-8081-48d0-768e-81bd4a0be3f5	1	{"title": "Minska kostnaden för upphandlingar och konsulter", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Anslut genom samverkansavtal till större upphandlingar som genomförs av upphandlare såsom Göteborgs stad och ADDA inköpscentral.", "responsibleRole": null, "estimatedSavingTkr": 350}	\N	measure_proposed	2026-11-24 00:08:42.660853+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
13	d61cec82-f7fd-420f-b9ab-1a8e60bb8b3a	02dffb9a-9e1e-451f-2349-36744956cc09	1	{"title": "Effektivisera kommunledningskontorets beredning av andra nämnders handlingar", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Effektivisera administrationen genom att i högre grad nyttja handlingar från andra nämnder.", "responsibleRole": null, "estimatedSavingTkr": 100}	\N	measure_proposed	2026-11-24 00:08:42.660854+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
14	c8bcd36b-3d2f-4395-8a3f-cc8f1e52cf0c	d600fa46-9137-8fe6-7a42-7f74be3e0528	1	{"title": "Utökad integration och automatisering", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Centralisera och integrera IT-system för att effektivisera arbete.", "responsibleRole": null, "estimatedSavingTkr": 500}	\N	measure_proposed	2026-11-24 00:08:42.660856+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
15	87a709a8-c9da-411f-ae4a-40706d9b5103	b8d34b64-92b3-4bee-be6b-342d31fe5808	1	{"title": "Se över möjligheten att ha färre telefoner", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "2024–2025", "committee": "KS", "description": "Hitta personliga lösningar som gör att antalet telefoner kan minska.", "responsibleRole": null, "estimatedSavingTkr": 500}	\N	measure_proposed	2026-11-24 00:08:42.660858+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
16	f4d06852-e3ee-4b37-b7c5-bf9c6fcd4bd5	b344ca44-b96b-8acc-631a-9bf88f72a93d	1	{"title": "Ta bort blanketter som ska registreras genom e-tjänst", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "longTerm", "category": "operationalChange", "timeline": "Före 2028", "committee": "KS", "description": "Minska administrationen genom att integrera e-tjänster med ekonomisystemet. Detta gäller exempelvis underlag till kundfaktura och interndebitering.", "responsibleRole": null, "estimatedSavingTkr": 100}	\N	measure_proposed	2026-11-24 00:08:42.660859+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
17	e6274840-ec04-4d17-bc33-231272932266	b83e4f80-e08f-d613-de69-6f6a4538c952	1	{"title": "Fokusera åtgärder för att minska personalomsättning", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "longTerm", "category": "operationalChange", "timeline": "Före 2028", "committee": "KS", "description": "Genomför analys och riktade åtgärder för att stötta de enheter och verksamheter där det är en hög personalomsättning.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660861+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
18	19ce1b79-619f-44e6-a63d-a40dc8df4cac	bc3f9262-12bd-9fd2-773b-d97f18882871	1	{"title": "Hitta lösningar som är nytänkande inom arbetsmiljö", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "longTerm", "category": "operationalChange", "timeline": "Före 2028", "committee": "KS", "description": "Utarbeta en metod för att hitta en rimlig nivå för arbetsmiljöåtgärder.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660862+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
19	08390464-512c-455c-b2e9-80712ae868a0	108aedfe-9698-29ea-52d2-d94f4f773b9e	1	{"title": "Se över attestreglementet för mindre fakturor", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "departmentInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Utred om det räcker med en attestant, om det är lämpligt och om det frigör tid.", "responsibleRole": "Kommunledningskontoret", "estimatedSavingTkr": 250}	\N	measure_proposed	2026-11-24 00:08:42.660864+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
20	68362d2c-9a18-4bd4-bad0-759ba158c92b	8954aa53-5f01-febd-1ee6-a1f0353ae80c	1	{"title": "Effektivisera kostuppföljningen", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "departmentInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Utred möjligheten att frigöra resurser genom effektivare kostuppföljning.", "responsibleRole": "Kommunledningskontoret", "estimatedSavingTkr": 700}	\N	measure_proposed	2026-11-24 00:08:42.660866+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
21	3df8721d-250c-4aaf-9545-e79fa05f9c44	27c2a3bf-7dd6-2731-a2f5-daad609befca	1	{"title": "Översyn av interndebiteringar", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Undersök om det är möjligt att frigöra tid genom att minska administration av interndebiteringar mellan förvaltningar.", "responsibleRole": null, "estimatedSavingTkr": 200}	\N	measure_proposed	2026-11-24 00:08:42.660867+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
22	d55e2d3f-001f-4e83-b743-fcb4f677ac31	17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f	1	{"title": "Se över processen för ärenden som ska behandlas politiskt", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Utred om processen går att standardisera och göra effektivare. Framförallt för sekretessärenden.", "responsibleRole": null, "estimatedSavingTkr": 100}	\N	measure_proposed	2026-11-24 00:08:42.660869+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
23	a46fb8e0-9241-40fa-b0f1-0fc10fdf0ffa	5a3cf5d6-81ec-524e-e85b-e5d6a7898df1	1	{"title": "Utred lämplighet i att samordna kommunens juristkompetenser, samt utred juristsamverkan med andra kommuner", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": "Utred möjligheten att öka det juridiska stödet samtidigt som man kan minska konsultkostnader.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660919+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
24	355c2975-d53d-4339-a80c-6e1a6e7ea5e4	c63ad145-fd76-2b64-42e2-1ff4551966c1	1	{"title": "Utred lämpligheten att överanställa personal", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": "Utred om det är lämpligt att överanställa personal inom verksamheter som har hög vikarieanskaffning.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660922+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
25	6b604e41-4097-4d09-8657-ccc107cb03d1	8a21a836-52d3-61e1-89dd-c682455bff34	1	{"title": "Utred möjligheter att effektivisera schemaläggning", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "operationalChange", "timeline": null, "committee": "KS", "description": "Utred möjlighet att genom tekniska lösningar optimera schemaläggningen.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660923+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
26	bf26b280-743d-448e-9546-42dcb4c0a84c	9fb04678-6943-f542-c32d-1d47f62332d4	1	{"title": "Utöka samordningen av personalresurser", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": "Öka möjlighet att låna personal från andra enheter.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660924+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
27	733957d5-9b9a-4be7-8080-3ed1923f95a7	f4b4eb74-0973-9148-5df1-0a7bd12a1bc6	1	{"title": "Undersöka möjligheten att dela kompetenser med andra kommuner, förvaltningar eller bolag", "origin": null, "source": "Kommunstyrelsens genomlysning 2024", "horizon": "municipalInvestigation", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": "Utred om det är möjligt att dela spetskompetens med andra. Detta kan exempelvis röra geotekniker, byggnadsantikvarie, kommunekolog, samt experter inom exempelvis bullerskydd eller dagvatten.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:08:42.660925+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "import"}	import	f
28	f3fd8b0c-e239-4bfc-b1ab-1becd4fe5d42	95b45909-6944-8243-502f-8df0c96c09ad	1	{"title": "Införande av ett e-arkiv", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Arbetet har påbörjats och samordnas av IT-avdelningen tillsammans med kansli- och HR-avdelningen. Fokus framöver kommer vara att hitta lösningar som möjliggör att verksamheters system kan överföras till ett digitalt mellanarkiv.", "timeline": null, "committee": "BMN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.660927+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
29	55c9c440-b757-453a-aa52-97e2545ddc68	95b45909-6944-8243-502f-8df0c96c09ad	2	{"reason": "Arbetet har påbörjats och samordnas av IT-avdelningen tillsammans med kansli- och HR-avdelningen. Fokus framöver kommer vara att hitta lösningar som möjliggör att verksamheters system kan överföras till ett digitalt mellanarkiv.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.660927+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
30	bda01634-5553-44ad-8bce-90c6a0d3e391	95b45909-6944-8243-502f-8df0c96c09ad	3	{"dueDate": null, "department": "IT-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.660927+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
31	ca12c48f-a8cb-4159-855d-51dd2b331c11	4e070f3f-17c6-148f-cd47-2e86142d6a27	1	{"title": "Översyn av interndebiteringar", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "En översyn ska genomföras av omfattningen och administrationen kring rutiner för interndebitering. Översynen påbörjas under 2025 och samordnas av ekonomiavdelningen.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.660971+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
32	50b67355-bf94-4722-9004-f429f5c142d0	4e070f3f-17c6-148f-cd47-2e86142d6a27	2	{"reason": "En översyn ska genomföras av omfattningen och administrationen kring rutiner för interndebitering. Översynen påbörjas under 2025 och samordnas av ekonomiavdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.660971+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
33	c459e595-ee2c-4fca-86e3-33438fbe255c	4e070f3f-17c6-148f-cd47-2e86142d6a27	3	{"dueDate": null, "department": "Ekonomiavdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.660971+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
34	c3487af0-5a9f-4edc-a6ed-205d96f755a5	fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	1	{"title": "Se över processen för ärenden som ska behandlas politiskt", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Under våren 2025 ska kansli- och HR-avdelningen samordna översynen av hur ärendehanteringsprocessen för politiska ärenden kan effektiviseras.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.660973+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
35	38087837-ce2e-4547-acdb-87d3484a6b81	fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	2	{"reason": "Under våren 2025 ska kansli- och HR-avdelningen samordna översynen av hur ärendehanteringsprocessen för politiska ärenden kan effektiviseras.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.660973+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
36	dcc9aa2d-4f6f-45e7-b20f-a3c0d4012592	fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	3	{"dueDate": null, "department": "Kansli- och HR-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.660973+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
37	d26334bf-1d3c-47fd-a870-3dfbd2da037c	d958c7a8-55c9-b31a-e554-e13a257a6657	1	{"title": "Utred lämplighet i att samordna kommunens juristkompetenser, samt utred juristsamverkan med andra kommuner", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Att utreda lämpligheten att samordna juristkompetenser bedöms inte som prioriterat i förhållande till övriga utredningar. Möjligheten finns dock fortfarande kvar i framtiden.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.660975+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
94	325b08fc-9130-4099-8b54-d74aa17abbbb	01a20ae2-96ee-7f9d-a0d2-29ef6d16d985	3	{"reason": "Hyresavtalet går inte att säga upp i förtid.", "decisionReference": "KS 2025-05-05 § 57"}	\N	item_cancelled	2026-11-24 00:09:18.76915+00	*DEFAULT*	Handlingsplan.Items.ItemCancelled, Handlingsplan	{"role": "kommunledning"}	ledning	f
38	44316e15-6907-4347-a2f4-f15ec1aa087d	d958c7a8-55c9-b31a-e554-e13a257a6657	2	{"reason": "Att utreda lämpligheten att samordna juristkompetenser bedöms inte som prioriterat i förhållande till övriga utredningar. Möjligheten finns dock fortfarande kvar i framtiden.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_declined	2026-11-24 00:08:42.660975+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "import"}	import	f
39	efaa1fd3-460e-4be7-9e15-8a8dd5169296	77a7b695-bb52-0a98-c2cd-43577e6fed5c	1	{"title": "Utred lämpligheten att överanställa personal", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "En översyn av möjligheter att överanställa personal kommer genomföras av de förvaltningar som har enheter med hög vikarieanskaffning. Arbetet kommer samordnas av kansli- och HR-avdelningen. I de fall det är lämpligt att överanställa personal kommer åtgärder vidtas.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.660997+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
40	4a09db08-350b-42b6-8e05-e1ba882bc228	77a7b695-bb52-0a98-c2cd-43577e6fed5c	2	{"reason": "En översyn av möjligheter att överanställa personal kommer genomföras av de förvaltningar som har enheter med hög vikarieanskaffning. Arbetet kommer samordnas av kansli- och HR-avdelningen. I de fall det är lämpligt att överanställa personal kommer åtgärder vidtas.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.660997+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
41	004ed439-5a61-4a03-897d-c5595669ac46	77a7b695-bb52-0a98-c2cd-43577e6fed5c	3	{"dueDate": null, "department": "Kansli- och HR-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.660997+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
42	9929dafc-b774-406b-8cb6-f0edeb57467a	c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	1	{"title": "Utred möjligheter att effektivisera schemaläggning", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Utredningar kommer genomföras av de verksamheter som har behov av att effektivisera schemaläggningen. Utredningarna samordnas av kansli- och HR-avdelningen och IT-avdelningen.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.660999+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
43	203c3d0e-0545-4ea0-a56b-2cab2013ba92	c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	2	{"reason": "Utredningar kommer genomföras av de verksamheter som har behov av att effektivisera schemaläggningen. Utredningarna samordnas av kansli- och HR-avdelningen och IT-avdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.660999+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
44	735701b1-289c-44a3-9710-46e27e69c211	c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	3	{"dueDate": null, "department": "Kansli- och HR-avdelningen och IT-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.660999+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
45	fbd5b6dd-0936-449a-b8a7-867ab763dadd	9683f545-e542-7bad-dbe9-52e38d14f9ca	1	{"title": "Utöka samordningen av personalresurser", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Frågan om det går att samordna personalresurser sker allteftersom att tjänster blir vakanta. Frågan samordnas av kansli- och HR-avdelningen.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.661002+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
46	8b01573c-20b8-48e1-afaf-65ecf3cce8d6	9683f545-e542-7bad-dbe9-52e38d14f9ca	2	{"reason": "Frågan om det går att samordna personalresurser sker allteftersom att tjänster blir vakanta. Frågan samordnas av kansli- och HR-avdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.661002+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
47	33fa7a79-e398-4394-9984-fc2a0558d368	9683f545-e542-7bad-dbe9-52e38d14f9ca	3	{"dueDate": null, "department": "Kansli- och HR-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.661002+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
48	aaabba48-8759-42d8-a13e-bbdde696821f	09283c36-2c14-651b-c327-d62412b3d722	1	{"title": "Undersöka möjligheten att dela kompetenser med andra kommuner, förvaltningar eller bolag", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Det bedöms inte som prioriterat i förhållande till övriga effektiviseringsåtgärder att göra en större utredning i detta ämne. Det finns en kontinuerlig analys i samband med att tjänster blir vakanta och frågan är även ett moment som nämnderna ska beakta i sina genomlysningar.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.661004+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
49	7cef957d-4170-4594-a1f3-ff20c5cd35a9	09283c36-2c14-651b-c327-d62412b3d722	2	{"reason": "Det bedöms inte som prioriterat i förhållande till övriga effektiviseringsåtgärder att göra en större utredning i detta ämne. Det finns en kontinuerlig analys i samband med att tjänster blir vakanta och frågan är även ett moment som nämnderna ska beakta i sina genomlysningar.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_declined	2026-11-24 00:08:42.661004+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "import"}	import	f
50	01c31fb0-a2a2-4be0-a960-3e90e0aa2507	5e33e667-82ff-132a-6daf-581a5e3a84ef	1	{"title": "Samnyttjande av förvaltningens lokaler för övriga förvaltningar", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "De allt högre lokalkostnaderna kräver att förvaltningarna har en effektivare lokalplanering. En översyn ska genomföras initialt av samnyttjandet av kommunens konferens- och mötesrum. Översynen samordnas av ekonomiavdelningen.", "timeline": null, "committee": "KUN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.661007+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
51	2cea76c4-c09c-4230-93bf-b5fd3cd52540	5e33e667-82ff-132a-6daf-581a5e3a84ef	2	{"reason": "De allt högre lokalkostnaderna kräver att förvaltningarna har en effektivare lokalplanering. En översyn ska genomföras initialt av samnyttjandet av kommunens konferens- och mötesrum. Översynen samordnas av ekonomiavdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.661007+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
52	511b0c1c-b37f-4c66-9953-c21a94a68da4	5e33e667-82ff-132a-6daf-581a5e3a84ef	3	{"dueDate": null, "department": "Ekonomiavdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.661007+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
53	009663b6-228a-4458-b4d3-87743c1e212b	4b836c1e-c600-43b0-c2d1-949193219c98	1	{"title": "Ökad samverkan med andra förvaltningar gällande yrkesgrupper – attraktiv arbetsgivare", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "En ökad samverkan mellan förvaltningar är något kommunstyrelsen uppmuntrar. I nämndernas genomlysningar ska en översyn genomföras av möjliga organisationsförändringar för att öka effektiviteten. Arbetet samordnas initialt av kultur- och utbildningsförvaltningen.", "timeline": null, "committee": "KUN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.661034+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
54	22d9a162-186f-421a-bec7-c41951158686	4b836c1e-c600-43b0-c2d1-949193219c98	2	{"reason": "En ökad samverkan mellan förvaltningar är något kommunstyrelsen uppmuntrar. I nämndernas genomlysningar ska en översyn genomföras av möjliga organisationsförändringar för att öka effektiviteten. Arbetet samordnas initialt av kultur- och utbildningsförvaltningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.661034+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
55	af973c30-8ca4-4260-bcbd-84646083a4ff	4b836c1e-c600-43b0-c2d1-949193219c98	3	{"dueDate": null, "department": "Kultur- och utbildningsförvaltningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.661034+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
56	3b512bb1-9b75-490d-b734-f83459dbbeaf	551e8af8-5974-b241-ac19-e9976b7559fb	1	{"title": "Översyn av lokalkostnader med fokus på nämndens specialobjekt", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Att göra en översyn av Kultur- och utbildningsnämndens lokalkostnader är något som uppmuntras av kommunstyrelsen. Översynen samordnas och genomförs av kultur- och utbildningsförvaltningen.", "timeline": null, "committee": "KUN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.661036+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
57	44c8f032-8ee2-4fab-ba4d-ecd35fcfd44d	551e8af8-5974-b241-ac19-e9976b7559fb	2	{"reason": "Att göra en översyn av Kultur- och utbildningsnämndens lokalkostnader är något som uppmuntras av kommunstyrelsen. Översynen samordnas och genomförs av kultur- och utbildningsförvaltningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.661036+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
58	24730512-da42-4826-80eb-47504fed9e55	551e8af8-5974-b241-ac19-e9976b7559fb	3	{"dueDate": null, "department": "Kultur- och utbildningsförvaltningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.661036+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
59	7f114aa4-e0b5-4f74-975f-0878491bda36	4c81d697-b32f-fdb2-a180-08264a92b9f3	1	{"title": "Använda kommunorganisationen i arbetsmarknadsverksamhet", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Utredningen om att nyttja kommunens verksamheter till arbetsmarknadsverksamheten samordnas av socialförvaltningen. Eventuella åtgärder genomförs utefter utredningens slutsatser.", "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.661039+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
60	50a9ecd7-627b-42da-9031-c67acb36d24f	4c81d697-b32f-fdb2-a180-08264a92b9f3	2	{"reason": "Utredningen om att nyttja kommunens verksamheter till arbetsmarknadsverksamheten samordnas av socialförvaltningen. Eventuella åtgärder genomförs utefter utredningens slutsatser.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.661039+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
61	5e16d879-9f3c-444a-bb6e-577b6774e344	4c81d697-b32f-fdb2-a180-08264a92b9f3	3	{"dueDate": null, "department": "Socialförvaltningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.661039+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
62	84ed20ba-38da-471d-aa1d-3b3116a08bb6	b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	1	{"title": "Använda AI-stöd i utredningar", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Möjligheten att nyttja AI är något som pågår och att använda AI-stöd är en del av den utvecklingen som pågår. Arbetet samordnas av IT-avdelningen.", "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.661042+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
63	d10a00ec-d544-4d37-8ee8-5346268960cf	b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	2	{"reason": "Möjligheten att nyttja AI är något som pågår och att använda AI-stöd är en del av den utvecklingen som pågår. Arbetet samordnas av IT-avdelningen.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.661042+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
64	d698cf75-a326-4427-8e7c-07d86c1346ff	b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	3	{"dueDate": null, "department": "IT-avdelningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.661042+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
65	b17d0261-0670-4819-9b8d-875db0b09d55	401fee7d-2202-ff93-e435-98938bc3d50d	1	{"title": "Kommunövergripande handlingsplaner och rutiner", "source": "Kommunstyrelsens budget 2025–2027", "horizon": null, "category": null, "handling": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen har påbörjat en kartläggning av möjligheter att stärka samverkan mellan förvaltningarna. Initialt har fokus legat på att motverka social isolering och en effektivare användning av lokaler. Arbetet kan komma att utvidgas och omfatta kommunledningskontoret samt andra förvaltningar i framtiden.", "timeline": null, "committee": "VON", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:08:42.661044+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "import"}	import	f
66	c584b14d-c648-4f92-9e43-354b71c95dec	401fee7d-2202-ff93-e435-98938bc3d50d	2	{"reason": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen har påbörjat en kartläggning av möjligheter att stärka samverkan mellan förvaltningarna. Initialt har fokus legat på att motverka social isolering och en effektivare användning av lokaler. Arbetet kan komma att utvidgas och omfatta kommunledningskontoret samt andra förvaltningar i framtiden.", "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_prioritised	2026-11-24 00:08:42.661044+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "import"}	import	f
67	fc09f0e8-5960-45dc-9e22-7699100c06ff	401fee7d-2202-ff93-e435-98938bc3d50d	3	{"dueDate": null, "department": "Vård- och omsorgsförvaltningen och kultur- och utbildningsförvaltningen", "responsibleRole": null, "decisionReference": "Kommunstyrelsens budget 2025–2027"}	\N	item_assigned	2026-11-24 00:08:42.661044+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "import"}	import	f
68	28f4ab39-1002-48d2-adfd-a7fc2e508ee1	01a20ae2-9593-7afb-9eb0-0488f04c5ab8	1	{"title": "Färre externa placeringar genom förstärkt öppenvård", "origin": null, "source": "Genomlysning av Socialnämnden 2024", "horizon": "shortTerm", "category": "operationalChange", "timeline": "Våren 2025 – hösten 2026", "committee": "SN", "description": "Öppenvården för barn och unga förstärks så att fler kan få stöd på hemmaplan i stället för i köpta placeringar.", "responsibleRole": "Verksamhetschef IFO", "estimatedSavingTkr": 850}	\N	measure_proposed	2026-11-24 00:09:11.31861+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
72	47713976-cdc4-47ba-bade-2a7bbc71ccec	01a20ae2-9774-745d-b3fe-df1dc6413d35	1	{"title": "Förflyttning från särskilt boende till hemtjänst i ordinärt boende", "source": "Genomlysning av Vård- och omsorgsnämnden", "horizon": "longTerm", "category": null, "timeline": null, "committee": "VON", "description": "Fler äldre får stöd i hemmet längre; färre platser på särskilt boende behövs.", "responsibleRole": null, "estimatedSavingTkr": 1200}	\N	shift_proposed	2026-11-24 00:09:11.797579+00	*DEFAULT*	Handlingsplan.Items.ShiftProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
74	8c3bda9f-5ba5-4ee1-9a2d-c172325b4d0b	01a20ae2-98ad-7b9e-86e7-0da685c35fd4	1	{"title": "Digitala möten i stället för resor mellan förvaltningarna", "source": null, "horizon": null, "category": null, "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": 90}	\N	shift_proposed	2026-11-24 00:09:12.109406+00	*DEFAULT*	Handlingsplan.Items.ShiftProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
75	e48bc668-25dd-4fcb-948b-7001fc221dfc	01a20ae2-9913-7663-adf8-fb6dc7982e89	1	{"title": "Utredning av skolskjutsarnas organisation och upphandling", "source": null, "horizon": null, "category": null, "handling": "Utreds gemensamt av kultur- och utbildningsförvaltningen och ekonomiavdelningen.", "timeline": "Klar till budgetberedningen 2026", "committee": "KUN", "description": "Skolskjutsarna körs i dag av tre entreprenörer med olika avtal.", "responsibleRole": "Ekonomichef", "estimatedSavingTkr": null}	\N	investigation_proposed	2026-11-24 00:09:12.21198+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
86	c9db21ab-8cc5-4052-963d-8d5602f4db0b	01a20ae2-9609-7329-8b9b-f084605d3814	2	{"reason": null, "decisionReference": "KS 2025-02-03 § 14"}	\N	item_prioritised	2026-11-24 00:09:14.978234+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
88	9b94dbca-c06a-49a8-b4fb-12aef1ffd9a3	01a20ae2-9609-7329-8b9b-f084605d3814	4	{"reason": "För tidigt att bedöma; upphandlingen är överklagad.", "estimatedSavingTkr": null}	\N	estimate_revised	2026-11-24 00:09:15.896066+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "kommunledning"}	ledning	f
89	7a4561e2-2579-4bc6-b1dd-f9d667ae9c8e	01a20ae2-9609-7329-8b9b-f084605d3814	5	{"dueDate": null, "department": "Kommunledningskontoret", "responsibleRole": "Digitaliseringschef", "decisionReference": null}	\N	item_assigned	2026-11-24 00:09:16.500567+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
100	20ba2120-d600-4f17-a225-2a0e96e8fb20	01a20ae2-9774-745d-b3fe-df1dc6413d35	6	{"note": "Väntelistan till särskilt boende är kortare än på fem år.", "recordedAt": "2026-11-24T00:09:21.023072+00:00"}	\N	follow_up_recorded	2026-11-24 00:09:21.023128+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "kommunledning"}	ledning	f
106	4f97fccd-e145-4a6e-b5f1-690d106fd721	01a20ae2-9819-7d77-8dec-796be508f93c	5	{"reason": "Ersätts av åtgärden om öppen mottagning.", "decisionReference": null}	\N	item_cancelled	2026-11-24 00:09:23.693338+00	*DEFAULT*	Handlingsplan.Items.ItemCancelled, Handlingsplan	{"role": "kommunledning"}	ledning	f
108	00049ca8-e562-4b88-9b30-70282cfb45ec	01a20ae2-9913-7663-adf8-fb6dc7982e89	2	{"reason": null, "decisionReference": "KS 2025-02-03 § 17"}	\N	item_prioritised	2026-11-24 00:09:25.076124+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
116	abfd933c-d66f-4a94-9be1-5d6836f077ae	01a20ae2-9992-7587-b1b0-5dba42346f4d	4	{"findings": "Gemensam socialjour med Lerum och Vårgårda täcker helgerna med färre jourpass.", "concludedAt": "2026-11-24T00:09:29.8042363+00:00"}	\N	investigation_concluded	2026-11-24 00:09:29.804311+00	*DEFAULT*	Handlingsplan.Items.InvestigationConcluded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
117	12f8d97b-8007-4acc-bc1a-bc4066dc3bb8	01a20ae2-9992-7587-b1b0-5dba42346f4d	5	{"title": "Gemensam socialjour med grannkommunerna", "measureId": "01a20ae2-e0fa-7fe9-8cf6-42e65843109c"}	\N	measure_linked	2026-11-24 00:09:30.618592+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
118	b179de60-516c-4e36-a3fe-d4e9c551100c	01a20ae2-e0fa-7fe9-8cf6-42e65843109c	1	{"title": "Gemensam socialjour med grannkommunerna", "origin": {"id": "01a20ae2-9992-7587-b1b0-5dba42346f4d", "kind": "investigation", "title": "Översyn av bemanningen i socialjouren på kvällar och helger"}, "source": null, "horizon": "longTerm", "category": null, "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 200}	\N	measure_proposed	2026-11-24 00:09:30.618614+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
119	88e1bd8b-51ea-43b4-a64e-28f78ac693f2	01a20ae2-9992-7587-b1b0-5dba42346f4d	6	{"note": "Färre övertidstimmar under hösten.", "year": 2025, "amountTkr": 75, "confirmed": null, "recurring": false, "realisedAt": "2026-11-24T00:09:31.5528737+00:00"}	\N	saving_realised	2026-11-24 00:09:31.552956+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
121	bf29270c-d406-4440-8edc-ef0a49821898	01a20ae2-9a00-70ce-8cf4-cfea2476db1e	2	{"reason": null, "decisionReference": "KS 2025-05-05 § 58"}	\N	item_prioritised	2026-11-24 00:09:32.923614+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
125	b30e0f25-44f7-4839-bf0b-78d8ffe51184	01a20ae2-d40b-7b2b-a0d2-2d3ddcd30648	2	{"reason": null, "decisionReference": "KS 2026-05-04 § 49"}	\N	item_prioritised	2026-11-24 00:09:35.589773+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
126	df2e5da2-f8cf-44c0-b778-d48b7f42eb8b	01a20ae2-e0fa-7fe9-8cf6-42e65843109c	2	{"note": "Ärendet tas upp i socialnämnden i januari.", "recordedAt": "2026-11-24T00:09:36.2678767+00:00"}	\N	follow_up_recorded	2026-11-24 00:09:36.268042+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
131	fe99df0c-8b20-48b4-9bef-4b1504a10d8e	95b45909-6944-8243-502f-8df0c96c09ad	5	{"note": "Mellanarkivet är upphandlat.", "recordedAt": "2026-11-24T00:09:39.2380612+00:00"}	\N	follow_up_recorded	2026-11-24 00:09:39.238183+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "kommunledning"}	ledning	f
132	ecd097fb-e879-4cf6-84ff-38906a712a94	b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	4	{"title": "AI-stöd för dokumentation i barn- och ungdomsutredningar", "measureId": "01a20ae3-0576-7693-b8c1-95b1a012e0a6"}	\N	measure_linked	2026-11-24 00:09:39.958717+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
133	45901ac6-7907-4b4c-92fa-227d59f97b08	01a20ae3-0576-7693-b8c1-95b1a012e0a6	1	{"title": "AI-stöd för dokumentation i barn- och ungdomsutredningar", "origin": {"id": "b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c", "kind": "investigation", "title": "Använda AI-stöd i utredningar"}, "source": null, "horizon": "shortTerm", "category": "operationalChange", "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 350}	\N	measure_proposed	2026-11-24 00:09:39.958742+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
69	68bb64c5-77f3-4dce-8ba4-ae3b749fe8ec	01a20ae2-9609-7329-8b9b-f084605d3814	1	{"title": "Gemensam växel och ärendehantering för förvaltningarna", "origin": null, "source": "Kommunledningens förslag", "horizon": null, "category": null, "timeline": null, "committee": "KS", "description": "Förvaltningarnas växlar slås ihop till en, med ett gemensamt ärendehanteringssystem.", "responsibleRole": null, "estimatedSavingTkr": null}	\N	measure_proposed	2026-11-24 00:09:11.433707+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
70	98da982e-319a-44a0-baff-1a9a30b72f4f	01a20ae2-967a-7ff9-9ea2-5324c9e86d6c	1	{"title": "Sälja kommunens fritidsgård på Nolhaga", "origin": null, "source": null, "horizon": "longTerm", "category": "changedResponsibility", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": 400}	\N	measure_proposed	2026-11-24 00:09:11.546316+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
71	05b97bbe-7d25-49fe-ad31-1e25c986339c	01a20ae2-96ee-7f9d-a0d2-29ef6d16d985	1	{"title": "Samlokalisering av försörjningsstödets mottagning", "origin": null, "source": null, "horizon": null, "category": null, "timeline": null, "committee": "SN", "description": "Två mottagningar i Alingsås centrum blir en.", "responsibleRole": null, "estimatedSavingTkr": 300}	\N	measure_proposed	2026-11-24 00:09:11.663033+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
73	11731430-5267-4971-bc85-ad69f42263b2	01a20ae2-9819-7d77-8dec-796be508f93c	1	{"title": "Förebyggande stöd i stället för sena insatser för unga vuxna", "source": null, "horizon": null, "category": null, "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": null}	\N	shift_proposed	2026-11-24 00:09:11.962152+00	*DEFAULT*	Handlingsplan.Items.ShiftProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
76	de14845b-4d30-4c7c-a75c-e822b8cdc757	01a20ae2-9992-7587-b1b0-5dba42346f4d	1	{"title": "Översyn av bemanningen i socialjouren på kvällar och helger", "source": null, "horizon": null, "category": null, "handling": "Socialförvaltningen utreder samverkan med grannkommunerna.", "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 250}	\N	investigation_proposed	2026-11-24 00:09:12.338927+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
77	0999a6aa-dd86-4645-9977-5190535386c2	01a20ae2-9a00-70ce-8cf4-cfea2476db1e	1	{"title": "Gemensam lokalförsörjningsplan för alla nämnder", "source": null, "horizon": null, "category": null, "handling": "Kommunledningskontoret leder arbetet.", "timeline": null, "committee": "KS", "description": null, "responsibleRole": null, "estimatedSavingTkr": 2000}	\N	investigation_proposed	2026-11-24 00:09:12.448972+00	*DEFAULT*	Handlingsplan.Items.InvestigationProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
78	2f6f36a4-5c12-41ce-a420-899992db8107	01a20ae2-9593-7afb-9eb0-0488f04c5ab8	2	{"reason": "Stor effekt på kort sikt, låg risk.", "decisionReference": "KS 2025-02-03 § 12"}	\N	item_prioritised	2026-11-24 00:09:12.817073+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
79	691af214-e3a4-433f-8d4e-c955fcb31b99	01a20ae2-9593-7afb-9eb0-0488f04c5ab8	3	{"dueDate": "2027-06-30", "department": "Socialförvaltningen", "responsibleRole": "Förvaltningschef", "decisionReference": "KS 2025-02-03 § 13"}	\N	item_assigned	2026-11-24 00:09:13.057732+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
80	628c6be8-5880-4f33-96b7-581c8814820e	01a20ae2-9593-7afb-9eb0-0488f04c5ab8	4	{"note": "Två placeringar avslutade i förtid; öppenvården tog över.", "year": 2025, "amountTkr": 250, "confirmed": null, "recurring": true, "realisedAt": "2026-11-24T00:09:13.3464117+00:00"}	\N	saving_realised	2026-11-24 00:09:13.34676+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
81	276e17de-7339-45e6-9583-f46088828509	01a20ae2-9593-7afb-9eb0-0488f04c5ab8	5	{"note": "Följt upp i delårsrapporten augusti: arbetet går enligt plan, två nya familjebehandlare är på plats.", "recordedAt": "2026-11-24T00:09:13.5905552+00:00"}	\N	follow_up_recorded	2026-11-24 00:09:13.590806+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
82	7364ed91-0eb5-40f1-b669-a73973c97776	01a20ae2-9593-7afb-9eb0-0488f04c5ab8	6	{"reason": "Fler ärenden än väntat kan hanteras på hemmaplan.", "estimatedSavingTkr": 900}	\N	estimate_revised	2026-11-24 00:09:13.860977+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
83	2d0b9858-a24b-4f63-945f-659e234851d0	01a20ae2-9593-7afb-9eb0-0488f04c5ab8	7	{"note": "Engångseffekt: återbetalning från köpt plats.", "year": 2026, "amountTkr": 300.5, "confirmed": null, "recurring": false, "realisedAt": "2026-11-24T00:09:13.9958652+00:00"}	\N	saving_realised	2026-11-24 00:09:13.995965+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
84	14efcf8d-59e3-47e9-89c1-7dd059f2765d	01a20ae2-9593-7afb-9eb0-0488f04c5ab8	8	{"note": "Årseffekt av minskat antal köpta platser.", "year": 2026, "amountTkr": 100, "confirmed": null, "recurring": true, "realisedAt": "2026-11-24T00:09:14.2151354+00:00"}	\N	saving_realised	2026-11-24 00:09:14.215234+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "kommunledning"}	ledning	f
85	8db6e55b-7a1a-42c3-857d-309b0d4312ef	01a20ae2-9593-7afb-9eb0-0488f04c5ab8	9	{"reason": "Åtgärden är genomförd; effekten följs i ordinarie uppföljning.", "decisionReference": "SN 2026-10-15 § 88"}	\N	item_completed	2026-11-24 00:09:14.739455+00	*DEFAULT*	Handlingsplan.Items.ItemCompleted, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
87	eb815026-884c-4060-83b3-e31e00597e94	01a20ae2-9609-7329-8b9b-f084605d3814	3	{"reason": "Första bedömning efter förstudie.", "estimatedSavingTkr": 600}	\N	estimate_revised	2026-11-24 00:09:15.368317+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "kommunledning"}	ledning	f
90	87b9c908-b27b-454f-8e51-47a9a0ac77b0	01a20ae2-9609-7329-8b9b-f084605d3814	6	{"note": "Upphandlingen är avgjord i förvaltningsrätten; införandet börjar i höst.", "recordedAt": "2026-11-24T00:09:16.8687399+00:00"}	\N	follow_up_recorded	2026-11-24 00:09:16.868884+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "kommunledning"}	ledning	f
91	59a04e15-b768-4725-a8e2-dcb89657e5f8	01a20ae2-9609-7329-8b9b-f084605d3814	7	{"note": "Två växeltjänster avvecklade från 1 juli.", "year": 2026, "amountTkr": 150, "confirmed": null, "recurring": true, "realisedAt": "2026-11-24T00:09:17.4887092+00:00"}	\N	saving_realised	2026-11-24 00:09:17.48877+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "kommunledning"}	ledning	f
92	594202b9-677a-4b09-9911-c3412b062a64	01a20ae2-967a-7ff9-9ea2-5324c9e86d6c	2	{"reason": "Fritidsgården behövs för ungdomsverksamheten i Nolhaga.", "decisionReference": "KS 2025-03-10 § 31"}	\N	item_declined	2026-11-24 00:09:17.820985+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "kommunledning"}	ledning	f
93	4b06b053-aa8e-4def-aef2-2aeec303a6d4	01a20ae2-96ee-7f9d-a0d2-29ef6d16d985	2	{"note": "Lokalerna på Kungsgatan sägs upp tidigast 2027; åtgärden bör vänta.", "recordedAt": "2026-11-24T00:09:18.3002468+00:00"}	\N	follow_up_recorded	2026-11-24 00:09:18.300323+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
95	9419d715-8344-4339-898b-e411102227cd	01a20ae2-9774-745d-b3fe-df1dc6413d35	2	{"reason": "Följer av genomlysningen.", "decisionReference": "KS 2025-02-03 § 15"}	\N	item_prioritised	2026-11-24 00:09:19.044684+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
96	06287014-58e1-481d-8b1b-71cd46a5e5b4	01a20ae2-9774-745d-b3fe-df1dc6413d35	3	{"dueDate": "2027-12-31", "department": "Vård- och omsorgsförvaltningen", "responsibleRole": "Förvaltningschef", "decisionReference": "KS 2025-02-03 § 16"}	\N	item_assigned	2026-11-24 00:09:19.491852+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
97	2db1cc3f-c488-4240-bf09-b33231118f1b	01a20ae2-9774-745d-b3fe-df1dc6413d35	4	{"title": "Utökad hemtjänst med trygghetsteknik nattetid", "measureId": "01a20ae2-b842-74ba-bece-939db6826ad2"}	\N	measure_linked	2026-11-24 00:09:20.195264+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "kommunledning"}	ledning	f
98	cdcbcb88-b1f0-4a66-aaf0-4bdad5f60978	01a20ae2-b842-74ba-bece-939db6826ad2	1	{"title": "Utökad hemtjänst med trygghetsteknik nattetid", "origin": {"id": "01a20ae2-9774-745d-b3fe-df1dc6413d35", "kind": "shift", "title": "Förflyttning från särskilt boende till hemtjänst i ordinärt boende"}, "source": null, "horizon": "shortTerm", "category": "operationalChange", "timeline": null, "committee": "VON", "description": null, "responsibleRole": null, "estimatedSavingTkr": 500}	\N	measure_proposed	2026-11-24 00:09:20.195372+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
102	c5fbb975-baa0-4adb-999e-5e7544449459	01a20ae2-9819-7d77-8dec-796be508f93c	2	{"reason": null, "decisionReference": "KS 2025-04-07 § 44"}	\N	item_prioritised	2026-11-24 00:09:21.900143+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
107	00c122b3-6879-478d-8503-46f3b508bf72	01a20ae2-98ad-7b9e-86e7-0da685c35fd4	2	{"reason": "Redan infört i praktiken.", "decisionReference": "KS 2025-04-07 § 45"}	\N	item_declined	2026-11-24 00:09:24.550825+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "kommunledning"}	ledning	f
120	209f9b45-7763-4396-96cd-6419d78be152	01a20ae2-9992-7587-b1b0-5dba42346f4d	7	{"note": "Avtalet med grannkommunerna skrivs under i december.", "recordedAt": "2026-11-24T00:09:32.2610234+00:00"}	\N	follow_up_recorded	2026-11-24 00:09:32.261148+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
124	8908a13f-ae75-40cf-a891-cabd1793ee52	01a20ae2-b842-74ba-bece-939db6826ad2	3	{"dueDate": "2026-12-31", "department": "Vård- och omsorgsförvaltningen", "responsibleRole": null, "decisionReference": null}	\N	item_assigned	2026-11-24 00:09:35.047269+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
130	9753faff-dd95-40fe-a055-77a2f015acf7	95b45909-6944-8243-502f-8df0c96c09ad	4	{"note": "Avvecklat gammalt ärendearkiv; licenskostnad återbetald.", "year": 2025, "amountTkr": 500, "confirmed": null, "recurring": false, "realisedAt": "2026-11-24T00:09:38.6479083+00:00"}	\N	saving_realised	2026-11-24 00:09:38.647964+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "kommunledning"}	ledning	f
136	33569882-3de4-49e9-8612-446ac49a71cd	0b02c9dc-3b99-f64e-16e4-437b2a64e432	2	{"note": "Nämnderna har lämnat sina buffertar för 2026.", "recordedAt": "2026-11-24T00:09:41.339371+00:00"}	\N	follow_up_recorded	2026-11-24 00:09:41.339431+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "kommunledning"}	ledning	f
144	c1a5d322-335b-4592-a16b-4c0b8d4891b1	01a20ae3-0576-7693-b8c1-95b1a012e0a6	5	{"year": 2026, "number": 1, "reason": "Beloppet angavs i kronor i stället för tkr.", "amountTkr": 5000, "recurring": true, "correctedAt": "2026-11-24T00:09:44.9784665+00:00"}	\N	realisation_corrected	2026-11-24 00:09:44.978781+00	*DEFAULT*	Handlingsplan.Items.Correcting.RealisationCorrected, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
99	2c17e8be-73f2-45e4-9bbd-7a08347ed859	01a20ae2-9774-745d-b3fe-df1dc6413d35	5	{"note": "Tolv färre platser på särskilt boende.", "year": 2026, "amountTkr": 400, "confirmed": null, "recurring": true, "realisedAt": "2026-11-24T00:09:20.4919135+00:00"}	\N	saving_realised	2026-11-24 00:09:20.492024+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "kommunledning"}	ledning	f
101	a29da271-ef48-40da-812f-9ee2f025070d	01a20ae2-9774-745d-b3fe-df1dc6413d35	7	{"reason": "Förflyttningen är genomförd.", "decisionReference": "KS 2026-09-07 § 101"}	\N	item_completed	2026-11-24 00:09:21.388082+00	*DEFAULT*	Handlingsplan.Items.ItemCompleted, Handlingsplan	{"role": "kommunledning"}	ledning	f
109	2057bfd6-0de6-43bb-9bba-00690756d583	01a20ae2-9913-7663-adf8-fb6dc7982e89	3	{"dueDate": "2027-03-31", "department": "Kultur- och utbildningsförvaltningen", "responsibleRole": "Ekonomichef", "decisionReference": "KS 2025-02-03 § 18"}	\N	item_assigned	2026-11-24 00:09:25.862158+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
113	873f5d00-2933-4a1a-ae0a-cb7e81171e88	01a20ae2-9913-7663-adf8-fb6dc7982e89	6	{"reason": "Utredningen är klar och har lett till en åtgärd.", "decisionReference": "KUN 2026-04-22 § 40"}	\N	item_completed	2026-11-24 00:09:28.010721+00	*DEFAULT*	Handlingsplan.Items.ItemCompleted, Handlingsplan	{"role": "kommunledning"}	ledning	f
115	94606747-66cf-4b9f-bedc-1c36ea7575a7	01a20ae2-9992-7587-b1b0-5dba42346f4d	3	{"dueDate": null, "department": "Socialförvaltningen", "responsibleRole": "Enhetschef socialjouren", "decisionReference": null}	\N	item_assigned	2026-11-24 00:09:29.286961+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
122	2fb077d8-3118-4c57-a8c3-90189d3d9740	01a20ae2-9a00-70ce-8cf4-cfea2476db1e	3	{"reason": "Ingår i arbetet med lokaleffektivitet.", "decisionReference": "KS 2025-09-01 § 80"}	\N	item_cancelled	2026-11-24 00:09:33.544393+00	*DEFAULT*	Handlingsplan.Items.ItemCancelled, Handlingsplan	{"role": "kommunledning"}	ledning	f
123	de922c9c-e2be-4ff6-89fe-0d37f4bbd2b8	01a20ae2-b842-74ba-bece-939db6826ad2	2	{"reason": null, "decisionReference": "KS 2025-06-09 § 70"}	\N	item_prioritised	2026-11-24 00:09:34.280239+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
127	ec07c8f5-aaec-479c-9487-5ea4c36b3451	4c81d697-b32f-fdb2-a180-08264a92b9f3	4	{"note": "Fem personer i kommunala arbetsmarknadsanställningar i stället för försörjningsstöd.", "year": 2026, "amountTkr": 200, "confirmed": null, "recurring": true, "realisedAt": "2026-11-24T00:09:36.9038876+00:00"}	\N	saving_realised	2026-11-24 00:09:36.90396+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
128	2e0ecd7f-0d18-4323-9759-819b3df47248	4c81d697-b32f-fdb2-a180-08264a92b9f3	5	{"note": "Samarbetet med arbetsmarknadsenheten fungerar väl.", "recordedAt": "2026-11-24T00:09:37.5614701+00:00"}	\N	follow_up_recorded	2026-11-24 00:09:37.561519+00	*DEFAULT*	Handlingsplan.Items.FollowUpRecorded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
129	8ae74432-7078-4ad9-aab5-6d82bdeeea6e	4c81d697-b32f-fdb2-a180-08264a92b9f3	6	{"findings": "Kommunens egna verksamheter kan ta emot fler i arbetsmarknadsåtgärder; effekten på försörjningsstödet är tydlig.", "concludedAt": "2026-11-24T00:09:38.0861902+00:00"}	\N	investigation_concluded	2026-11-24 00:09:38.086242+00	*DEFAULT*	Handlingsplan.Items.InvestigationConcluded, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
139	5a9980d5-c78e-4e66-88ab-694ade35ecf3	77548e6b-7e4f-bd4b-4f47-71a08c100d06	4	{"year": 2026, "committee": "VON", "budgetedTkr": 2000}	\N	buffer_budgeted	2026-11-24 00:09:42.395933+00	*DEFAULT*	Handlingsplan.Plan.Buffers.BufferBudgeted, Handlingsplan	{"role": "kommunledning"}	ledning	f
140	87da9aaf-98e0-4d00-a14b-a3d3af580bca	77548e6b-7e4f-bd4b-4f47-71a08c100d06	5	{"year": 2026, "committee": "SN", "budgetedTkr": 1800}	\N	buffer_budgeted	2026-11-24 00:09:42.642624+00	*DEFAULT*	Handlingsplan.Plan.Buffers.BufferBudgeted, Handlingsplan	{"role": "kommunledning"}	ledning	f
142	69c6b597-05fe-4589-bc89-57a7735c83a4	01a20ae3-0576-7693-b8c1-95b1a012e0a6	3	{"dueDate": "2027-09-30", "department": "Socialförvaltningen", "responsibleRole": "Verksamhetschef IFO", "decisionReference": "KS 2026-11-02 § 121"}	\N	item_assigned	2026-11-24 00:09:43.830131+00	*DEFAULT*	Handlingsplan.Items.ItemAssigned, Handlingsplan	{"role": "kommunledning"}	ledning	f
145	6efea18b-1479-4607-bf38-001f75dc8334	95b45909-6944-8243-502f-8df0c96c09ad	6	{"number": 1, "reason": "Licenskostnaden återbetalades aldrig; leverantören bestred kravet.", "reversedAt": "2026-11-24T00:09:45.6664666+00:00"}	\N	realisation_reversed	2026-11-24 00:09:45.66668+00	*DEFAULT*	Handlingsplan.Items.Correcting.RealisationReversed, Handlingsplan	{"role": "kommunledning"}	ledning	f
103	e59172da-3fbc-4ed5-b27b-af32a62fe22a	01a20ae2-9819-7d77-8dec-796be508f93c	3	{"title": "Öppen mottagning för unga vuxna på Ängabo", "measureId": "01a20ae2-c16c-79fc-9c04-e131e178f69e"}	\N	measure_linked	2026-11-24 00:09:22.540171+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
104	8bd2fe40-41d7-45d8-8ae8-a48ec99555f7	01a20ae2-c16c-79fc-9c04-e131e178f69e	1	{"title": "Öppen mottagning för unga vuxna på Ängabo", "origin": {"id": "01a20ae2-9819-7d77-8dec-796be508f93c", "kind": "shift", "title": "Förebyggande stöd i stället för sena insatser för unga vuxna"}, "source": "Förflyttning mot förebyggande arbete", "horizon": null, "category": null, "timeline": null, "committee": "SN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 120}	\N	measure_proposed	2026-11-24 00:09:22.540198+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
105	83dc515a-8830-48b0-a082-6f4d66a194fe	01a20ae2-9819-7d77-8dec-796be508f93c	4	{"reason": "Beräknat på färre placeringar av unga vuxna.", "estimatedSavingTkr": 300}	\N	estimate_revised	2026-11-24 00:09:23.136054+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
110	1c9823ab-5224-4bda-88ff-353195a4e99b	01a20ae2-9913-7663-adf8-fb6dc7982e89	4	{"findings": "En samordnad upphandling med gemensamma linjer för grundskola och särskola ger lägre kostnader; avtalen löper ut 2026.", "concludedAt": "2026-11-24T00:09:26.421992+00:00"}	\N	investigation_concluded	2026-11-24 00:09:26.422425+00	*DEFAULT*	Handlingsplan.Items.InvestigationConcluded, Handlingsplan	{"role": "kommunledning"}	ledning	f
111	c03c77fe-9541-45f5-ae70-a419f52665c1	01a20ae2-9913-7663-adf8-fb6dc7982e89	5	{"title": "Samordnad upphandling av skolskjuts från läsåret 2026/27", "measureId": "01a20ae2-d40b-7b2b-a0d2-2d3ddcd30648"}	\N	measure_linked	2026-11-24 00:09:27.307477+00	*DEFAULT*	Handlingsplan.Items.MeasureLinked, Handlingsplan	{"role": "kommunledning"}	ledning	f
112	c00a1ae8-61c2-483e-b756-ab8ffaa05f61	01a20ae2-d40b-7b2b-a0d2-2d3ddcd30648	1	{"title": "Samordnad upphandling av skolskjuts från läsåret 2026/27", "origin": {"id": "01a20ae2-9913-7663-adf8-fb6dc7982e89", "kind": "investigation", "title": "Utredning av skolskjutsarnas organisation och upphandling"}, "source": null, "horizon": "shortTerm", "category": "operationalChange", "timeline": null, "committee": "KUN", "description": null, "responsibleRole": null, "estimatedSavingTkr": 700}	\N	measure_proposed	2026-11-24 00:09:27.31564+00	*DEFAULT*	Handlingsplan.Items.MeasureProposed, Handlingsplan	{"role": "kommunledning"}	ledning	f
114	92feb971-2a41-4fff-a75d-3ec8821104af	01a20ae2-9992-7587-b1b0-5dba42346f4d	2	{"reason": null, "decisionReference": "KS 2025-03-10 § 32"}	\N	item_prioritised	2026-11-24 00:09:28.652297+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
134	96c23dca-9d28-420e-9fbf-366dc0fd581d	37c15650-52d0-b9d9-7233-21d0b42c1046	2	{"reason": "Ingår i budget 2025–2027.", "decisionReference": "KS 2025-02-03 § 19"}	\N	item_prioritised	2026-11-24 00:09:40.358235+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
137	7fb76254-ac85-4e1b-a907-04e43f7fd342	f70c7ccd-8081-48d0-768e-81bd4a0be3f5	2	{"reason": "Ingår i översynen av inköpsorganisationen.", "decisionReference": "KS 2025-03-10 § 33"}	\N	item_declined	2026-11-24 00:09:41.814524+00	*DEFAULT*	Handlingsplan.Items.ItemDeclined, Handlingsplan	{"role": "kommunledning"}	ledning	f
138	76faf92c-ad13-4a96-ac01-a48048cdecd1	77548e6b-7e4f-bd4b-4f47-71a08c100d06	3	{"year": 2026, "committee": "SN", "budgetedTkr": 1500}	\N	buffer_budgeted	2026-11-24 00:09:42.151315+00	*DEFAULT*	Handlingsplan.Plan.Buffers.BufferBudgeted, Handlingsplan	{"role": "kommunledning"}	ledning	f
141	b7ee03d9-15b6-46d4-8a78-73335a5a266b	01a20ae3-0576-7693-b8c1-95b1a012e0a6	2	{"reason": "Kan införas med befintlig licens.", "decisionReference": "KS 2026-11-02 § 120"}	\N	item_prioritised	2026-11-24 00:09:43.146359+00	*DEFAULT*	Handlingsplan.Items.ItemPrioritised, Handlingsplan	{"role": "kommunledning"}	ledning	f
135	ac9d4518-1d03-4697-944d-4a0da281aefc	37c15650-52d0-b9d9-7233-21d0b42c1046	3	{"reason": "Två system kan inte avvecklas förrän 2027.", "estimatedSavingTkr": 800}	\N	estimate_revised	2026-11-24 00:09:40.814225+00	*DEFAULT*	Handlingsplan.Items.EstimateRevised, Handlingsplan	{"role": "kommunledning"}	ledning	f
143	ae8d0252-3671-49b7-ac40-14b8b6dc7ed3	01a20ae3-0576-7693-b8c1-95b1a012e0a6	4	{"note": "Minskad tid för dokumentation i utredningarna.", "year": 2026, "amountTkr": 5000000, "confirmed": true, "recurring": true, "realisedAt": "2026-11-24T00:09:44.4303972+00:00"}	\N	saving_realised	2026-11-24 00:09:44.430458+00	*DEFAULT*	Handlingsplan.Items.SavingRealised, Handlingsplan	{"role": "forvaltningschef"}	chef-sn	f
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
a1fc6591-ec32-ca7e-9dee-2b730f823a0e	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
ea34d02e-7e11-50ec-5537-2ecebf4327ea	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
a3c63fe5-47e0-b987-a909-c9da6e82ab7e	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
f62dded0-84a9-6be7-7492-e93a9ac0ecbe	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
d2fbca2c-76ce-6e8f-c6d4-c216f4c01926	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
346c733e-472f-70cb-7ada-47cd3423349a	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
26cd6d09-c479-9f29-8d03-3727491d6e51	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
02dffb9a-9e1e-451f-2349-36744956cc09	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
d600fa46-9137-8fe6-7a42-7f74be3e0528	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
b8d34b64-92b3-4bee-be6b-342d31fe5808	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
b344ca44-b96b-8acc-631a-9bf88f72a93d	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
b83e4f80-e08f-d613-de69-6f6a4538c952	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
bc3f9262-12bd-9fd2-773b-d97f18882871	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
108aedfe-9698-29ea-52d2-d94f4f773b9e	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
8954aa53-5f01-febd-1ee6-a1f0353ae80c	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
27c2a3bf-7dd6-2731-a2f5-daad609befca	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
17f6dd9c-de9e-d2ec-7a51-b68ce5e1622f	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
5a3cf5d6-81ec-524e-e85b-e5d6a7898df1	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
c63ad145-fd76-2b64-42e2-1ff4551966c1	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
8a21a836-52d3-61e1-89dd-c682455bff34	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
9fb04678-6943-f542-c32d-1d47f62332d4	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
f4b4eb74-0973-9148-5df1-0a7bd12a1bc6	item	1	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
4e070f3f-17c6-148f-cd47-2e86142d6a27	item	3	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
fb3fb4ff-ad3c-470a-ee5d-a9cc99c5166d	item	3	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
d958c7a8-55c9-b31a-e554-e13a257a6657	item	2	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
77a7b695-bb52-0a98-c2cd-43577e6fed5c	item	3	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
c16ba1c0-7cbf-6b2a-cdf4-78f438f3a0ed	item	3	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
9683f545-e542-7bad-dbe9-52e38d14f9ca	item	3	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
09283c36-2c14-651b-c327-d62412b3d722	item	2	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
5e33e667-82ff-132a-6daf-581a5e3a84ef	item	3	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
4b836c1e-c600-43b0-c2d1-949193219c98	item	3	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
551e8af8-5974-b241-ac19-e9976b7559fb	item	3	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
401fee7d-2202-ff93-e435-98938bc3d50d	item	3	2026-11-24 00:08:42.939829+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
01a20ae2-9913-7663-adf8-fb6dc7982e89	item	6	2026-11-24 00:09:28.012691+00	2026-11-24 00:09:12.212738+00	*DEFAULT*	0	f
77548e6b-7e4f-bd4b-4f47-71a08c100d06	action_plan	5	2026-11-24 00:09:42.643819+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
4c81d697-b32f-fdb2-a180-08264a92b9f3	item	6	2026-11-24 00:09:38.092882+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
01a20ae2-9774-745d-b3fe-df1dc6413d35	item	7	2026-11-24 00:09:21.390774+00	2026-11-24 00:09:11.800944+00	*DEFAULT*	0	f
01a20ae2-9593-7afb-9eb0-0488f04c5ab8	item	9	2026-11-24 00:09:14.744035+00	2026-11-24 00:09:11.321898+00	*DEFAULT*	0	f
01a20ae2-c16c-79fc-9c04-e131e178f69e	item	1	2026-11-24 00:09:22.541253+00	2026-11-24 00:09:22.541253+00	*DEFAULT*	0	f
01a20ae2-9819-7d77-8dec-796be508f93c	item	5	2026-11-24 00:09:23.699515+00	2026-11-24 00:09:11.963399+00	*DEFAULT*	0	f
01a20ae2-98ad-7b9e-86e7-0da685c35fd4	item	2	2026-11-24 00:09:24.552088+00	2026-11-24 00:09:12.110616+00	*DEFAULT*	0	f
01a20ae2-9609-7329-8b9b-f084605d3814	item	7	2026-11-24 00:09:17.491079+00	2026-11-24 00:09:11.435525+00	*DEFAULT*	0	f
01a20ae2-967a-7ff9-9ea2-5324c9e86d6c	item	2	2026-11-24 00:09:17.822576+00	2026-11-24 00:09:11.547656+00	*DEFAULT*	0	f
01a20ae2-9992-7587-b1b0-5dba42346f4d	item	7	2026-11-24 00:09:32.262654+00	2026-11-24 00:09:12.341362+00	*DEFAULT*	0	f
01a20ae2-96ee-7f9d-a0d2-29ef6d16d985	item	3	2026-11-24 00:09:18.773773+00	2026-11-24 00:09:11.664542+00	*DEFAULT*	0	f
b7fbb144-ffd5-f43f-0e5c-d665e4f0f39c	item	4	2026-11-24 00:09:39.964963+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
01a20ae2-9a00-70ce-8cf4-cfea2476db1e	item	3	2026-11-24 00:09:33.545258+00	2026-11-24 00:09:12.450096+00	*DEFAULT*	0	f
37c15650-52d0-b9d9-7233-21d0b42c1046	item	3	2026-11-24 00:09:40.816065+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
01a20ae2-b842-74ba-bece-939db6826ad2	item	3	2026-11-24 00:09:35.050368+00	2026-11-24 00:09:20.210514+00	*DEFAULT*	0	f
01a20ae2-d40b-7b2b-a0d2-2d3ddcd30648	item	2	2026-11-24 00:09:35.595891+00	2026-11-24 00:09:27.319793+00	*DEFAULT*	0	f
01a20ae2-e0fa-7fe9-8cf6-42e65843109c	item	2	2026-11-24 00:09:36.269806+00	2026-11-24 00:09:30.620891+00	*DEFAULT*	0	f
0b02c9dc-3b99-f64e-16e4-437b2a64e432	item	2	2026-11-24 00:09:41.347895+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
f70c7ccd-8081-48d0-768e-81bd4a0be3f5	item	2	2026-11-24 00:09:41.815341+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
01a20ae3-0576-7693-b8c1-95b1a012e0a6	item	5	2026-11-24 00:09:44.988936+00	2026-11-24 00:09:39.964963+00	*DEFAULT*	0	f
95b45909-6944-8243-502f-8df0c96c09ad	item	6	2026-11-24 00:09:45.678555+00	2026-11-24 00:08:42.939829+00	*DEFAULT*	0	f
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
1	1	NodeStarted	2026-11-24 00:08:42.566236+00	
2	1	AgentStarted	2026-11-24 00:08:42.566236+00	wolverinedb://postgresql/127.0.0.1/handlingsplan/public
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

SELECT pg_catalog.setval('public.mt_events_sequence', 145, true);


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
-- Name: mt_doc_actionplan pkey_mt_doc_actionplan_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_actionplan
    ADD CONSTRAINT pkey_mt_doc_actionplan_id PRIMARY KEY (id);


--
-- Name: mt_doc_auditseal pkey_mt_doc_auditseal_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_auditseal
    ADD CONSTRAINT pkey_mt_doc_auditseal_id PRIMARY KEY (id);


--
-- Name: mt_doc_dashboardview_2 pkey_mt_doc_dashboardview_2_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_dashboardview_2
    ADD CONSTRAINT pkey_mt_doc_dashboardview_2_id PRIMARY KEY (id);


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
-- Name: mt_doc_item pkey_mt_doc_item_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_item
    ADD CONSTRAINT pkey_mt_doc_item_id PRIMARY KEY (id);


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

\unrestrict Y31W3c4555vnjf1ktK2G9C2v8QbMxtkBjDDrpFUbB7jBIEVRxoO9hIbKTJFP2kZ

