/** The pure rules that turn findings and the catalogue into a plan, each element carrying the rule behind it. */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package org.backcoach.planning;
