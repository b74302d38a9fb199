package org.backcoach.progression;

import java.util.List;
import java.util.Set;
import org.backcoach.catalog.Equipment;

/**
 * Everything the policy needs about one exercise: this week's target, how many sets were prescribed,
 * the kit it uses and last week's logged sets.
 */
public record WeekOfWork(Target target, int prescribedSets, Set<Equipment> equipment, List<SetResult> sets) {

    public WeekOfWork {
        equipment = Set.copyOf(equipment);
        sets = List.copyOf(sets);
    }
}
