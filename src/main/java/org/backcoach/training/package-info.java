/** Living with the plan day by day: the strength calendar, the daily series and habit check-offs. */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.backcoach.training;
