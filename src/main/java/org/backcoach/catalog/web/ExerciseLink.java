package org.backcoach.catalog.web;

/** A link to another exercise, with the words that say how the two relate. */
record ExerciseLink(String relation, String id, String name) {}
