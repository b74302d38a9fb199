package org.backcoach.assessment;

/** A message for the person, with the rule that raised it. */
public record Notice(Rule rule, String message) {}
