package org.backcoach.training;

import java.util.UUID;
import org.backcoach.training.data.PreferenceRows;
import org.springframework.stereotype.Service;

/** Each person's training preferences: for now, kilograms or pounds (kilograms until they choose). */
@Service
public class TrainingPreferences {

    private final PreferenceRows rows;

    TrainingPreferences(PreferenceRows rows) {
        this.rows = rows;
    }

    public WeightUnit weightUnit(UUID accountId) {
        return rows.weightUnit(accountId).map(WeightUnit::valueOf).orElse(WeightUnit.KG);
    }

    public void weightUnit(UUID accountId, WeightUnit unit) {
        rows.saveWeightUnit(accountId, unit.name());
    }
}
