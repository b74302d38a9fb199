/** Accounts and access tokens in the database, through plain SQL. */
package org.backcoach.accounts.data;
