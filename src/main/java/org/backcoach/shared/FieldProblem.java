package org.backcoach.shared;

/** One bad input: the dotted path of the field and what is wrong with it. */
public record FieldProblem(String field, String message) {}
