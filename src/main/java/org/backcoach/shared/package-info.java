/** Small types every module may use: a bad input named by its field. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.backcoach.shared;
