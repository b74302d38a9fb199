/** Sign-up, sign-in and account pages, and the account and token API. */
package org.backcoach.accounts.web;
