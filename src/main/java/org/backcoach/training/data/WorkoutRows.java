package org.backcoach.training.data;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backcoach.assessment.Rule;
import org.backcoach.catalog.Equipment;
import org.backcoach.progression.PainAdvice;
import org.backcoach.training.Adaptation;
import org.backcoach.training.LoggedSet;
import org.backcoach.training.WorkoutBlock;
import org.backcoach.training.WorkoutSession;
import org.backcoach.training.WorkoutStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workout, workout_set and workout_adaptation tables. Every read names the account, so a session is
 * only ever found by the person it belongs to.
 */
@Repository
public class WorkoutRows {

    private static final TypeReference<List<WorkoutBlock>> BLOCKS = new TypeReference<>() {};
    /** Blocks never change once a session starts, so parsing them once per session is enough. */
    private static final int CACHED_SESSIONS = 2000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<UUID, List<WorkoutBlock>> blocks =
            Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, List<WorkoutBlock>> eldest) {
                    return size() > CACHED_SESSIONS;
                }
            });

    public WorkoutRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A session's header as lists show it, without its sets. */
    public record Header(
            UUID id, LocalDate day, String name, WorkoutStatus status, Instant startedAt, Instant finishedAt) {}

    /**
     * Stores a new session. Two starts of the same day race on the one-a-day constraint: the loser gets
     * an empty answer and reads the winner's session.
     */
    public boolean insert(WorkoutSession session, Set<Equipment> owned) {
        try {
            jdbc.sql("""
                            insert into workout (id, account_id, plan_version, session_day, name, status, starting_pain,
                                                 notes, blocks, equipment, started_at, finished_at)
                            values (:id, :accountId, :planVersion, :day, :name, :status, :startingPain,
                                    :notes, :blocks, :equipment, :startedAt, :finishedAt)
                            """)
                    .param("id", session.id())
                    .param("accountId", session.accountId())
                    .param("planVersion", session.planVersion())
                    .param("day", session.day())
                    .param("name", session.name())
                    .param("status", session.status().name())
                    .param("startingPain", session.startingPain().orElse(null))
                    .param("notes", session.notes().orElse(null))
                    .param("blocks", json.writeValueAsString(session.blocks()))
                    .param("equipment", owned.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .param("startedAt", utc(session.startedAt()))
                    .param(
                            "finishedAt",
                            session.finishedAt().map(WorkoutRows::utc).orElse(null))
                    .update();
            blocks.put(session.id(), session.blocks());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Writes the session's status, starting pain, notes and finish time. */
    public void updateHeader(WorkoutSession session) {
        jdbc.sql("""
                        update workout set status = :status, starting_pain = :startingPain, notes = :notes,
                                           finished_at = :finishedAt
                        where id = :id and account_id = :accountId
                        """)
                .param("status", session.status().name())
                .param("startingPain", session.startingPain().orElse(null))
                .param("notes", session.notes().orElse(null))
                .param("finishedAt", session.finishedAt().map(WorkoutRows::utc).orElse(null))
                .param("id", session.id())
                .param("accountId", session.accountId())
                .update();
    }

    /** Inserts the set, or rewrites the one with the same id. */
    public void upsertSet(UUID workoutId, LoggedSet set) {
        var updated = jdbc.sql("""
                        update workout_set set reps = :reps, seconds = :seconds, load_kg = :loadKg,
                                               reps_in_reserve = :reserve, pain = :pain, logged_at = :loggedAt
                        where id = :id and workout_id = :workoutId
                        """).params(setParams(workoutId, set)).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into workout_set (id, workout_id, exercise_id, set_number, reps, seconds, load_kg,
                                                     reps_in_reserve, pain, logged_at)
                            values (:id, :workoutId, :exerciseId, :setNumber, :reps, :seconds, :loadKg,
                                    :reserve, :pain, :loggedAt)
                            """).params(setParams(workoutId, set)).update();
        }
    }

    public void deleteSet(UUID workoutId, UUID setId) {
        jdbc.sql("delete from workout_set where id = :id and workout_id = :workoutId")
                .param("id", setId)
                .param("workoutId", workoutId)
                .update();
    }

    public void insertAdaptation(UUID workoutId, Adaptation adaptation) {
        jdbc.sql("""
                        insert into workout_adaptation (id, workout_id, exercise_id, advice, substitute, rule_id, message,
                                                        happened_at)
                        values (:id, :workoutId, :exerciseId, :advice, :substitute, :rule, :message, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("workoutId", workoutId)
                .param("exerciseId", adaptation.exerciseId())
                .param("advice", adaptation.action().name())
                .param("substitute", adaptation.substitute())
                .param("rule", adaptation.rule().id())
                .param("message", adaptation.message())
                .param("at", utc(adaptation.at()))
                .update();
    }

    public Optional<WorkoutSession> find(UUID accountId, UUID workoutId) {
        return jdbc.sql("select * from workout where id = :id and account_id = :accountId")
                .param("id", workoutId)
                .param("accountId", accountId)
                .query((rs, row) -> session(rs))
                .optional();
    }

    public Optional<WorkoutSession> onDay(UUID accountId, LocalDate day) {
        return jdbc.sql("select * from workout where account_id = :accountId and session_day = :day")
                .param("accountId", accountId)
                .param("day", day)
                .query((rs, row) -> session(rs))
                .optional();
    }

    /** The kit the person had when the session started. */
    public Set<Equipment> equipment(UUID accountId, UUID workoutId) {
        var text = jdbc.sql("select equipment from workout where id = :id and account_id = :accountId")
                .param("id", workoutId)
                .param("accountId", accountId)
                .query(String.class)
                .optional()
                .orElse("");
        if (text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(","))
                .map(Equipment::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Equipment.class)));
    }

    /** The sessions on the days from {@code from} to {@code to}, both included, oldest first. */
    public List<Header> between(UUID accountId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, session_day, name, status, started_at, finished_at from workout
                        where account_id = :accountId and session_day between :from and :to
                        order by session_day
                        """)
                .param("accountId", accountId)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> header(rs))
                .list();
    }

    /** The latest finished sessions, newest first. */
    public List<WorkoutSession> recentlyFinished(UUID accountId, int limit) {
        return jdbc.sql("""
                        select * from workout where account_id = :accountId and status <> 'IN_PROGRESS'
                        order by session_day desc
                        """).param("accountId", accountId).query((rs, row) -> session(rs)).stream()
                .limit(limit)
                .toList();
    }

    private Map<String, Object> setParams(UUID workoutId, LoggedSet set) {
        var params = new LinkedHashMap<String, Object>();
        params.put("id", set.id());
        params.put("workoutId", workoutId);
        params.put("exerciseId", set.exerciseId());
        params.put("setNumber", set.setNumber());
        params.put("reps", set.reps());
        params.put("seconds", set.seconds());
        params.put("loadKg", set.loadKg() == null ? null : BigDecimal.valueOf(set.loadKg()));
        params.put("reserve", set.repsInReserve());
        params.put("pain", set.pain());
        params.put("loggedAt", utc(set.loggedAt()));
        return params;
    }

    private WorkoutSession session(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var blocksJson = rs.getString("blocks");
        return new WorkoutSession(new WorkoutSession.State(
                id,
                rs.getObject("account_id", UUID.class),
                rs.getInt("plan_version"),
                rs.getObject("session_day", LocalDate.class),
                rs.getString("name"),
                WorkoutStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("starting_pain", Integer.class),
                rs.getString("notes"),
                blocks.computeIfAbsent(id, ignored -> json.readValue(blocksJson, BLOCKS)),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                sets(id),
                adaptations(id)));
    }

    private List<LoggedSet> sets(UUID workoutId) {
        return jdbc.sql("select * from workout_set where workout_id = :workoutId order by logged_at")
                .param("workoutId", workoutId)
                .query((rs, row) -> new LoggedSet(
                        rs.getObject("id", UUID.class),
                        rs.getString("exercise_id"),
                        rs.getInt("set_number"),
                        (Integer) rs.getObject("reps", Integer.class),
                        (Integer) rs.getObject("seconds", Integer.class),
                        Optional.ofNullable(rs.getBigDecimal("load_kg"))
                                .map(BigDecimal::doubleValue)
                                .orElse(null),
                        (Integer) rs.getObject("reps_in_reserve", Integer.class),
                        rs.getInt("pain"),
                        instant(rs, "logged_at")))
                .list();
    }

    private List<Adaptation> adaptations(UUID workoutId) {
        return jdbc.sql("select * from workout_adaptation where workout_id = :workoutId order by happened_at")
                .param("workoutId", workoutId)
                .query((rs, row) -> new Adaptation(
                        rs.getString("exercise_id"),
                        PainAdvice.Action.valueOf(rs.getString("advice")),
                        rs.getString("substitute"),
                        Rule.byId(rs.getString("rule_id")).orElseThrow(),
                        rs.getString("message"),
                        instant(rs, "happened_at")))
                .list();
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(
                rs.getObject("id", UUID.class),
                rs.getObject("session_day", LocalDate.class),
                rs.getString("name"),
                WorkoutStatus.valueOf(rs.getString("status")),
                instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
