/** A person's way through BackCoach: onboarding saved step by step, every intake and every plan version. */
@org.springframework.modulith.ApplicationModule(displayName = "Coaching")
package org.backcoach.coaching;
