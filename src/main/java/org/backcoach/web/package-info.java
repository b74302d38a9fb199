/** The application shell: layout, home page, and the error responses every API shares. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.backcoach.web;
