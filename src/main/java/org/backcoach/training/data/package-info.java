/** Training's tables: habit check-offs, one row per ticked habit and day. */
package org.backcoach.training.data;
