package org.backcoach.catalog.web;

/** One exercise in the library list, already in plain words. */
record ExerciseCard(String id, String name, String kind, String regions, String equipment) {}
