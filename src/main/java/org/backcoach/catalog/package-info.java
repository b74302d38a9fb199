/** The exercise catalogue and the program templates, kept as YAML data and validated at start-up. */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package org.backcoach.catalog;
