package org.backcoach.training.data;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The training_preference table: how each person likes weights shown. */
@Repository
public class PreferenceRows {

    private final JdbcClient jdbc;

    public PreferenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> weightUnit(UUID accountId) {
        return jdbc.sql("select weight_unit from training_preference where account_id = :accountId")
                .param("accountId", accountId)
                .query(String.class)
                .optional();
    }

    public void saveWeightUnit(UUID accountId, String unit) {
        var updated = jdbc.sql("update training_preference set weight_unit = :unit where account_id = :accountId")
                .param("unit", unit)
                .param("accountId", accountId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into training_preference (account_id, weight_unit) values (:accountId, :unit)")
                    .param("accountId", accountId)
                    .param("unit", unit)
                    .update();
        }
    }
}
