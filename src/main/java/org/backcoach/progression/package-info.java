/** The pure weekly progression policy: next week's targets from last week's sets, and the stage review. */
@org.springframework.modulith.ApplicationModule(displayName = "Progression")
package org.backcoach.progression;
