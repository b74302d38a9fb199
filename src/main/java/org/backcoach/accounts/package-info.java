/** People, roles, sign-up and sign-in, and the security rules of the whole application. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.backcoach.accounts;
