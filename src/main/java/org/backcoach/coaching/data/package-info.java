/** Intakes, plan versions and onboarding drafts in the database, as JSON documents beside their keys. */
package org.backcoach.coaching.data;
