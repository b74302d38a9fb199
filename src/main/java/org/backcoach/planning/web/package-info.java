/** The plan preview API: an intake in, a plan out, nothing stored. */
package org.backcoach.planning.web;
