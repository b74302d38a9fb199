/** The pages a person lives in: Today, the plan with its why, and the plan's history. */
package org.backcoach.training.web;
