package org.backcoach.catalog;

/** A training guideline shown with the strength program, labelled with the rule id behind it. */
public record Guideline(String rule, String text) {}
