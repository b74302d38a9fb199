package org.backcoach.coaching.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.Stage;
import org.backcoach.coaching.IntakeSummary;
import org.backcoach.coaching.StoredPlan;
import org.backcoach.planning.Plan;
import org.backcoach.planning.PlanStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The intake_record and plan_version tables: appended to, never updated. */
@Repository
public class PlanRows {

    private static final String PLAN_WITH_INTAKE = """
            select p.version, p.created_at, p.body, i.answers
            from plan_version p join intake_record i on i.id = p.intake_id
            where p.account_id = :accountId
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PlanRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public StoredPlan append(UUID accountId, Intake intake, Plan plan, Instant now) {
        var version = jdbc.sql("select coalesce(max(version), 0) + 1 from intake_record where account_id = :accountId")
                .param("accountId", accountId)
                .query(Integer.class)
                .single();
        var intakeId = UUID.randomUUID();
        jdbc.sql("""
                        insert into intake_record (id, account_id, version, answers, created_at)
                        values (:id, :accountId, :version, :answers, :createdAt)
                        """)
                .param("id", intakeId)
                .param("accountId", accountId)
                .param("version", version)
                .param("answers", json.writeValueAsString(intake))
                .param("createdAt", utc(now))
                .update();
        jdbc.sql("""
                        insert into plan_version (id, account_id, intake_id, version, status, stage, body, created_at)
                        values (:id, :accountId, :intakeId, :version, :status, :stage, :body, :createdAt)
                        """)
                .param("id", UUID.randomUUID())
                .param("accountId", accountId)
                .param("intakeId", intakeId)
                .param("version", version)
                .param("status", plan.status().name())
                .param("stage", plan.stage().name())
                .param("body", json.writeValueAsString(plan))
                .param("createdAt", utc(now))
                .update();
        return new StoredPlan(version, now, intake, plan);
    }

    public Optional<StoredPlan> latest(UUID accountId) {
        return jdbc.sql(PLAN_WITH_INTAKE + " order by p.version desc fetch first 1 rows only")
                .param("accountId", accountId)
                .query((rs, row) -> storedPlan(rs))
                .optional();
    }

    public Optional<StoredPlan> version(UUID accountId, int version) {
        return jdbc.sql(PLAN_WITH_INTAKE + " and p.version = :version")
                .param("accountId", accountId)
                .param("version", version)
                .query((rs, row) -> storedPlan(rs))
                .optional();
    }

    public List<IntakeSummary> history(UUID accountId) {
        return jdbc.sql("""
                        select i.version, i.created_at, i.answers, p.status, p.stage
                        from intake_record i join plan_version p on p.intake_id = i.id
                        where i.account_id = :accountId
                        order by i.version desc
                        """)
                .param("accountId", accountId)
                .query((rs, row) -> new IntakeSummary(
                        rs.getInt("version"),
                        instant(rs, "created_at"),
                        json.readValue(rs.getString("answers"), Intake.class),
                        PlanStatus.valueOf(rs.getString("status")),
                        Stage.valueOf(rs.getString("stage"))))
                .list();
    }

    private StoredPlan storedPlan(ResultSet rs) throws SQLException {
        return new StoredPlan(
                rs.getInt("version"),
                instant(rs, "created_at"),
                json.readValue(rs.getString("answers"), Intake.class),
                json.readValue(rs.getString("body"), Plan.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
