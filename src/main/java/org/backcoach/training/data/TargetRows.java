package org.backcoach.training.data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.assessment.Rule;
import org.backcoach.catalog.DoseUnit;
import org.backcoach.progression.NextTarget;
import org.backcoach.progression.Target;
import org.backcoach.training.ExerciseTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The exercise_target table: one row per account and exercise, rewritten as the person progresses. */
@Repository
public class TargetRows {

    private final JdbcClient jdbc;

    public TargetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every target of the account, by exercise id, in exercise order. */
    public Map<String, ExerciseTarget> all(UUID accountId) {
        var targets = new LinkedHashMap<String, ExerciseTarget>();
        jdbc.sql("select * from exercise_target where account_id = :accountId order by exercise_id")
                .param("accountId", accountId)
                .query(rs -> {
                    var loadKg = rs.getBigDecimal("load_kg");
                    var target = new Target(
                            rs.getString("exercise_id"),
                            DoseUnit.valueOf(rs.getString("unit")),
                            rs.getInt("range_low"),
                            rs.getInt("range_high"),
                            loadKg == null ? null : loadKg.doubleValue());
                    targets.put(
                            target.exerciseId(),
                            new ExerciseTarget(
                                    target,
                                    NextTarget.Change.valueOf(rs.getString("change_kind")),
                                    Rule.byId(rs.getString("rule_id")).orElse(Rule.PROGRESSION),
                                    rs.getString("reason"),
                                    rs.getObject("updated_at", OffsetDateTime.class)
                                            .toInstant()));
                });
        return targets;
    }

    public Optional<ExerciseTarget> find(UUID accountId, String exerciseId) {
        return Optional.ofNullable(all(accountId).get(exerciseId));
    }

    @Transactional
    public void save(UUID accountId, ExerciseTarget target) {
        var params = new LinkedHashMap<String, Object>();
        params.put("accountId", accountId);
        params.put("exerciseId", target.target().exerciseId());
        params.put("unit", target.target().unit().name());
        params.put("low", target.target().low());
        params.put("high", target.target().high());
        params.put(
                "loadKg",
                target.target().loadKg() == null
                        ? null
                        : BigDecimal.valueOf(target.target().loadKg()));
        params.put("change", target.change().name());
        params.put("rule", target.rule().id());
        params.put("reason", target.reason());
        params.put("updatedAt", target.updatedAt().atOffset(ZoneOffset.UTC));
        var updated = jdbc.sql("""
                        update exercise_target set unit = :unit, range_low = :low, range_high = :high, load_kg = :loadKg,
                                                   change_kind = :change, rule_id = :rule, reason = :reason,
                                                   updated_at = :updatedAt
                        where account_id = :accountId and exercise_id = :exerciseId
                        """).params(params).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into exercise_target (account_id, exercise_id, unit, range_low, range_high, load_kg,
                                                         change_kind, rule_id, reason, updated_at)
                            values (:accountId, :exerciseId, :unit, :low, :high, :loadKg, :change, :rule, :reason,
                                    :updatedAt)
                            """).params(params).update();
        }
    }
}
