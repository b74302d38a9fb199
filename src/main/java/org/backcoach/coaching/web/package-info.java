/** The onboarding pages, the plan pages and the personal API: my intake, my plan, my history. */
package org.backcoach.coaching.web;
