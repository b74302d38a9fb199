package org.backcoach.catalog;

/** A small thing to do through the day, with a stable id so that check-offs can refer to it. */
public record Habit(String id, String text) {}
