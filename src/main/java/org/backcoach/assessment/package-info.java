/** The intake a person gives and the pure rules that turn it into findings: safety verdict, stage and region results. */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.backcoach.assessment;
